// The Plan view's rate table: the rows creators without a fee are priced from (the shipped
// published rates, or the brief's own), each range editable; Apply rates writes them into the
// brief's plan.rates and the plan is made again (docs/plan.md).
#pragma once

#include <vector>

#include "app/actions.hpp"
#include "creatorscope/plan.hpp"

namespace creatorscope::web {

class RateEditor {
public:
    // Shows the rates of `plan`; edits are kept until applied or the plan's table changes.
    void draw(const BudgetPlan& plan, const Engine& engine, Actions& actions, float scale);

private:
    std::vector<RateRow> rows_;
    std::vector<RateRow> shown_;  // the plan's rows the edits started from
    bool edited_ = false;
};

}  // namespace creatorscope::web
