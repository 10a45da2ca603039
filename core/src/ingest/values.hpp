// Cell values as marketers' exports write them: counts with thousands separators and k/M/B
// suffixes, rates as "4.2%" or "0.042", the many spellings of "no value", and dates.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

namespace creatorscope {

// How a file writes decimals: "1,234.5" (dot) or "1.234,5" (comma, European Excel).
enum class NumberLocale { dot_decimal, comma_decimal };

// The result of reading one cell: a value, an honest "no value", or text that is not a value.
template <typename T>
struct Parsed {
    enum class State { value, missing, invalid };
    State state = State::missing;
    T value{};
    std::string reason;  // set when invalid: what was expected and what was found

    bool has_value() const { return state == State::value; }
    static Parsed of(T v) { return Parsed{State::value, v, {}}; }
    static Parsed none() { return Parsed{State::missing, T{}, {}}; }
    static Parsed bad(std::string why) { return Parsed{State::invalid, T{}, std::move(why)}; }
};

// True for the spellings of "no value" in exports: "", "-", "—", "n/a", "NA", "null", "none",
// "undefined", "hidden", "nan". Such cells are missing, never zero (PRODUCT.md section 2).
bool is_missing_token(std::string_view cell);

// A decimal number: "1,234", "1 234", "12.5K", "3.3k", "1.2M", "475.8m", "1B", "-3.5".
Parsed<double> parse_number(std::string_view cell, NumberLocale locale);
// Takes a currency symbol or ISO 4217 code off an amount ("$1,200", "1.200 €", "USD 1200");
// true when there was one. parse_number does this itself.
bool take_currency(std::string_view& text);
// The same, giving the currency's ISO 4217 code ("$" is USD, "€" EUR, "R$" BRL); empty when none.
// The view returned points into text or into a static table.
std::string_view take_currency_code(std::string_view& text);

// "2.402" in a semicolon file (comma decimals) reads as 2,402 but may be 2.402 written with a
// dot: one group mark followed by exactly three digits, after one to three digits. A column
// whose other values show the other convention ("0.244", "74.5") is read again that way.
bool ambiguous_grouping(std::string_view cell, NumberLocale locale);
// The cell is a number only in the other convention than the file's ("1,5" in a comma file).
bool only_other_convention(std::string_view cell, NumberLocale locale);
// The convention that is not the file's.
NumberLocale other_locale(NumberLocale locale);
// The cell shows the file's decimal mark beyond doubt: the mark with other than three digits
// after it, or after a lone zero ("12.5", "7.0", "0.250", "1,234.56" in a comma file); a
// suffixed figure ("3.3k") decides nothing.
bool shows_decimal_mark(std::string_view cell, NumberLocale locale);

// A count (followers, likes, views): a non-negative number; -1 is a platform's "hidden" and
// reads as missing.
Parsed<double> parse_count(std::string_view cell, NumberLocale locale);

// A rate as a fraction: "4.2%" is 0.042 and so is "0.042". A bare number above 1 is read as a
// percent ("4.2" is 0.042), since no share or engagement rate in these exports exceeds 100%.
Parsed<double> parse_rate(std::string_view cell, NumberLocale locale);

// A yes/no cell: 1/0, true/false, yes/no, y/n, x, paid/organic.
Parsed<bool> parse_flag(std::string_view cell);
// The same for trimmed text, without the reason: 1, 0, or -1 when it is no yes/no word. The
// wrapper is inline so that the text reaches quick_flag_bytes as a pointer and a size (see
// StringPool::intern): the reader calls it on every yes/no cell.
int quick_flag_bytes(const char* data, std::size_t size);
inline int quick_flag(std::string_view text) { return quick_flag_bytes(text.data(), text.size()); }

// A real number with a fixed number of decimals, so that figures print the same on every
// platform and build ("0.0123" rather than "0.012299999999999998").
double round_to(double value, int decimals);

}  // namespace creatorscope
