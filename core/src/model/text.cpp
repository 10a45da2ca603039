// Text helpers: trimming, folding and the canonical forms of handles and platform names.
#include "model/text.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <utility>

namespace creatorscope {

namespace {
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }
}  // namespace

std::string_view trim_edges(std::string_view text) {
    // U+00A0 (no-break space, C2 A0) is common in spreadsheet exports: trim it too.
    for (;;) {
        if (!text.empty() && is_space(text.front())) {
            text.remove_prefix(1);
        } else if (text.size() >= 2 && text[0] == '\xC2' && text[1] == '\xA0') {
            text.remove_prefix(2);
        } else {
            break;
        }
    }
    for (;;) {
        if (!text.empty() && is_space(text.back())) {
            text.remove_suffix(1);
        } else if (text.size() >= 2 && text[text.size() - 2] == '\xC2' && text.back() == '\xA0') {
            text.remove_suffix(2);
        } else {
            break;
        }
    }
    return text;
}

bool contains_ignoring_case(std::string_view text, std::string_view lowered) {
    if (lowered.empty()) return true;
    if (lowered.size() > text.size()) return false;
    for (std::size_t i = 0; i + lowered.size() <= text.size(); ++i) {
        if (lower_ascii_char(text[i]) != lowered.front()) continue;
        std::size_t k = 1;
        while (k < lowered.size() && lower_ascii_char(text[i + k]) == lowered[k]) ++k;
        if (k == lowered.size()) return true;
    }
    return false;
}

std::string lower_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = lower_ascii_char(c);
    return out;
}

std::string fold_column_name(std::string_view header) {
    std::string out;
    out.reserve(header.size());
    for (char c : header) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80) {
            out.push_back(c);
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            out.push_back(c);
        } else if (c >= 'A' && c <= 'Z') {
            out.push_back(lower_ascii_char(c));
        }
    }
    return out;
}

std::string normalize_handle(std::string_view handle) {
    handle = trim(handle);
    if (!handle.empty() && handle.front() == '@') handle.remove_prefix(1);
    return lower_ascii(trim(handle));
}

std::string normalize_platform(std::string_view platform) {
    const std::string folded = fold_column_name(platform);
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 12> aliases{{
        {"instagram", "instagram"}, {"ig", "instagram"}, {"insta", "instagram"},
        {"instagramreels", "instagram"}, {"tiktok", "tiktok"}, {"tt", "tiktok"},
        {"youtube", "youtube"}, {"yt", "youtube"}, {"youtubeshorts", "youtube"},
        {"facebook", "facebook"}, {"fb", "facebook"}, {"twitch", "twitch"},
    }};
    for (const auto& [alias, canonical] : aliases) {
        if (folded == alias) return std::string(canonical);
    }
    return folded;
}

std::string upper_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    return out;
}

std::vector<std::string_view> split_trimmed(std::string_view text, std::string_view separators) {
    std::vector<std::string_view> pieces;
    std::size_t at = 0;
    while (at <= text.size()) {
        std::size_t end = text.find_first_of(separators, at);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view piece = trim(text.substr(at, end - at));
        if (!piece.empty()) pieces.push_back(piece);
        at = end + 1;
    }
    return pieces;
}

std::string format_compact(double value) {
    if (std::isnan(value)) return "-";
    char text[32];
    // 999,999 rounds to 1000.0k at one decimal: it is 1.00M.
    if (std::fabs(value) >= 999950) {
        std::snprintf(text, sizeof text, "%.2fM", value / 1e6);
    } else if (std::fabs(value) >= 1e4) {
        std::snprintf(text, sizeof text, "%.1fk", value / 1e3);
    } else {
        return format_number(std::round(value), 0);
    }
    return text;
}

std::string format_number(double value, int decimals) {
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    std::string out = text;
    const std::size_t dot = out.find('.');
    const std::size_t end = dot == std::string::npos ? out.size() : dot;
    const std::size_t start = out[0] == '-' ? 1 : 0;
    for (std::ptrdiff_t at = static_cast<std::ptrdiff_t>(end) - 3; at > static_cast<std::ptrdiff_t>(start); at -= 3) {
        out.insert(static_cast<std::size_t>(at), ",");
    }
    return out;
}

std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return text;
    std::size_t end = max_bytes;
    // Step back over continuation bytes (10xxxxxx) so the cut lands on a character boundary.
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return text.substr(0, end);
}

}  // namespace creatorscope
