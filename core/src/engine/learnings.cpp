// The engine's campaign summary (learnings.hpp): what the pipeline, the plan made last and the
// attribution say, creator by creator.
#include <nlohmann/json.hpp>

#include "creatorscope/engine.hpp"

namespace creatorscope {

CampaignSummary Engine::campaign_summary() {
    while (!step(1000.0)) {
    }
    SummarySource source;
    source.creators = &creators_;
    source.shortlist = &shortlist_;
    source.pipeline = &pipeline_;
    source.plan = planned();
    source.attribution = attribution_ ? &*attribution_ : nullptr;
    source.campaign = brief_ ? brief_->name : std::string();
    return summarise_campaign(source);
}

std::string Engine::campaign_summary_json() { return campaign_summary().to_json().dump(); }

}  // namespace creatorscope
