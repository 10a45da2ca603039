// The campaign brief dialog: what the view keeps between frames.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/actions.hpp"
#include "app/look.hpp"

namespace creatorscope::web {

// The campaign brief: its fields edited in a dialog, applied (the brief is read again and the
// analysis re-run), saved as a JSON file, or loaded from one.
class BriefEditor {
public:
    void open(const Engine& engine);
    void draw(const Engine& engine, Actions& actions, float scale);

private:
    struct Field {
        const char* label;
        std::vector<std::string> path;  // where it lives in the brief JSON ("target", "countries")
        bool list;                      // a list written "a, b, c"
        const char* help;
        std::vector<char> buffer;
    };
    std::string build_json() const;
    std::vector<Field> fields_;
    std::string original_;  // the brief loaded when the dialog opened (keys the dialog does not show stay)
    std::optional<std::size_t> input_;
    std::string message_;
    bool open_ = false;
    bool just_opened_ = false;
};

}  // namespace creatorscope::web
