// Text and figures as callers show them: numbers with thousands separators or in compact form
// ("13.8M"), dates as YYYY-MM-DD, and the few text helpers the page's fields need.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace creatorscope {

// Without white space (and no-break spaces) at either end. Inline: most cells have none.
std::string_view trim_edges(std::string_view text);

inline std::string_view trim(std::string_view text) {
    if (text.empty()) return text;
    const auto first = static_cast<unsigned char>(text.front()), last = static_cast<unsigned char>(text.back());
    if (first > ' ' && first != 0xC2 && last > ' ' && last != 0xA0) return text;
    return trim_edges(text);
}

std::string lower_ascii(std::string_view text);

// The pieces of `text` between any of `separators`, trimmed, empty ones left out
// ("a > b >  c" by ">" gives a, b, c).
std::vector<std::string_view> split_trimmed(std::string_view text, std::string_view separators);

// A number for people: "12,345", "-36", "1,234.5" (decimals as asked, thousands separated).
std::string format_number(double value, int decimals = 0);

// Axis labels: "1.50M", "185.9k", "940"; "-" for a missing value.
std::string format_compact(double value);

// "YYYY-MM-DD" of the day containing a timestamp.
std::string format_date(std::int64_t seconds_since_epoch);

}  // namespace creatorscope
