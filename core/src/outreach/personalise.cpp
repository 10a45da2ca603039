// The personalised values of a draft (personalise.hpp), from the creator's results, the brief,
// the deal and the plan; nothing that the data does not say.
#include "outreach/personalise.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "creatorscope/brief.hpp"
#include "creatorscope/campaign.hpp"
#include "creatorscope/creator.hpp"
#include "creatorscope/format.hpp"
#include "creatorscope/plan.hpp"

namespace creatorscope {

namespace {

constexpr std::size_t caption_chars = 90;
constexpr double least_part_score = 50;  // a weaker part is no reason to write
constexpr std::size_t most_terms = 2, most_clauses = 2;

bool utf8_lead(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

// Items as a list in words: "a", "a and b", "a, b and c".
std::string list_words(const std::vector<std::string>& items, const std::string& and_word) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? and_word : ", ";
        out += items[i];
    }
    return out;
}

std::string percent_words(double share, const OutreachWords& words) {
    return replace_all(words.percent, "{n}", format_number(std::round(100.0 * share), 0));
}

// The posts whose caption or hashtags hold a brief's term, as the content evidence found them.
std::set<std::string, std::less<>> matching_posts(const CreatorResult& c) {
    std::set<std::string, std::less<>> out;
    for (const auto& m : c.content.matches) {
        if (m.where == "caption" || m.where == "hashtags") out.insert(m.posts.begin(), m.posts.end());
    }
    return out;
}

// The brief's terms the content holds: in posts when posts name any, else in the profile.
std::vector<std::string> matched_terms(const CreatorResult& c, bool in_posts) {
    std::vector<std::string> niches, keywords;
    for (const auto& m : c.content.matches) {
        const bool posts = m.where == "caption" || m.where == "hashtags";
        if (posts != in_posts) continue;
        auto& list = m.source == "niche" ? niches : keywords;
        if (std::find(list.begin(), list.end(), m.term) == list.end()) list.push_back(m.term);
    }
    for (const auto& k : keywords) {
        if (std::find(niches.begin(), niches.end(), k) == niches.end()) niches.push_back(k);
    }
    if (niches.size() > most_terms) niches.resize(most_terms);
    return niches;
}

std::string content_clause(const CreatorResult& c, const OutreachWords& words) {
    auto terms = matched_terms(c, true);
    const char* fragment = "content_posts";
    if (terms.empty()) {
        terms = matched_terms(c, false);
        fragment = "content_profile";
    }
    if (terms.empty()) return {};
    return replace_all(words.fragments.at(fragment), "{terms}", list_words(terms, words.and_word));
}

// A target bucket in words: a language code by its name in the draft's language, else as written.
std::string bucket_words(const ScorePart& part, const AudienceRow& row, const OutreachWords& words) {
    if (part.name != "languages") return row.bucket;
    const std::string code = lower_ascii(trim(row.bucket)).substr(0, 2);
    const auto found = words.language_names.find(code);
    return found != words.language_names.end() && trim(row.bucket).size() <= 5 ? found->second : row.bucket;
}

std::string audience_clause(const ScorePart& part, const OutreachWords& words) {
    std::vector<AudienceRow> rows;
    for (const auto& r : part.rows) {
        if (r.in_target > 0 && !trim(r.bucket).empty()) rows.push_back(r);
    }
    if (rows.empty()) return {};
    // Places and languages by their share; age groups in the order the file gives them.
    if (part.name != "ages") {
        std::stable_sort(rows.begin(), rows.end(), [](const AudienceRow& a, const AudienceRow& b) { return a.share > b.share; });
    }
    std::vector<std::string> targets;
    for (const auto& r : rows) targets.push_back(bucket_words(part, r, words));
    const double share = part.share_in_target == part.share_in_target ? part.share_in_target : part.score / 100.0;
    std::string clause = replace_all(words.fragments.at(part.name), "{share}", percent_words(share, words));
    return replace_all(std::move(clause), "{targets}", list_words(targets, part.name == "countries" ? ", " : words.and_word));
}

std::string money(double value, const std::string& currency) {
    const std::string amount = std::fabs(value) < 10 ? format_number(value, 2) : format_number(std::round(value), 0);
    return amount + (currency.empty() ? "" : " " + currency);
}

// The plan's pick of this creator, with its candidate (null when the plan did not choose it).
const PlanPick* plan_pick(const OutreachSource& source, const PlanCandidate** candidate) {
    if (source.plan == nullptr || source.creator == nullptr) return nullptr;
    for (const auto& pick : source.plan->selected) {
        if (pick.candidate >= source.plan->candidates.size()) continue;
        const PlanCandidate& c = source.plan->candidates[pick.candidate];
        if (c.handle == source.creator->handle && c.platform == source.creator->platform) {
            *candidate = &c;
            return &pick;
        }
    }
    return nullptr;
}

}  // namespace

std::string platform_label(std::string_view platform) {
    const std::string id = lower_ascii(trim(platform));
    if (id == "instagram") return "Instagram";
    if (id == "tiktok") return "TikTok";
    if (id == "youtube") return "YouTube";
    std::string out(trim(platform));
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

std::string first_word(std::string_view name) {
    const std::string_view t = trim(name);
    return std::string(t.substr(0, t.find_first_of(" \t")));
}

std::string outreach_niche(const OutreachSource& source) {
    if (source.creator != nullptr && !trim(source.creator->category).empty()) return std::string(trim(source.creator->category));
    if (source.brief == nullptr || source.brief->niches.empty()) return {};
    if (source.creator != nullptr) {
        for (const auto& m : source.creator->content.matches) {
            if (m.source == "niche") return m.term;
        }
    }
    return source.brief->niches.front();
}

std::string shorten_caption(std::string_view caption, std::size_t max_chars) {
    std::string line;
    for (char ch : trim(caption)) {
        const bool space = ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t';
        if (!space) line += ch;
        else if (!line.empty() && line.back() != ' ') line += ' ';
    }
    std::size_t chars = 0, cut = line.size();
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (!utf8_lead(line[i])) continue;
        if (chars++ == max_chars) {
            cut = i;
            break;
        }
    }
    if (cut == line.size()) return line;
    const std::size_t space = line.rfind(' ', cut);
    line.resize(space != std::string::npos && space > 0 ? space : cut);
    while (!line.empty() && std::string_view(",;:.-").find(line.back()) != std::string_view::npos) line.pop_back();
    return line + "…";
}

std::string outreach_recent_post(const OutreachSource& source, const OutreachWords& words) {
    if (source.creator == nullptr || source.captions == nullptr) return {};
    std::vector<const PostRate*> posts;
    for (const auto& p : source.creator->engagement.per_post) {
        const auto found = source.captions->find(p.post_id);
        if (found != source.captions->end() && !trim(found->second).empty()) posts.push_back(&p);
    }
    std::stable_sort(posts.begin(), posts.end(), [](const PostRate* a, const PostRate* b) { return a->published_at > b->published_at; });
    const auto matching = matching_posts(*source.creator);
    const auto match = std::find_if(posts.begin(), posts.end(), [&](const PostRate* p) { return matching.contains(p->post_id); });
    const PostRate* chosen = match != posts.end() ? *match : posts.empty() ? nullptr : posts.front();
    if (chosen == nullptr) return {};
    const std::string text = shorten_caption(source.captions->at(chosen->post_id), caption_chars);
    return replace_all(replace_all(words.quote, "{text}", text), "{date}", format_date(chosen->published_at));
}

std::string outreach_why_fit(const CreatorResult& creator, const OutreachWords& words) {
    std::vector<std::pair<double, std::string>> clauses;
    for (const auto& part : creator.alignment.parts) {
        if (!part.known() || part.score < least_part_score) continue;
        std::string clause;
        if (part.name == "content") clause = content_clause(creator, words);
        else if (part.name == "countries" || part.name == "ages" || part.name == "languages") clause = audience_clause(part, words);
        if (!clause.empty()) clauses.emplace_back(part.score, std::move(clause));
    }
    std::stable_sort(clauses.begin(), clauses.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    if (clauses.size() > most_clauses) clauses.resize(most_clauses);
    std::vector<std::string> parts;
    for (auto& c : clauses) parts.push_back(std::move(c.second));
    return list_words(parts, words.clause_and);
}

std::string outreach_fee(const OutreachSource& source) {
    const CreatorResult* c = source.creator;
    const std::string currency = c != nullptr && !c->currency.empty() ? c->currency : source.brief ? source.brief->currency : "";
    if (source.deal != nullptr && source.deal->agreed_fee) return money(*source.deal->agreed_fee, currency);
    const PlanCandidate* candidate = nullptr;
    if (const PlanPick* pick = plan_pick(source, &candidate); pick != nullptr && pick->bookings > 0 && std::isfinite(pick->cost)) {
        return money(pick->cost / pick->bookings, source.plan->currency);
    }
    if (c == nullptr) return {};
    const double fee = std::isfinite(c->fee) ? c->fee : c->cost.fee;
    return std::isfinite(fee) ? money(fee, c->currency) : std::string();
}

std::string outreach_deliverables(const OutreachSource& source) {
    if (source.deal != nullptr && !trim(source.deal->deliverables).empty()) return std::string(trim(source.deal->deliverables));
    const PlanCandidate* candidate = nullptr;
    const PlanPick* pick = plan_pick(source, &candidate);
    if (pick == nullptr || candidate->deliverable.empty()) return {};
    return std::to_string(pick->bookings) + " × " + candidate->deliverable;
}

}  // namespace creatorscope
