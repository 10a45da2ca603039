// Recognising a header's columns (recognise.hpp): exact names, then the ideas of the header's
// words checked against the values, then the handle by its values.
#include "ingest/recognise.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include "ingest/header_words.hpp"
#include "model/text.hpp"

namespace creatorscope {

namespace {

constexpr std::uint32_t min_evidence = 3;  // values needed before they may overrule a header

double share(std::uint32_t part, std::uint32_t whole) { return whole == 0 ? 0.0 : static_cast<double>(part) / whole; }

// How well a column's values fit a canonical column, 0 to 1 (1 when nothing was sampled).
double value_fit(const ValueProfile& p, const ColumnSpec& column) {
    if (p.values == 0) return 1.0;
    switch (column.type) {
        case ValueType::handle: return std::min(1.0, share(p.usernames + p.profile_links, p.values) + 0.5 * share(p.spaced, p.values));
        case ValueType::count: return share(p.counts, p.values);
        case ValueType::number: return share(p.numbers, p.values);
        case ValueType::rate: return share(p.rates, p.values);
        case ValueType::timestamp: return share(p.dates, p.values);
        case ValueType::flag: return share(p.flags, p.values);
        case ValueType::platform: return share(p.platforms, p.values);
        case ValueType::text:
        case ValueType::long_text:
            if (column.name == "email") return share(p.emails, p.values);
            if ((column.name == "country" || column.name == "audience_country") && share(p.countries, p.values) >= 0.5) return 1.0;
            // A column of numbers is no name, country or category.
            return share(p.numbers, p.values) > 0.8 ? 0.2 : 1.0;
    }
    return 1.0;
}

// "1 count", "3 counts".
std::string counted(std::uint32_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

// The values in words, as the reason for a choice: "3 unique username-shaped values".
std::string describe_values(const ValueProfile& p, const ColumnSpec& column) {
    if (p.values == 0) return "";
    const std::uint32_t n = p.values;
    switch (column.type) {
        case ValueType::handle:
            if (p.profile_links * 2 > p.values) return counted(n, "profile link", "profile links");
            return counted(p.distinct, "unique ", "unique ") + (p.usernames * 2 >= p.values ? (p.distinct == 1 ? "username-shaped value" : "username-shaped values")
                                                                                         : (p.distinct == 1 ? "name" : "names"));
        case ValueType::count: return counted(n, "count", "counts") + " such as " + p.example;
        case ValueType::number:
            if (p.money * 2 > p.values) return counted(n, "amount", "amounts") + " of money such as " + p.example;
            return counted(n, "number", "numbers") + " such as " + p.example;
        case ValueType::rate:
            return (p.percent_signs * 2 > p.values ? counted(n, "percentage", "percentages") : counted(n, "rate", "rates")) + " such as " + p.example;
        case ValueType::timestamp: return counted(n, "date", "dates") + " such as " + p.example;
        case ValueType::flag: return counted(n, "yes/no value", "yes/no values");
        case ValueType::platform: return counted(n, "platform name", "platform names") + " such as " + p.example;
        default:
            if ((column.name == "country" || column.name == "audience_country") && p.countries * 2 > p.values) return counted(p.countries, "country", "countries") + " such as " + p.example;
            if (column.name == "email" && p.emails * 2 > p.values) return counted(p.emails, "email address", "email addresses");
            return counted(n, "value", "values") + " such as " + p.example;
    }
}

// The ideas of each synonym of each column of a kind, worked out once.
const std::vector<std::vector<HeaderWords>>& synonym_ideas(Kind kind) {
    static std::map<Kind, std::vector<std::vector<HeaderWords>>> cache;
    auto [it, inserted] = cache.try_emplace(kind);
    if (!inserted) return it->second;
    const KindSpec& spec = kind_spec(kind);
    for (const auto& column : spec.columns) {
        std::vector<HeaderWords> ideas;
        std::string_view list = column.synonyms;
        if (!list.empty()) ideas.push_back(synonym_words(fold_column_name(column.name)));
        while (!list.empty()) {
            const auto bar = list.find('|');
            ideas.push_back(synonym_words(list.substr(0, bar)));
            if (bar == std::string_view::npos) break;
            list.remove_prefix(bar + 1);
        }
        std::erase_if(ideas, [](const HeaderWords& w) { return w.unknown > 0 || w.empty(); });
        // Whose followers a sample holds is never guessed from a header's words ("user.nickname"
        // is the follower's own): only an exact name says it.
        if (kind == Kind::follower_sample && column.name == "creator") ideas.clear();
        it->second.push_back(std::move(ideas));
    }
    return it->second;
}

// How well a header's words say a column, 0 to 1: the same ideas as one of its synonyms. One
// word the table does not know is allowed beside two ideas or more ("new_post_avg_like"), not
// beside a single one: "Stream name" is no name.
double words_fit(const HeaderWords& header, const std::vector<HeaderWords>& synonyms) {
    if (header.empty() || header.unknown > 1 || (header.unknown == 1 && header.ideas.size() < 2)) return 0.0;
    for (const auto& synonym : synonyms) {
        if (synonym.ideas == header.ideas) return header.unknown == 0 ? 0.8 : 0.6;
    }
    return 0.0;
}

struct Candidate {
    double score;
    int source;
    int canonical;
};

class Recogniser {
public:
    Recogniser(Kind kind, std::span<const std::string> header, std::span<const ValueProfile> values)
        : spec_(kind_spec(kind)), header_(header), values_(values) {
        result_.mapping = map_header(kind, header);
        result_.why.assign(header.size(), "");
        used_.assign(header.size(), false);
        vetoed_.assign(header.size(), -1);
        for (std::size_t c = 0; c < spec_.columns.size(); ++c) {
            const int s = result_.mapping.source_of[c];
            if (s >= 0) used_[static_cast<std::size_t>(s)] = true;
        }
    }

    Recognition run() {
        check_exact_names();
        match_words();
        prefer_profile_links();
        prefer_username_handle();
        handle_from_values();
        name_from_values();
        handle_from_name();
        field_from_values("platform", [](const ValueProfile& p) { return p.platform_names; }, "platform names");
        creator_from_words();
        picture_from_urls();
        // Not a column of yes and no ("no" is Norway's code).
        field_from_values("country", [](const ValueProfile& p) { return p.flags * 2 < p.values ? p.countries : 0; }, "country codes or names");
        field_from_values("email", [](const ValueProfile& p) { return p.emails; }, "email addresses");
        if (spec_.kind == Kind::roster) field_from_values("fee", [](const ValueProfile& p) { return p.money; }, "amounts of money");
        for (std::size_t c = 0; c < spec_.columns.size(); ++c) {
            const int s = result_.mapping.source_of[c];
            if (s < 0) continue;
            ++result_.matched;
            if (result_.why[static_cast<std::size_t>(s)].empty()) explain(static_cast<int>(c), s, "header \"" + header_[static_cast<std::size_t>(s)] + "\"");
        }
        for (std::size_t s = 0; s < header_.size(); ++s) {
            if (!used_[s]) explain_unused(s);
        }
        return std::move(result_);
    }

private:
    const ValueProfile* profile(int s) const {
        return static_cast<std::size_t>(s) < values_.size() ? &values_[static_cast<std::size_t>(s)] : nullptr;
    }
    double fit(int s, std::size_t c) const {
        const ValueProfile* p = profile(s);
        return p == nullptr ? 1.0 : value_fit(*p, spec_.columns[c]);
    }
    bool enough_evidence(int s) const {
        const ValueProfile* p = profile(s);
        return p != nullptr && p->values >= min_evidence;
    }
    void assign(std::size_t c, int s) {
        result_.mapping.source_of[c] = s;
        used_[static_cast<std::size_t>(s)] = true;
    }
    void unassign(std::size_t c) {
        const int s = result_.mapping.source_of[c];
        if (s >= 0) used_[static_cast<std::size_t>(s)] = false;
        result_.mapping.source_of[c] = no_source;
    }
    void explain(int c, int s, const std::string& basis) {
        const ValueProfile* p = profile(s);
        const std::string values = p == nullptr ? "" : describe_values(*p, spec_.columns[static_cast<std::size_t>(c)]);
        result_.why[static_cast<std::size_t>(s)] = std::string(spec_.columns[static_cast<std::size_t>(c)].name) + ": " + basis +
                                                  (values.empty() ? "" : "; " + values);
    }

    // An exact name whose values plainly are something else (an "engagement" column of counts
    // such as 637K is no rate) is not used for it. Names and handles are never overruled: a
    // handle may be written in any script.
    void check_exact_names() {
        for (std::size_t c = 0; c < spec_.columns.size(); ++c) {
            const int s = result_.mapping.source_of[c];
            const ValueType type = spec_.columns[c].type;
            if (type == ValueType::text && s >= 0 && counts_under_count_words(s)) {
                unassign(c);  // a follower sample's "Follower" column of 120, 3, 450 (German): the followers
                exact_name_elsewhere(c, s);
                continue;
            }
            if (type == ValueType::handle || type == ValueType::text || type == ValueType::long_text) continue;
            if (s < 0 || !enough_evidence(s) || fit(s, c) >= 0.5) continue;
            unassign(c);
            vetoed_[static_cast<std::size_t>(s)] = static_cast<int>(c);
        }
    }

    // Another header with an exact name of column c, once the one first taken (source s) is not it.
    void exact_name_elsewhere(std::size_t c, int s) {
        std::vector<std::string> others(header_.begin(), header_.end());
        others[static_cast<std::size_t>(s)].clear();
        const int other = map_header(spec_.kind, others).source_of[c];
        if (other >= 0 && !used_[static_cast<std::size_t>(other)]) assign(c, other);
    }

    // A text column's exact name that is also a count's word ("Follower": the account in an
    // English follower list, the followers in a German one), over values that are counts and
    // no usernames: the count.
    bool counts_under_count_words(int s) const {
        const ValueProfile* p = profile(s);
        if (p == nullptr || p->values < min_evidence || share(p->counts, p->values) < 0.9 || share(p->usernames, p->values) > 0.1) return false;
        const HeaderWords words = header_words(header_[static_cast<std::size_t>(s)]);
        const auto& ideas = synonym_ideas(spec_.kind);
        for (std::size_t c = 0; c < spec_.columns.size(); ++c) {
            if (spec_.columns[c].type == ValueType::count && words_fit(words, ideas[c]) > 0) return true;
        }
        return false;
    }

    // Columns the table does not name exactly, by the ideas of their words, best first.
    void match_words() {
        const auto& ideas = synonym_ideas(spec_.kind);
        std::vector<Candidate> candidates;
        for (std::size_t s = 0; s < header_.size(); ++s) {
            if (used_[s]) continue;
            const HeaderWords words = header_words(header_[s]);
            for (std::size_t c = 0; c < spec_.columns.size(); ++c) {
                if (result_.mapping.source_of[c] != no_source) continue;
                const double by_words = words_fit(words, ideas[c]);
                const double by_values = fit(static_cast<int>(s), c);
                if (by_words > 0 && (by_values >= 0.5 || !enough_evidence(static_cast<int>(s)))) {
                    candidates.push_back({by_words * by_values, static_cast<int>(s), static_cast<int>(c)});
                } else if (by_words > 0 && vetoed_[s] < 0) {
                    vetoed_[s] = static_cast<int>(c);
                }
            }
        }
        std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
        for (const auto& candidate : candidates) {
            const auto c = static_cast<std::size_t>(candidate.canonical);
            if (used_[static_cast<std::size_t>(candidate.source)] || result_.mapping.source_of[c] != no_source) continue;
            assign(c, candidate.source);
            const HeaderWords words = header_words(header_[static_cast<std::size_t>(candidate.source)]);
            explain(candidate.canonical, candidate.source, "header words \"" + header_[static_cast<std::size_t>(candidate.source)] + "\" (" +
                                                               ideas_text(words) + ")");
        }
    }

    int column(std::string_view name) const { return canonical_index(spec_.kind, name); }

    // A header that says who the row is and nothing else ("Tiktok name", "channel", "user"), not
    // "channel_type".
    static bool says_only_who(std::string_view header) {
        const HeaderWords words = header_words(header);
        return words.unknown == 0 && !words.empty() &&
               std::all_of(words.ideas.begin(), words.ideas.end(), [](const std::string& idea) { return idea == "user" || idea == "name"; });
    }

    // A column of profile links names each creator beyond doubt: it is the handle, and a name
    // column taken for the handle before it is the name.
    void prefer_profile_links() {
        const int handle = column("handle"), name = column("name");
        if (handle < 0 || spec_.kind != Kind::roster) return;
        const int current = result_.mapping.source_of[static_cast<std::size_t>(handle)];
        if (current >= 0 && (!enough_evidence(current) || share(profile(current)->profile_links, profile(current)->values) >= 0.5)) return;
        const int s = first_unused([](std::size_t, const ValueProfile& p) { return share(p.profile_links, p.values) >= 0.8; });
        if (s < 0) return;
        if (current >= 0) unassign(static_cast<std::size_t>(handle));
        assign(static_cast<std::size_t>(handle), s);
        explain(handle, s, "profile links under \"" + header_[static_cast<std::size_t>(s)] + "\"");
        if (current >= 0 && name >= 0 && result_.mapping.source_of[static_cast<std::size_t>(name)] == no_source) {
            assign(static_cast<std::size_t>(name), current);
            explain(name, current, "names beside profile links, header \"" + header_[static_cast<std::size_t>(current)] + "\"");
        }
    }

    // A list with display names and usernames: the usernames are the handle, the display names
    // the name.
    void prefer_username_handle() {
        const int handle = column("handle"), name = column("name");
        if (handle < 0 || name < 0) return;
        const int shown = result_.mapping.source_of[static_cast<std::size_t>(handle)];
        if (shown < 0 || !enough_evidence(shown) || share(profile(shown)->spaced, profile(shown)->values) < 0.5) return;
        for (std::size_t s = 0; s < header_.size(); ++s) {
            const int source = static_cast<int>(s);
            if (source == shown || (used_[s] && result_.mapping.source_of[static_cast<std::size_t>(name)] != source)) continue;
            const ValueProfile* p = profile(source);
            if (p == nullptr || p->values < min_evidence || share(p->usernames + p->profile_links, p->values) < 0.8 || p->distinct < p->values) continue;
            if (!says_only_who(header_[s])) continue;
            unassign(static_cast<std::size_t>(handle));
            unassign(static_cast<std::size_t>(name));
            assign(static_cast<std::size_t>(handle), source);
            assign(static_cast<std::size_t>(name), shown);
            explain(handle, source, "usernames beside display names, header \"" + header_[s] + "\"");
            explain(name, shown, "display names, header \"" + header_[static_cast<std::size_t>(shown)] + "\"");
            return;
        }
    }

    // No header names the handle: a column of profile links, or of unique usernames under a
    // header that says who, is it.
    void handle_from_values() {
        const int handle = column("handle");
        if (handle < 0 || result_.mapping.source_of[static_cast<std::size_t>(handle)] != no_source) return;
        const auto links = [](const ValueProfile& p) { return share(p.profile_links, p.values) >= 0.9; };
        const int s = first_unused([&](std::size_t source, const ValueProfile& p) {
            return links(p) || (says_only_who(header_[source]) && share(p.usernames, p.values) >= 0.9 && p.distinct == p.values);
        });
        if (s < 0) return;
        assign(static_cast<std::size_t>(handle), s);
        explain(handle, s, std::string(links(*profile(s)) ? "profile links" : "usernames") + " under \"" + header_[static_cast<std::size_t>(s)] + "\"");
    }

    // The handle found elsewhere: a column that says only who the row is ("Youtuber name") and
    // holds display names (half or more with spaces) is the name.
    void name_from_values() {
        const int name = column("name");
        if (name < 0 || result_.mapping.source_of[static_cast<std::size_t>(name)] != no_source) return;
        const int s = first_unused([&](std::size_t source, const ValueProfile& p) {
            return share(p.spaced, p.values) >= 0.5 && says_only_who(header_[source]);
        });
        if (s < 0) return;
        assign(static_cast<std::size_t>(name), s);
        explain(name, s, "display names under \"" + header_[static_cast<std::size_t>(s)] + "\"");
    }

    // A roster that names its creators only by their display names ("Name, Platform, Followers"):
    // the name is who the row is, so it is the handle as well (spaces and case folded as any
    // handle's) and stays the name shown, rather than a list that does not load.
    void handle_from_name() {
        const int handle = column("handle"), name = column("name");
        if (spec_.kind != Kind::roster || handle < 0 || name < 0) return;
        const int s = result_.mapping.source_of[static_cast<std::size_t>(name)];
        if (s < 0 || result_.mapping.source_of[static_cast<std::size_t>(handle)] != no_source) return;
        assign(static_cast<std::size_t>(handle), s);
        explain(handle, s, "names under \"" + header_[static_cast<std::size_t>(s)] + "\", the only column that says who each creator is (also the name shown)");
    }

    // A follower sample's creator by a header naming a creator or an influencer
    // ("creator_username", "Influencer Username"); never by a bare "user" or "nickname", which
    // in a sample is the follower's own.
    void creator_from_words() {
        const int creator = column("creator");
        if (spec_.kind != Kind::follower_sample || creator < 0 || result_.mapping.source_of[static_cast<std::size_t>(creator)] != no_source) return;
        const int s = first_unused([&](std::size_t source, const ValueProfile& p) {
            const std::string folded = fold_column_name(header_[source]);
            const bool names = folded.find("creator") != std::string::npos || folded.find("influencer") != std::string::npos;
            return names && share(p.usernames + p.profile_links, p.values) >= 0.9;
        });
        if (s < 0) return;
        assign(static_cast<std::size_t>(creator), s);
        explain(creator, s, "header \"" + header_[static_cast<std::size_t>(s)] + "\" names a creator, over usernames");
    }

    // A picture's address under a picture's flag name ("profilePicture", "avatar" holding
    // https://...): the address, from which the sample tells a default avatar.
    void picture_from_urls() {
        const int flag = column("has_profile_pic"), url = column("picture_url");
        if (flag < 0 || url < 0 || result_.mapping.source_of[static_cast<std::size_t>(url)] != no_source) return;
        for (std::size_t s = 0; s < header_.size(); ++s) {
            const ValueProfile* p = profile(static_cast<int>(s));
            if (used_[s] || vetoed_[s] != flag || p == nullptr || p->values < min_evidence || share(p->urls, p->values) < 0.9) continue;
            assign(static_cast<std::size_t>(url), static_cast<int>(s));
            vetoed_[s] = -1;
            explain(url, static_cast<int>(s), "picture addresses under \"" + header_[s] + "\"");
            return;
        }
    }

    // No header names the field: the first unused column whose values are nine in ten of its
    // kind is it ("country codes or names", "email addresses", in a roster "amounts of money").
    template <typename Count>
    void field_from_values(std::string_view field, Count&& count, std::string_view values_are) {
        const int c = column(field);
        if (c < 0 || result_.mapping.source_of[static_cast<std::size_t>(c)] != no_source) return;
        const int s = first_unused([&](std::size_t, const ValueProfile& p) { return share(count(p), p.values) >= 0.9; });
        if (s < 0) return;
        assign(static_cast<std::size_t>(c), s);
        explain(c, s, std::string(values_are) + " under \"" + header_[static_cast<std::size_t>(s)] + "\"");
    }

    // The first column not yet used, with enough sampled values, for which wanted(source,
    // profile) holds; -1 when none.
    template <typename Wanted>
    int first_unused(Wanted&& wanted) const {
        for (std::size_t s = 0; s < header_.size(); ++s) {
            const ValueProfile* p = profile(static_cast<int>(s));
            if (!used_[s] && p != nullptr && p->values >= min_evidence && wanted(s, *p)) return static_cast<int>(s);
        }
        return -1;
    }

    // Why a column is not used, in the same words as why others are: its header reads as a
    // field its values are not, the field it reads as comes from another column, or the kind
    // has no field like it.
    void explain_unused(std::size_t s) {
        const int vetoed = vetoed_[s];
        if (vetoed >= 0) {
            const ValueProfile* p = profile(static_cast<int>(s));
            const ColumnSpec& column = spec_.columns[static_cast<std::size_t>(vetoed)];
            result_.why[s] = "not used: the header reads as " + std::string(column.name) + ", but its values do not look like one" +
                             (p != nullptr && !p->example.empty() ? " (such as \"" + std::string(utf8_prefix(p->example, 30)) + "\")" : "");
            return;
        }
        result_.why[s] = why_not_used(result_.mapping, header_, s);
    }

    const KindSpec& spec_;
    std::span<const std::string> header_;
    std::span<const ValueProfile> values_;
    Recognition result_;
    std::vector<bool> used_;
    std::vector<int> vetoed_;  // per column, the field its header reads as but its values are not (-1: none)
};

}  // namespace

namespace {
// The folded header is the column's name or one of its synonyms.
bool names_exactly(const ColumnSpec& column, std::string_view folded) {
    if (fold_column_name(column.name) == folded) return true;
    std::string_view list = column.synonyms;
    while (!list.empty()) {
        const auto bar = list.find('|');
        if (list.substr(0, bar) == folded) return true;
        if (bar == std::string_view::npos) break;
        list.remove_prefix(bar + 1);
    }
    return false;
}
}  // namespace

std::string why_not_used(const ColumnMapping& mapping, std::span<const std::string> header, std::size_t s) {
    const KindSpec& spec = kind_spec(mapping.kind);
    const HeaderWords words = header_words(header[s]);
    const auto& ideas = synonym_ideas(spec.kind);
    const std::string folded = fold_column_name(header[s]);
    for (std::size_t c = 0; c < spec.columns.size() && c < mapping.source_of.size(); ++c) {
        const int taken = mapping.source_of[c];
        if (taken < 0 || static_cast<std::size_t>(taken) == s) continue;
        if (words_fit(words, ideas[c]) <= 0 && !names_exactly(spec.columns[c], folded)) continue;
        return "not used: " + std::string(spec.columns[c].name) + " is read from \"" + header[static_cast<std::size_t>(taken)] + "\"";
    }
    std::string kind(spec.name);
    std::replace(kind.begin(), kind.end(), '_', ' ');
    return "not used: no " + kind + " field is like it";
}

std::vector<PlatformGroup> platform_groups(std::span<const std::string> header) {
    static constexpr std::string_view per_platform[] = {"handle",     "followers",      "following",   "posts_count",
                                                        "avg_likes",  "avg_comments",   "avg_shares",  "avg_views",
                                                        "avg_engagement", "engagement_rate", "fee"};
    const auto& ideas = synonym_ideas(Kind::roster);
    std::vector<PlatformGroup> groups;
    for (std::size_t s = 0; s < header.size(); ++s) {
        const HeaderWords words = header_words(header[s]);
        if (words.platforms.size() != 1) continue;
        int best = -1;
        double best_fit = 0;
        for (const auto name : per_platform) {
            const int c = canonical_index(Kind::roster, name);
            const double f = words_fit(words, ideas[static_cast<std::size_t>(c)]);
            if (f > best_fit) best_fit = f, best = c;
        }
        if (best < 0) continue;
        auto group = std::find_if(groups.begin(), groups.end(), [&](const PlatformGroup& g) { return g.platform == words.platforms[0]; });
        if (group == groups.end()) group = groups.insert(groups.end(), PlatformGroup{words.platforms[0], {}, {}});
        const bool taken = std::any_of(group->fields.begin(), group->fields.end(), [&](const auto& f) { return f.first == best; });
        if (taken) continue;
        group->fields.emplace_back(best, static_cast<int>(s));
        group->why.push_back(std::string(kind_spec(Kind::roster).columns[static_cast<std::size_t>(best)].name) + " on " + group->platform +
                             ": header words \"" + header[s] + "\" (" + ideas_text(words) + ", " + group->platform + "), one row holding several platforms");
    }
    const int handle = canonical_index(Kind::roster, "handle");
    std::erase_if(groups, [&](const PlatformGroup& g) {
        return std::none_of(g.fields.begin(), g.fields.end(), [&](const auto& f) { return f.first == handle; });
    });
    if (groups.size() < 2) groups.clear();
    return groups;
}

Recognition recognise(Kind kind, std::span<const std::string> header, std::span<const ValueProfile> values) {
    return Recogniser(kind, header, values).run();
}

namespace {

// Scrapers give creators and their followers the same fields (username, followers, following,
// isPrivate, profilePicUrl), so when a file reads as both a roster and a follower sample the
// accounts' size decides: a median under 1,000 followers, where the smallest creator tier starts,
// is a creator's followers; 1,000 or more is a list of creators. Unknown without enough counts;
// not asked when a column says whose followers they are.
std::optional<bool> small_accounts(const Recognition& sample, std::span<const ValueProfile> values) {
    const int followers = sample.mapping.source_of[static_cast<std::size_t>(canonical_index(Kind::follower_sample, "followers"))];
    if (followers < 0 || static_cast<std::size_t>(followers) >= values.size()) return std::nullopt;
    const ValueProfile& p = values[static_cast<std::size_t>(followers)];
    if (p.counts < min_evidence) return std::nullopt;
    return p.count_median < 1000;
}

// A sample's creator column that repeats (the same creator on many rows) says whose followers
// they are; one that differs on every row (a scraper's query of each profile) does not.
bool names_whose_followers(const Recognition& sample, std::span<const ValueProfile> values) {
    const int creator = sample.mapping.source_of[static_cast<std::size_t>(canonical_index(Kind::follower_sample, "creator"))];
    if (creator < 0) return false;
    if (static_cast<std::size_t>(creator) >= values.size()) return true;
    const ValueProfile& p = values[static_cast<std::size_t>(creator)];
    return p.values < min_evidence || p.distinct < p.values;
}

// A roster reading that takes a column only rosters have: more than who, how many and a bio.
bool roster_fields(const Recognition& roster) {
    static constexpr std::string_view shared[] = {"handle", "name", "followers", "following", "posts_count", "bio"};
    const KindSpec& spec = kind_spec(Kind::roster);
    for (std::size_t c = 0; c < spec.columns.size(); ++c) {
        if (roster.mapping.source_of[c] < 0) continue;
        if (std::find(std::begin(shared), std::end(shared), spec.columns[c].name) == std::end(shared)) return true;
    }
    return false;
}

}  // namespace

Recognition recognise_kind(std::span<const std::string> header, std::span<const ValueProfile> values) {
    Recognition best;
    best.mapping.kind = Kind::unknown;
    best.why.assign(header.size(), "");
    std::optional<Recognition> roster, sample;
    for (const auto& spec : kind_specs()) {
        if (spec.columns.empty()) continue;
        Recognition candidate = recognise(spec.kind, header, values);
        if (!missing_required(candidate.mapping).empty()) continue;
        if (spec.kind == Kind::roster) roster = candidate;
        if (spec.kind == Kind::follower_sample) sample = candidate;
        // Strictly more matched columns wins; on a tie the kind listed first (the more common) stays.
        if (best.mapping.kind == Kind::unknown || candidate.matched > best.matched) best = std::move(candidate);
    }
    // A column naming whose followers they are settles it, and so does a roster's own field
    // (platform, fee, rate, email...); otherwise the accounts' size does.
    const bool either = best.mapping.kind == Kind::roster || best.mapping.kind == Kind::follower_sample;
    if (roster && sample && either && !names_whose_followers(*sample, values) && !roster_fields(*roster)) {
        if (const auto small = small_accounts(*sample, values)) return std::move(*small ? *sample : *roster);
    }
    return best;
}

}  // namespace creatorscope
