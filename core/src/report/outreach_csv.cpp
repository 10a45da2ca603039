// The outreach drafts as a CSV for mail merge (creatorscope/outreach.hpp): one row per draft,
// every cell neutralised against formula injection like every CSV the engine writes. Here in
// report/ as it writes with the report's CSV cells (outreach/ comes before report/).
#include <algorithm>

#include "creatorscope/outreach.hpp"
#include "report/report.hpp"

namespace creatorscope {

std::string write_outreach_csv(const std::vector<OutreachDraft>& drafts, const std::vector<const CreatorResult*>& creators) {
    std::string out = "handle,platform,name,email,language,kind,subject,body,missing\n";
    for (const OutreachDraft& d : drafts) {
        const auto found = std::find_if(creators.begin(), creators.end(), [&](const CreatorResult* c) {
            return c != nullptr && c->handle == d.handle && c->platform == d.platform;
        });
        std::string missing;
        for (const auto& m : d.missing) missing += (missing.empty() ? "" : " ") + m;
        out += csv_cell(d.handle) + ',' + csv_cell(d.platform) + ',' + csv_cell(found != creators.end() ? (*found)->name : "") + ',' +
               csv_cell(d.to) + ',' + csv_cell(d.language) + ',' + std::string(outreach_kind_id(d.kind)) + ',' + csv_cell(d.subject) + ',' +
               csv_cell(d.body) + ',' + csv_cell(missing) + '\n';
    }
    return out;
}

}  // namespace creatorscope
