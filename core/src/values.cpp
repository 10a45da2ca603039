// Reading cell values: numbers with locales and suffixes, rates, flags and dates.
#include "creatorscope/values.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "creatorscope/text.hpp"

namespace creatorscope {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string quote_cell(std::string_view cell) {
    std::string out = "'";
    out += utf8_prefix(cell, 40);
    if (cell.size() > 40) out += "...";
    out += "'";
    return out;
}

// Reads digits, separators and one decimal mark into a plain "123456.78" string.
bool normalize_digits(std::string_view text, NumberLocale locale, std::string& out) {
    const char decimal_mark = locale == NumberLocale::dot_decimal ? '.' : ',';
    const char group_mark = locale == NumberLocale::dot_decimal ? ',' : '.';
    bool seen_decimal = false;
    bool seen_digit = false;
    out.clear();
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (is_digit(c)) {
            out.push_back(c);
            seen_digit = true;
        } else if (c == decimal_mark) {
            if (seen_decimal) return false;
            seen_decimal = true;
            out.push_back('.');
        } else if (c == group_mark || c == ' ' || c == '\'') {
            // Group separators sit between digits: "1,234" yes, ",5" or "1,,2" no.
            if (!seen_digit || seen_decimal || i + 1 >= text.size() || !is_digit(text[i + 1])) return false;
        } else if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {
            ++i;  // no-break space used as a group separator (French exports)
        } else {
            return false;
        }
    }
    return seen_digit;
}

}  // namespace

bool is_missing_token(std::string_view cell) {
    cell = trim(cell);
    if (cell.empty()) return true;
    if (cell == "-" || cell == "\xE2\x80\x94" /* — */ || cell == "\xE2\x80\x93" /* – */) return true;
    static constexpr std::array<std::string_view, 10> tokens{
        "n/a", "na", "null", "none", "undefined", "hidden", "nan", "--", "#n/a", "(hidden)"};
    const std::string folded = lower_ascii(cell);
    for (auto token : tokens) {
        if (folded == token) return true;
    }
    return false;
}

Parsed<double> parse_number(std::string_view cell, NumberLocale locale) {
    std::string_view text = trim(cell);
    if (is_missing_token(text)) return Parsed<double>::none();
    bool negative = false;
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
        negative = text.front() == '-';
        text = trim(text.substr(1));
    }
    double multiplier = 1.0;
    if (!text.empty()) {
        switch (text.back()) {
            case 'k': case 'K': multiplier = 1e3; break;
            case 'm': case 'M': multiplier = 1e6; break;
            case 'b': case 'B': multiplier = 1e9; break;
            default: break;
        }
        if (multiplier != 1.0) text = trim(text.substr(0, text.size() - 1));
    }
    std::string digits;
    // A suffixed figure ("3.3k", "1,2M") is always a short decimal: its separator is the
    // decimal mark whatever the locale.
    NumberLocale effective = locale;
    if (multiplier != 1.0 && text.find(',') != std::string_view::npos && text.find('.') == std::string_view::npos) {
        effective = NumberLocale::comma_decimal;
    } else if (multiplier != 1.0) {
        effective = NumberLocale::dot_decimal;
    }
    if (!normalize_digits(text, effective, digits)) {
        return Parsed<double>::bad("expected a number, found " + quote_cell(cell));
    }
    // strtod in the "C" locale (nothing here calls setlocale) on plain "123.45" text: correctly
    // rounded in glibc and in Emscripten's musl alike, so native and WebAssembly agree.
    // (std::from_chars for double is missing from Emscripten's libc++.)
    char* end = nullptr;
    double value = std::strtod(digits.c_str(), &end);
    if (end != digits.c_str() + digits.size()) {
        return Parsed<double>::bad("expected a number, found " + quote_cell(cell));
    }
    value *= multiplier;
    if (multiplier != 1.0) value = std::round(value);  // "3.3k" is 3,300 people, not 3,300.0000001
    return Parsed<double>::of(negative ? -value : value);
}

Parsed<double> parse_count(std::string_view cell, NumberLocale locale) {
    auto parsed = parse_number(cell, locale);
    if (!parsed.has_value()) return parsed;
    if (parsed.value == -1) return Parsed<double>::none();  // platforms write -1 for hidden counts
    if (parsed.value < 0) return Parsed<double>::bad("expected a count of zero or more, found " + quote_cell(cell));
    return parsed;
}

Parsed<double> parse_rate(std::string_view cell, NumberLocale locale) {
    std::string_view text = trim(cell);
    bool percent = false;
    if (!text.empty() && text.back() == '%') {
        percent = true;
        text = trim(text.substr(0, text.size() - 1));
    }
    auto parsed = parse_number(text, locale);
    if (parsed.state == Parsed<double>::State::invalid) {
        return Parsed<double>::bad("expected a rate such as 4.2% or 0.042, found " + quote_cell(cell));
    }
    if (!parsed.has_value()) return parsed;
    if (percent || parsed.value > 1.0) parsed.value /= 100.0;
    return parsed;
}

Parsed<bool> parse_flag(std::string_view cell) {
    const std::string folded = lower_ascii(trim(cell));
    if (is_missing_token(folded)) return Parsed<bool>::none();
    if (folded == "1" || folded == "true" || folded == "yes" || folded == "y" || folded == "paid" || folded == "x") {
        return Parsed<bool>::of(true);
    }
    if (folded == "0" || folded == "false" || folded == "no" || folded == "n" || folded == "organic") {
        return Parsed<bool>::of(false);
    }
    return Parsed<bool>::bad("expected yes or no, found " + quote_cell(cell));
}

std::int64_t days_from_civil(int year, unsigned month, unsigned day) {
    // http://howardhinnant.github.io/date_algorithms.html#days_from_civil
    year -= month <= 2 ? 1 : 0;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const auto year_of_era = static_cast<unsigned>(year - era * 400);
    const unsigned day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + static_cast<std::int64_t>(day_of_era) - 719468;
}

std::string format_date(std::int64_t seconds_since_epoch) {
    // http://howardhinnant.github.io/date_algorithms.html#civil_from_days
    std::int64_t z = seconds_since_epoch >= 0 ? seconds_since_epoch / seconds_per_day
                                              : -((-seconds_since_epoch + seconds_per_day - 1) / seconds_per_day);
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto day_of_era = static_cast<unsigned>(z - era * 146097);
    const unsigned year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const unsigned day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const unsigned mp = (5 * day_of_year + 2) / 153;
    const unsigned day = day_of_year - (153 * mp + 2) / 5 + 1;
    const unsigned month = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t year = static_cast<std::int64_t>(year_of_era) + era * 400 + (month <= 2 ? 1 : 0);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02u", static_cast<long long>(year), month, day);
    return buffer;
}

double round_to(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

namespace {

// A cursor over a date string.
struct Scanner {
    std::string_view text;
    std::size_t at = 0;
    bool done() const { return at >= text.size(); }
    char peek() const { return done() ? '\0' : text[at]; }
    bool take(char c) {
        if (peek() != c) return false;
        ++at;
        return true;
    }
    // Reads between min and max digits.
    bool number(int min_digits, int max_digits, int& out) {
        int count = 0;
        out = 0;
        while (!done() && is_digit(peek()) && count < max_digits) {
            out = out * 10 + (text[at] - '0');
            ++at;
            ++count;
        }
        return count >= min_digits;
    }
    void skip_spaces() {
        while (!done() && (peek() == ' ' || peek() == '\t')) ++at;
    }
};

bool valid_date(int year, int month, int day) {
    if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
    static constexpr std::array<int, 12> days{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (day > days[static_cast<std::size_t>(month - 1)]) return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return !(month == 2 && day == 29 && !leap);
}

// English month names and their three-letter forms.
int month_from_name(std::string_view word) {
    static constexpr std::array<std::string_view, 12> names{
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december"};
    const std::string folded = lower_ascii(word);
    if (folded.size() < 3) return 0;
    for (std::size_t i = 0; i < names.size(); ++i) {
        const auto& name = names[i];
        if (folded == name || (folded.size() >= 3 && name.substr(0, folded.size()) == folded) ||
            (folded == "sept" && i == 8)) {
            return static_cast<int>(i) + 1;
        }
    }
    return 0;
}

// Optional "T14:03[:05[.123]]" or " 14:03" and a zone "Z", "+02:00", "+0200", " UTC".
bool read_time_and_zone(Scanner& s, std::int64_t& seconds) {
    seconds = 0;
    if (s.done()) return true;
    if (!s.take('T') && !s.take(' ') && !is_digit(s.peek())) return false;
    s.skip_spaces();
    int hour = 0, minute = 0, second = 0;
    if (!s.number(1, 2, hour) || !s.take(':') || !s.number(2, 2, minute)) return false;
    if (s.take(':') && !s.number(2, 2, second)) return false;
    if (s.take('.') || s.take(',')) {
        int fraction = 0;
        if (!s.number(1, 9, fraction)) return false;
    }
    s.skip_spaces();
    if (hour > 23 || minute > 59 || second > 60) return false;
    std::int64_t offset = 0;
    if (s.take('Z') || s.take('z')) {
    } else if (s.peek() == '+' || s.peek() == '-') {
        const bool minus = s.peek() == '-';
        ++s.at;
        int oh = 0, om = 0;
        if (!s.number(2, 2, oh)) return false;
        s.take(':');
        if (!s.done()) s.number(2, 2, om);
        offset = (oh * 3600 + om * 60) * (minus ? -1 : 1);
    } else {
        const std::string rest = lower_ascii(trim(s.text.substr(s.at)));
        if (rest == "utc" || rest == "gmt") s.at = s.text.size();
    }
    s.skip_spaces();
    if (!s.done()) return false;
    seconds = hour * 3600 + minute * 60 + second - offset;
    return true;
}

}  // namespace

Parsed<std::int64_t> parse_timestamp(std::string_view cell) {
    const std::string_view text = trim(cell);
    if (is_missing_token(text)) return Parsed<std::int64_t>::none();
    const auto bad = [&] {
        return Parsed<std::int64_t>::bad("expected a date such as 2025-08-28 or Aug 28, 2025, found " + quote_cell(cell));
    };

    // Unix time: 9-10 digits are seconds, 12-13 digits are milliseconds.
    bool all_digits = !text.empty();
    for (char c : text) all_digits = all_digits && is_digit(c);
    if (all_digits && (text.size() == 9 || text.size() == 10 || text.size() == 12 || text.size() == 13)) {
        std::int64_t value = 0;
        std::from_chars(text.data(), text.data() + text.size(), value);
        if (text.size() >= 12) value /= 1000;
        return Parsed<std::int64_t>::of(value);
    }

    Scanner s{text};
    int year = 0, month = 0, day = 0;
    std::int64_t time_of_day = 0;
    if (is_digit(s.peek())) {
        int first = 0;
        const std::size_t start = s.at;
        s.number(1, 4, first);
        const std::size_t first_digits = s.at - start;
        const char separator = s.peek();
        if (first_digits == 4 && (separator == '-' || separator == '/' || separator == '.')) {
            // ISO 8601 (and 2025/08/28)
            year = first;
            ++s.at;
            if (!s.number(1, 2, month) || !s.take(separator) || !s.number(1, 2, day)) return bad();
        } else if (first_digits <= 2 && (separator == '/' || separator == '.' || separator == '-')) {
            int second = 0;
            ++s.at;
            if (s.number(1, 2, second)) {
                if (!s.take(separator) || !s.number(2, 4, year)) return bad();
                if (year < 100) year += 2000;
                // Day-first when the first number cannot be a month; also with dots (German style).
                if (first > 12 || separator == '.') {
                    day = first;
                    month = second;
                } else {
                    month = first;
                    day = second;
                }
            } else {
                // "28-Aug-2025"
                const std::size_t word_start = s.at;
                while (!s.done() && s.peek() != separator) ++s.at;
                month = month_from_name(s.text.substr(word_start, s.at - word_start));
                day = first;
                if (month == 0 || !s.take(separator) || !s.number(2, 4, year)) return bad();
                if (year < 100) year += 2000;
            }
        } else if (first_digits <= 2 && separator == ' ') {
            // "28 Aug 2025" or "28 August, 2025"
            day = first;
            s.skip_spaces();
            const std::size_t word_start = s.at;
            while (!s.done() && s.peek() != ' ' && s.peek() != ',') ++s.at;
            month = month_from_name(s.text.substr(word_start, s.at - word_start));
            s.take(',');
            s.skip_spaces();
            if (month == 0 || !s.number(4, 4, year)) return bad();
        } else {
            return bad();
        }
    } else {
        // "Aug 28, 2025" or "August 28 2025"
        const std::size_t word_start = s.at;
        while (!s.done() && s.peek() != ' ' && s.peek() != '.') ++s.at;
        month = month_from_name(s.text.substr(word_start, s.at - word_start));
        s.take('.');
        s.skip_spaces();
        if (month == 0 || !s.number(1, 2, day)) return bad();
        s.take(',');
        s.skip_spaces();
        if (!s.number(4, 4, year)) return bad();
        if (s.take(',')) s.skip_spaces();
    }
    if (!valid_date(year, month, day)) return bad();
    if (!read_time_and_zone(s, time_of_day)) return bad();
    return Parsed<std::int64_t>::of(days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) *
                                        seconds_per_day +
                                    time_of_day);
}

}  // namespace creatorscope
