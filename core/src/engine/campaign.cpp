// The campaign's own records in the engine (creatorscope/campaign.hpp): the owners the user
// gives codes and tracking values (the attribution alone runs again), the pipeline's deals
// (nothing runs again), and their CSVs.
#include "creatorscope/engine.hpp"
#include "attribution/attribution_run.hpp"
#include "attribution/code_owners.hpp"
#include "report/campaign_csv.hpp"

namespace creatorscope {

// An attribution under way starts again with the new owners; one done runs again alone. A full
// analysis due or under way before the attribution stage takes them as it reaches it.
void Engine::owners_changed() {
    ++owners_version_;
    if (dirty_) return;
    if (in_progress_ && !scores_only_) {
        if (stage_ == Stage::attribution) attribution_run_.reset();
        return;
    }
    reattribute_ = true;
}

void Engine::set_code_owner(std::string_view code, std::optional<std::string> handle) {
    if (owners_.set_code(code, std::move(handle))) owners_changed();
}

void Engine::set_link_owner(std::string_view value, std::optional<std::string> handle) {
    if (owners_.set_link(value, std::move(handle))) owners_changed();
}

std::optional<OwnerSuggestion> Engine::suggest_owner(std::string_view code_or_value) const {
    std::vector<CodeOwnerCandidate> candidates;
    candidates.reserve(creators_.size());
    for (const auto& c : creators_) candidates.push_back({c.handle, c.name});
    auto found = suggest_code_owner(code_or_value, candidates);
    if (!found) return std::nullopt;
    return OwnerSuggestion{std::move(found->handle), std::move(found->why)};
}

void Engine::set_deal(Deal deal) {
    if (pipeline_.set(std::move(deal))) ++pipeline_version_;
}

void Engine::remove_deal(std::string_view handle, std::string_view platform) {
    if (pipeline_.remove(handle, platform)) ++pipeline_version_;
}

std::string Engine::pipeline_csv() {
    while (!step(1000.0)) {
    }
    return write_pipeline_csv(creators_, shortlist_, pipeline_);
}

std::string Engine::codes_csv() {
    while (!step(1000.0)) {
    }
    if (!attribution_) return write_codes_csv(AttributionResult{}, creators_);
    return write_codes_csv(*attribution_, creators_);
}

}  // namespace creatorscope
