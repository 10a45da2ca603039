// The Pipeline tab: every shortlisted creator's deal, from first contact to done, as a board (a
// column per status, a card per creator) or a table, and the chosen creator's deal to edit:
// its status (a move is dated today, by the page's clock), agreed fee, deliverables and notes.
// Each change is recorded in the engine after the frame and kept with the campaign.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/actions.hpp"

namespace creatorscope::web {

class PipelineView {
public:
    void draw(const Engine& engine, Actions& actions, float scale);
    // The creator whose outreach the user asked to draft from a card (once), for the drafts view.
    std::optional<CreatorKey> take_draft_request();
    // How many creators the pipeline holds (the tab's label).
    static std::size_t size(const Engine& engine);

private:
    struct Row {
        Deal deal;
        std::string name, tier, email, currency;
        double roster_fee = 0;  // NaN when unknown
        bool loaded = false;
    };
    void refresh(const Engine& engine);
    void draw_board(Actions& actions, float scale);
    void draw_card(const Row& row, Actions& actions, float width, float scale);
    void draw_table(Actions& actions);
    void draw_status_combo(const Row& row, Actions& actions, const char* id);
    void draw_editor(Actions& actions, float scale);
    void draw_steps(const Deal& deal);
    void select(const Row& row);
    const Row* selected() const;
    std::uint64_t generation_ = ~0ull, shortlist_version_ = ~0ull, pipeline_version_ = ~0ull;
    std::vector<Row> rows_;
    int mode_ = 0;  // 0: board, 1: table
    std::optional<CreatorKey> selected_, draft_request_;
    // The editor's fields, loaded from the selected deal whenever it changes (unless being typed in).
    char fee_[32] = {};
    char deliverables_[512] = {};
    char notes_[4096] = {};
};

// Today in the page's clock and time zone, "YYYY-MM-DD": the day a status move is dated.
std::string today_iso();

}  // namespace creatorscope::web
