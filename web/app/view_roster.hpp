// The roster: what the view keeps between frames.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/actions.hpp"
#include "app/look.hpp"
#include "app/roster_keys.hpp"

namespace creatorscope::web {

class RosterView {
public:
    void draw(const Engine& engine, Actions& actions);
    // Set when a handle was clicked this frame: the creator to open.
    std::optional<std::size_t> take_opened() {
        auto opened = opened_;
        opened_.reset();
        return opened;
    }
    // Set when Compare was pressed this frame.
    bool take_compare() {
        const bool compare = compare_;
        compare_ = false;
        return compare;
    }

private:
    void rebuild_order(const Engine& engine, const ImGuiTableSortSpecs* specs);
    void draw_summary(const Engine& engine);
    bool draw_search_and_filters(const Engine& engine);  // true when the search or a filter changed
    void draw_filters(const Engine& engine);
    void draw_table(const Engine& engine, Actions& actions, bool search_changed);
    void draw_rows(const Engine& engine, Actions& actions);
    void star_cell(const Engine& engine, Actions& actions, const CreatorResult& c, bool row_focused);
    void sort_by_fit_with_a_brief(const Engine& engine, ImGuiTableSortSpecs* specs);
    void draw_shortlist_controls(const Engine& engine);
    void clear_filters();  // the search and every filter: every account shown
    std::vector<std::uint32_t> order_;
    RosterKeys keys_;
    std::uint64_t generation_ = ~0ull;
    char search_[128] = "";
    std::string applied_search_;
    std::optional<std::size_t> opened_;
    // Filters: "" is every value. flag_ is "" (any), "any flag", "a high flag", "no flag" or a flag id.
    std::string platform_, tier_, flag_;
    float min_authenticity_ = 0;
    bool filters_changed_ = false;
    bool shortlist_only_ = false;
    std::uint64_t shortlist_version_ = ~0ull;
    bool compare_ = false;
    // With a brief, the roster sorts by fit until the user picks a column (then it keeps theirs).
    bool sorted_by_fit_ = false, user_sorted_ = false;
    std::uint64_t choices_generation_ = ~0ull;
    std::vector<std::string> platforms_, tiers_, flag_ids_;  // the choices the loaded creators offer
};

}  // namespace creatorscope::web
