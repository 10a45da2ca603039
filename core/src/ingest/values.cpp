// Reading cell values: numbers with locales and suffixes, rates, flags and dates.
#include "ingest/values.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdint>
#include <cstdlib>

#include "model/text.hpp"

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

// Reads digits, group separators and one decimal mark into a plain "123456.78" string. Groups
// after a separator have exactly three digits ("1,234,567"), so "1,5" is not a grouped number.
bool normalize_digits(std::string_view text, NumberLocale locale, std::string& out) {
    const char decimal_mark = locale == NumberLocale::dot_decimal ? '.' : ',';
    const char group_mark = locale == NumberLocale::dot_decimal ? ',' : '.';
    bool seen_decimal = false;
    bool seen_digit = false;
    int group_digits = -1;  // digits since the last group separator; -1 before any separator
    out.clear();
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (is_digit(c)) {
            out.push_back(c);
            seen_digit = true;
            if (group_digits >= 0 && !seen_decimal) ++group_digits;
        } else if (c == decimal_mark) {
            if (seen_decimal || (group_digits >= 0 && group_digits != 3)) return false;
            seen_decimal = true;
            out.push_back('.');
        } else if (c == group_mark || c == ' ' || c == '\'' ||
                   (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0')) {
            // A group separator sits between digits, after one to three digits or a full group.
            if (c == '\xC2') ++i;  // no-break space used as a group separator (French exports)
            if (!seen_digit || seen_decimal || (group_digits >= 0 && group_digits != 3)) return false;
            if (group_digits < 0 && out == "0") return false;  // "0.244" is no grouped number
            if (i + 1 >= text.size() || !is_digit(text[i + 1])) return false;
            group_digits = 0;
        } else {
            return false;
        }
    }
    return seen_digit && (group_digits < 0 || group_digits == 3 || seen_decimal);
}

}  // namespace


bool is_missing_token(std::string_view cell) {
    cell = trim(cell);
    if (cell.empty()) return true;
    if (cell.size() > 9) return false;  // longer than any token below
    // Every token starts with one of these bytes: most cells are told apart by their first.
    switch (cell.front()) {
        case '-': case '\xE2': case 'n': case 'N': case 'u': case 'U': case 'h': case 'H': case '#': case '(':
            break;
        default:
            return false;
    }
    if (cell == "-" || cell == "\xE2\x80\x94" /* — */ || cell == "\xE2\x80\x93" /* – */) return true;
    static constexpr std::array<std::string_view, 10> tokens{
        "n/a", "na", "null", "none", "undefined", "hidden", "nan", "--", "#n/a", "(hidden)"};
    for (auto token : tokens) {
        if (equals_ignoring_case(cell, token)) return true;
    }
    return false;
}

namespace {

// The magnitude written after a figure, taken off text: "3.3k", "1.2M", "1B", and the words of
// lists in other languages: "35 mil" (es, pt: thousand), "1,2 M", "2 Mio." (de), "1,5 mln" (it,
// pl), "3 mi" (pt: million), "2 Mrd." (de), "1 Md" (fr: milliard). 1 when there is none.
double take_magnitude(std::string_view& text) {
    std::size_t start = text.size();
    while (start > 0 && ((text[start - 1] >= 'a' && text[start - 1] <= 'z') || (text[start - 1] >= 'A' && text[start - 1] <= 'Z') ||
                         text[start - 1] == '.')) {
        --start;
    }
    std::string word = lower_ascii(text.substr(start));
    while (!word.empty() && word.back() == '.') word.pop_back();
    // (a data table)
    static constexpr std::pair<std::string_view, double> words[] = {
        {"k", 1e3},   {"mil", 1e3},     {"tsd", 1e3},      {"thousand", 1e3}, {"m", 1e6},   {"mm", 1e6},  {"mio", 1e6},
        {"mln", 1e6}, {"mill", 1e6},    {"mi", 1e6},       {"million", 1e6},  {"millones", 1e6}, {"millions", 1e6},
        {"b", 1e9},   {"bn", 1e9},      {"mrd", 1e9},      {"md", 1e9},       {"billion", 1e9}};
    if (word.empty() || start == 0) return 1.0;
    for (const auto& [name, value] : words) {
        if (word == name) {
            const std::string_view figure = trim(text.substr(0, start));
            if (figure.empty() || figure.back() == '.' || !(figure.back() >= '0' && figure.back() <= '9')) return 1.0;
            text = figure;
            return value;
        }
    }
    return 1.0;
}

}  // namespace

// A currency before or after an amount ("$1,200", "1.200 €", "USD 1200", "R$ 350"): taken off,
// so that a fee or a revenue reads as its number. True when one was there.
std::string_view take_currency_code(std::string_view& text) {
    // The symbols and the currency each stands for where a list gives no other ("$": US dollars,
    // as the EMV table's figures are; a list in another dollar names it: "C$", "A$").
    static constexpr std::pair<std::string_view, std::string_view> symbols[] = {
        {"US$", "USD"}, {"R$", "BRL"}, {"C$", "CAD"}, {"A$", "AUD"}, {"$", "USD"}, {"\xE2\x82\xAC", "EUR"} /* € */,
        {"\xC2\xA3", "GBP"} /* £ */, {"\xC2\xA5", "JPY"} /* ¥ */, {"\xE2\x82\xB9", "INR"} /* ₹ */, {"\xE2\x82\xA9", "KRW"} /* ₩ */};
    for (const auto& [symbol, code] : symbols) {
        if (text.starts_with(symbol)) {
            text = trim(text.substr(symbol.size()));
            return code;
        }
        if (text.ends_with(symbol)) {
            text = trim(text.substr(0, text.size() - symbol.size()));
            return code;
        }
    }
    // An ISO 4217 code: three capital letters, then a space, or after one.
    const auto is_code = [](std::string_view letters) {
        return letters.size() == 3 && std::all_of(letters.begin(), letters.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    };
    if (text.size() > 4 && text[3] == ' ' && is_code(text.substr(0, 3))) {
        const std::string_view code = text.substr(0, 3);
        text = trim(text.substr(4));
        return code;
    }
    if (text.size() > 4 && text[text.size() - 4] == ' ' && is_code(text.substr(text.size() - 3))) {
        const std::string_view code = text.substr(text.size() - 3);
        text = trim(text.substr(0, text.size() - 4));
        return code;
    }
    return {};
}

bool take_currency(std::string_view& text) { return !take_currency_code(text).empty(); }

Parsed<double> parse_number(std::string_view cell, NumberLocale locale) {
    // Fast path: plain digits, the form almost every count takes ("1234").
    if (!cell.empty() && cell.size() <= 15) {
        std::uint64_t value = 0;
        bool digits_only = true;
        for (char c : cell) {
            if (c < '0' || c > '9') {
                digits_only = false;
                break;
            }
            value = value * 10 + static_cast<std::uint64_t>(c - '0');
        }
        if (digits_only) return Parsed<double>::of(static_cast<double>(value));
    }
    std::string_view text = trim(cell);
    if (is_missing_token(text)) return Parsed<double>::none();
    bool negative = false;
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
        negative = text.front() == '-';
        text = trim(text.substr(1));
    }
    take_currency(text);
    const double multiplier = take_magnitude(text);
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
        // The other convention may fit where the file's does not: "1,5" in a comma-separated
        // file is one and a half, "1.234,5" is 1234.5 (a value from a European spreadsheet).
        const NumberLocale other = effective == NumberLocale::dot_decimal ? NumberLocale::comma_decimal : NumberLocale::dot_decimal;
        if (!normalize_digits(text, other, digits)) return Parsed<double>::bad("expected a number, found " + quote_cell(cell));
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

bool ambiguous_grouping(std::string_view cell, NumberLocale locale) {
    std::string_view text = trim(cell);
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) text.remove_prefix(1);
    const char group = locale == NumberLocale::dot_decimal ? ',' : '.';
    const std::size_t mark = text.find(group);
    if (mark == std::string_view::npos || mark == 0 || mark > 3 || text.size() != mark + 4) return false;
    if (mark == 1 && text[0] == '0') return false;
    for (std::size_t k = 0; k < text.size(); ++k) {
        if (k != mark && !is_digit(text[k])) return false;
    }
    return true;
}

bool only_other_convention(std::string_view cell, NumberLocale locale) {
    std::string_view text = trim(cell);
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) text = trim(text.substr(1));
    if (text.empty() || !(is_digit(text.back()))) return false;  // suffixed figures decide for themselves
    std::string digits;
    const NumberLocale other = locale == NumberLocale::dot_decimal ? NumberLocale::comma_decimal : NumberLocale::dot_decimal;
    return !normalize_digits(text, locale, digits) && normalize_digits(text, other, digits);
}

NumberLocale other_locale(NumberLocale locale) {
    return locale == NumberLocale::dot_decimal ? NumberLocale::comma_decimal : NumberLocale::dot_decimal;
}

bool shows_decimal_mark(std::string_view cell, NumberLocale locale) {
    std::string_view text = trim(cell);
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) text = trim(text.substr(1));
    if (text.empty() || !is_digit(text.back())) return false;
    const char mark = locale == NumberLocale::dot_decimal ? '.' : ',';
    if (text.find(mark) == std::string_view::npos || ambiguous_grouping(text, other_locale(locale))) return false;
    std::string digits;
    return normalize_digits(text, locale, digits);
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

int quick_flag_bytes(const char* data, std::size_t size) {
    const std::string_view text(data, size);
    const auto is = [&text](std::string_view lowered) { return equals_ignoring_case(text, lowered); };
    switch (text.size()) {
        case 1: {
            const char c = lower_ascii_char(text[0]);
            if (c == '1' || c == 'y' || c == 'x') return 1;
            if (c == '0' || c == 'n') return 0;
            return -1;
        }
        case 2: return is("no") ? 0 : -1;
        case 3: return is("yes") ? 1 : -1;
        case 4: return is("true") || is("paid") ? 1 : -1;
        case 5: return is("false") ? 0 : -1;
        case 7: return is("organic") ? 0 : -1;
        default: return -1;
    }
}

namespace {

// Yes and no in the languages of the exports (German, Spanish, French, Portuguese, Italian), and
// the words other tools write: 1 for yes, 0 for no, -1 for neither.
int other_words_flag(std::string_view text) {
    static constexpr std::pair<std::string_view, int> words[] = {
        {"ja", 1},       {"nein", 0},  {"wahr", 1},     {"falsch", 0}, {"si", 1},       {"s\xC3\xAD", 1}, {"verdadero", 1},
        {"falso", 0},    {"oui", 1},   {"non", 0},      {"vrai", 1},   {"faux", 0},     {"sim", 1},       {"n\xC3\xA3o", 0},
        {"nao", 0},      {"vero", 1},  {"y", 1},        {"t", 1},      {"f", 0},        {"on", 1},        {"off", 0},
        {"private", 1},  {"public", 0}, {"privat", 1},  {"\xC3\xB6" "ffentlich", 0}, {"\xC3\x96" "ffentlich", 0},
        {"verdadeiro", 1}, {"s\xC3\xAC", 1}, {"s\xC3\x8D", 1}, {"s\xC3\x8C", 1}, {"n\xC3\x83o", 0}, {"vrai", 1},
    };
    std::string lowered;
    for (char c : text) lowered.push_back(lower_ascii_char(c));
    for (const auto& [word, flag] : words) {
        if (lowered == word) return flag;
    }
    return -1;
}

}  // namespace

Parsed<bool> parse_flag(std::string_view cell) {
    const std::string_view text = trim(cell);
    if (const int flag = quick_flag(text); flag >= 0) return Parsed<bool>::of(flag == 1);
    if (const int flag = other_words_flag(text); flag >= 0) return Parsed<bool>::of(flag == 1);
    if (is_missing_token(text)) return Parsed<bool>::none();
    return Parsed<bool>::bad("expected yes or no, found " + quote_cell(cell));
}

double round_to(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

}  // namespace creatorscope
