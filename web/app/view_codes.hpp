// The codes and tracking links editor, inside the Attribution tab: each discount code and each
// tracking value that is no creator's handle, with its owner; the user picks an owner from the
// loaded creators, accepts a suggestion, or marks a code as no creator's. Each change runs the
// attribution again at once (an action after the frame) and is kept with the campaign.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/actions.hpp"

namespace creatorscope::web {

class CodesEditor {
public:
    void draw(const Engine& engine, Actions& actions, float scale);

private:
    struct Row {
        std::string value;       // the code (upper case) or the tracking value as visits name it
        std::string owner;       // the owner's handle; "" when none
        std::string from;        // "codes file", "you", "no creator's", "unknown"
        std::size_t orders = 0;  // codes: orders that used it
        double value_total = 0;  // codes: those orders' value
        std::optional<OwnerSuggestion> suggestion;
        bool set_in_page = false;
    };
    void refresh(const Engine& engine);
    void draw_codes(Actions& actions, const std::string& currency);
    void draw_links(Actions& actions);
    bool draw_suggestion(const Row& row, bool is_code, Actions& actions);
    void draw_owner_picker(const char* id, const Row& row, bool is_code, Actions& actions);
    std::uint64_t generation_ = ~0ull, owners_version_ = ~0ull;
    std::vector<Row> codes_, links_;
    std::vector<std::string> handles_;  // the loaded creators' handles, sorted, each once
    char filter_[64] = {};
};

}  // namespace creatorscope::web
