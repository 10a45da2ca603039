// The campaign brief dialog: what the view keeps between frames.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/actions.hpp"
#include "app/look.hpp"

namespace creatorscope::web {

// The campaign brief: its fields edited in a dialog, applied (the brief is read again and the
// analysis re-run), saved as a JSON file, or loaded from one.
// The brief a change is made to: the first loaded brief's document and its place among the
// inputs (an empty object and no place when none is loaded). Read again in its place with
// load_text (shell_bridge.hpp), the analysis keeps its results.
struct LoadedBrief {
    nlohmann::ordered_json document = nlohmann::ordered_json::object();
    std::optional<std::size_t> input;
};
LoadedBrief loaded_brief(const Engine& engine);

class BriefEditor {
public:
    // to_plan: the fields scrolled to the Budget plan part (from the Plan view).
    void open(const Engine& engine, bool to_plan = false);
    void draw(const Engine& engine, Actions& actions, float scale);

private:
    struct Field {
        const char* label;
        std::vector<std::string> path;  // where it lives in the brief JSON ("target", "countries")
        bool list;                      // a list written "a, b, c"
        const char* help;
        std::vector<char> buffer;
        bool percent = false;              // shown as a percentage, kept as a share (25 -> 0.25)
        std::vector<const char*> choices;  // a pick from these values (the first: none) instead of text
        const char* section = nullptr;     // a heading drawn above the field
        std::string label_text;            // a label made for this brief ("micro, at least %")
        std::string hint;                  // shown while empty: what empty means
    };
    std::string build_json() const;
    static void choice_combo(Field& f);
    std::vector<Field> fields_;
    std::string original_;  // the brief loaded when the dialog opened (keys the dialog does not show stay)
    std::optional<std::size_t> input_;
    std::string message_;
    bool open_ = false;
    bool just_opened_ = false;
    bool scroll_to_plan_ = false;
};

}  // namespace creatorscope::web
