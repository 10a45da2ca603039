// What a column's values look like: the evidence by which recognise.cpp checks a header's
// meaning (recognise.hpp).
#include <algorithm>
#include <unordered_set>
#include <vector>

#include "ingest/countries.hpp"
#include "ingest/dates.hpp"
#include "ingest/recognise.hpp"
#include "model/text.hpp"

namespace creatorscope {

namespace {

// A username as platforms allow them: letters, digits, '.', '_' and '-', at least one letter,
// at most 40 characters, after an optional '@'.
bool username_shaped(std::string_view cell) {
    if (!cell.empty() && cell.front() == '@') cell.remove_prefix(1);
    if (cell.empty() || cell.size() > 40) return false;
    bool letter = false;
    for (const char c : cell) {
        const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        letter = letter || alpha;
        if (!alpha && !(c >= '0' && c <= '9') && c != '.' && c != '_' && c != '-') return false;
    }
    return letter;
}

// Where host starts in lowered (a cell in lower case) as a whole host name (at the start, after a
// subdomain's dot, or after "//", "(" or a space), or npos: "cdninstagram.com/" (a picture's
// address) and "dropbox.com/" are no profile links, "web.facebook.com/" and "(instagram.com/anna)" are.
std::size_t host_at(std::string_view lowered, std::string_view host) {
    for (std::size_t at = lowered.find(host); at != std::string::npos; at = lowered.find(host, at + 1)) {
        const char before = at == 0 ? ' ' : lowered[at - 1];
        const bool joined = (before >= 'a' && before <= 'z') || (before >= '0' && before <= '9') || before == '-' || before == '_';
        if (!joined) return at;
    }
    return std::string::npos;
}

// The platform a profile link names, or empty.
std::string_view link_platform(std::string_view cell) {
    static constexpr std::pair<std::string_view, std::string_view> hosts[] = {
        {"instagram.com/", "instagram"}, {"tiktok.com/@", "tiktok"}, {"youtube.com/", "youtube"}, {"youtu.be/", "youtube"},
        {"twitter.com/", "twitter"},     {"x.com/", "twitter"},      {"facebook.com/", "facebook"}, {"twitch.tv/", "twitch"}};
    if (cell.find('.') == std::string_view::npos) return {};
    const std::string lowered = lower_ascii(cell);  // once, not once per host
    for (const auto& [host, platform] : hosts) {
        if (host_at(lowered, host) != std::string::npos) return platform;
    }
    return {};
}

bool known_platform(std::string_view normal) {
    for (const std::string_view known : {"instagram", "tiktok", "youtube", "facebook", "twitch", "twitter", "x", "snapchat", "pinterest",
                                         "linkedin", "threads", "kick", "bluesky"}) {
        if (normal == known) return true;
    }
    return false;
}

bool email_shaped(std::string_view cell) {
    const auto at = cell.find('@');
    return at != std::string_view::npos && at > 0 && cell.find('.', at) != std::string_view::npos && cell.find(' ') == std::string_view::npos;
}

bool spaced_text(std::string_view cell) {
    const bool has_space = cell.find(' ') != std::string_view::npos;
    const bool has_letter = std::any_of(cell.begin(), cell.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
    });
    return has_space && has_letter;
}

}  // namespace

ValueProfile profile_values(std::span<const std::string_view> cells, NumberLocale locale) {
    ValueProfile p;
    std::unordered_set<std::string_view> seen;
    std::string platform, currency;
    bool one_platform = true, one_currency = true;
    std::vector<double> counts;  // an ambiguous one negated until the column is read
    bool decimals = false;
    for (std::string_view cell : cells) {
        cell = trim(cell);
        if (is_missing_token(cell)) continue;
        ++p.values;
        if (p.example.empty()) p.example = std::string(utf8_prefix(cell, 24));
        seen.insert(cell);
        const std::string_view linked = link_platform(cell);
        if (!linked.empty()) {
            ++p.profile_links;
            if (platform.empty()) platform = std::string(linked);
            one_platform = one_platform && platform == linked;
        }
        if (username_shaped(cell)) ++p.usernames;
        if (equals_ignoring_case(cell.substr(0, 7), "http://") || equals_ignoring_case(cell.substr(0, 8), "https://")) ++p.urls;
        if (spaced_text(cell)) ++p.spaced;
        if (email_shaped(cell)) ++p.emails;
        if (!country_code(cell).empty()) ++p.countries;
        if (known_platform(normalize_platform(cell))) {
            ++p.platforms;
            if (cell.size() > 1) ++p.platform_names;  // "x" may be a check mark
        }
        if (const auto count = parse_count(cell, locale); count.has_value()) {
            ++p.counts;
            // "45.000" followers in a comma file: 45,000 unless the column shows decimals (as the reader settles it)
            const bool ambiguous = ambiguous_grouping(cell, other_locale(locale));
            counts.push_back(ambiguous ? -count.value : count.value);
            decimals = decimals || (!ambiguous && shows_decimal_mark(cell, locale));
        }
        if (parse_number(cell, locale).has_value()) {
            ++p.numbers;
            std::string_view amount = cell;
            const std::string_view code = take_currency_code(amount);
            if (!code.empty()) {
                ++p.money;
                if (p.money == 1) currency = std::string(code);
                one_currency = one_currency && currency == code;
            }
        }
        if (const auto rate = parse_rate(cell, locale); rate.has_value() && rate.value >= -1.0 && rate.value <= 1.0) ++p.rates;
        if (cell.find('%') != std::string_view::npos) ++p.percent_signs;
        if (read_date(cell).time.has_value()) ++p.dates;
        if (parse_flag(cell).has_value()) ++p.flags;
    }
    p.distinct = static_cast<std::uint32_t>(seen.size());
    for (double& count : counts) count = count < 0 ? (decimals ? -count : -count * 1000.0) : count;
    if (!counts.empty()) {
        std::nth_element(counts.begin(), counts.begin() + static_cast<std::ptrdiff_t>(counts.size() / 2), counts.end());
        p.count_median = counts[counts.size() / 2];
    }
    if (one_platform && p.profile_links * 2 > p.values) p.link_platform = platform;
    if (one_currency && p.money * 10 >= p.values * 9 && p.money > 0) p.currency = currency;
    return p;
}

}  // namespace creatorscope
