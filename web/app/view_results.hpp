// The Results tab: the campaign summed up, planned against actual per creator (the plan's cost,
// the agreed fee or the costs file's, the orders and revenue the Markov model credits, the ROAS)
// with each creator's fit beside their result, and, from the campaigns saved in this browser,
// each creator's history, so a repeat ambassador is easy to see (learnings.hpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "app/actions.hpp"
#include "app/view_campaigns.hpp"

namespace creatorscope::web {

class ResultsView {
public:
    void draw(const Engine& engine, CampaignsView& campaigns, float scale);

private:
    void refresh(const Engine& engine, CampaignsView& campaigns);
    void draw_totals() const;
    void draw_table();
    void draw_history(float scale) const;
    CampaignSummary summary_;
    std::vector<std::size_t> past_;  // per row: saved campaigns the creator was in before
    std::optional<std::size_t> selected_;
    std::vector<CreatorHistoryEntry> history_;  // of the selected row
    std::uint64_t key_[6] = {~0ull, ~0ull, ~0ull, ~0ull, ~0ull, ~0ull};
    const BudgetPlan* plan_ = nullptr;
    int frames_ = 0;
};

}  // namespace creatorscope::web
