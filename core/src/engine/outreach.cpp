// The outreach drafts in the engine (creatorscope/outreach.hpp): the settings (kept in the
// workspace; setting them never re-analyses), one creator's draft from its results, the brief,
// its deal and the plan made last, and every shortlisted creator's draft as a CSV.
#include <set>

#include "creatorscope/engine.hpp"
#include "ingest/input_file.hpp"
#include "model/kinds.hpp"
#include "model/table.hpp"

namespace creatorscope {

namespace {

using PostIds = std::set<std::string, std::less<>>;

// The posts a draft may quote: those the engagement figure used (they carry dates).
void add_post_ids(const CreatorResult& creator, PostIds& ids) {
    for (const auto& p : creator.engagement.per_post) ids.insert(p.post_id);
}

// Post id -> caption for the posts asked for, from every loaded posts file (a post without an
// id is named "file:line", as the join names it).
std::map<std::string, std::string> captions_of(const std::vector<std::unique_ptr<InputFile>>& inputs, const PostIds& ids) {
    static const int post_id = canonical_index(Kind::posts, "post_id");
    std::map<std::string, std::string> out;
    if (ids.empty()) return out;
    for (const auto& input : inputs) {
        if (!input->finished() || input->kind() != Kind::posts) continue;
        const Table& t = input->table();
        for (std::size_t row = 0; row < t.rows(); ++row) {
            std::string_view id = t.long_text(post_id, row);
            std::string named;
            if (id.empty()) id = named = input->name() + ":" + std::to_string(t.line(row));
            if (!ids.contains(id)) continue;
            const std::string_view caption = input->caption(row);
            if (!caption.empty()) out[std::string(id)] = std::string(caption);
        }
    }
    return out;
}

const CreatorResult* find_creator(const std::vector<CreatorResult>& creators, std::string_view handle, std::string_view platform) {
    for (const auto& c : creators) {
        if (c.handle == handle && c.platform == platform) return &c;
    }
    return nullptr;
}

}  // namespace

void Engine::set_outreach_settings(OutreachSettings settings) {
    if (settings == outreach_) return;
    outreach_ = std::move(settings);
    ++outreach_version_;
}

std::optional<OutreachDraft> Engine::outreach_draft(std::string_view handle, std::string_view platform, OutreachKind kind) {
    while (!step(1000.0)) {
    }
    const CreatorResult* creator = find_creator(creators_, handle, platform);
    if (creator == nullptr) return std::nullopt;
    PostIds ids;
    add_post_ids(*creator, ids);
    const auto captions = captions_of(inputs_, ids);
    const OutreachSource source{creator, brief(), pipeline_.find(handle, platform), planned(), &captions};
    return draft_outreach(source, outreach_, kind);
}

std::string Engine::outreach_csv(OutreachKind kind) {
    while (!step(1000.0)) {
    }
    std::vector<const CreatorResult*> creators;
    PostIds ids;
    for (const auto& key : shortlist_.entries()) {
        const CreatorResult* creator = find_creator(creators_, key.handle, key.platform);
        if (creator == nullptr) continue;
        creators.push_back(creator);
        add_post_ids(*creator, ids);
    }
    const auto captions = captions_of(inputs_, ids);  // one pass over the posts for every draft
    std::vector<OutreachDraft> drafts;
    for (const CreatorResult* creator : creators) {
        const OutreachSource source{creator, brief(), pipeline_.find(creator->handle, creator->platform), planned(), &captions};
        drafts.push_back(draft_outreach(source, outreach_, kind));
    }
    return write_outreach_csv(drafts, creators);
}

}  // namespace creatorscope
