// Reading dates in the forms exports use, in six languages, and placing yearless dates.
#include "ingest/dates.hpp"

#include <array>
#include <charconv>
#include <cstdio>
#include <vector>

#include "model/text.hpp"

namespace creatorscope {

std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

std::int64_t days_from_civil(int year, unsigned month, unsigned day) {
    year -= month <= 2 ? 1 : 0;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const auto year_of_era = static_cast<unsigned>(year - era * 400);
    const unsigned day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + static_cast<std::int64_t>(day_of_era) - 719468;
}

CivilDate civil_from_days(std::int64_t z) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto day_of_era = static_cast<unsigned>(z - era * 146097);
    const unsigned year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const unsigned day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const unsigned mp = (5 * day_of_year + 2) / 153;
    const unsigned day = day_of_year - (153 * mp + 2) / 5 + 1;
    const unsigned month = mp < 10 ? mp + 3 : mp - 9;
    const auto year = static_cast<int>(static_cast<std::int64_t>(year_of_era) + era * 400 + (month <= 2 ? 1 : 0));
    return {year, month, day};
}

std::string format_date(std::int64_t seconds_since_epoch) {
    const CivilDate date = civil_from_days(floor_div(seconds_since_epoch, seconds_per_day));
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", date.year, date.month, date.day);
    return buffer;
}

bool valid_date(int year, int month, int day) {
    if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
    static constexpr std::array<int, 12> days{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (day > days[static_cast<std::size_t>(month - 1)]) return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return !(month == 2 && day == 29 && !leap);
}

std::int64_t encode_yearless(unsigned month, unsigned day, std::int64_t seconds_of_day) {
    return yearless_base + (static_cast<std::int64_t>(month) * 32 + day) * seconds_per_day + seconds_of_day;
}
unsigned yearless_month(std::int64_t time) { return static_cast<unsigned>((time - yearless_base) / seconds_per_day / 32); }
unsigned yearless_day(std::int64_t time) { return static_cast<unsigned>((time - yearless_base) / seconds_per_day % 32); }

std::int64_t place_yearless(std::int64_t time, int year) {
    const std::int64_t seconds_of_day = (time - yearless_base) % seconds_per_day;
    unsigned month = yearless_month(time), day = yearless_day(time);
    if (!valid_date(year, static_cast<int>(month), static_cast<int>(day))) {
        month = 3;  // February 29 outside a leap year
        day = 1;
    }
    return days_from_civil(year, month, day) * seconds_per_day + seconds_of_day;
}

std::int64_t latest_on_or_before(std::int64_t yearless, std::int64_t limit) {
    const int year = civil_from_days(floor_div(limit, seconds_per_day)).year;
    const std::int64_t same_year = place_yearless(yearless, year);
    return same_year <= limit ? same_year : place_yearless(yearless, year - 1);
}

std::int64_t earliest_on_or_after(std::int64_t yearless, std::int64_t limit) {
    const int year = civil_from_days(floor_div(limit, seconds_per_day)).year;
    const std::int64_t same_year = place_yearless(yearless, year);
    return same_year >= limit ? same_year : place_yearless(yearless, year + 1);
}

std::int64_t swap_day_and_month(std::int64_t time) {
    const std::int64_t days = floor_div(time, seconds_per_day);
    const std::int64_t seconds_of_day = time - days * seconds_per_day;
    const CivilDate date = civil_from_days(days);
    if (!valid_date(date.year, static_cast<int>(date.day), static_cast<int>(date.month))) return time;
    return days_from_civil(date.year, date.day, date.month) * seconds_per_day + seconds_of_day;
}

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Month names and abbreviations; accented letters also match their plain forms (the table has both).
struct MonthName {
    std::string_view name;
    int month;
};
constexpr MonthName month_names[] = {
    // English
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6}, {"july", 7},
    {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12}, {"jan", 1},
    {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7}, {"aug", 8}, {"sep", 9}, {"sept", 9},
    {"oct", 10}, {"nov", 11}, {"dec", 12},
    // Spanish
    {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6}, {"julio", 7},
    {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10}, {"noviembre", 11}, {"diciembre", 12},
    {"ene", 1}, {"abr", 4}, {"ago", 8}, {"dic", 12},
    // French
    {"janvier", 1}, {"f\xC3\xA9vrier", 2}, {"fevrier", 2}, {"mars", 3}, {"avril", 4}, {"mai", 5}, {"juin", 6},
    {"juillet", 7}, {"ao\xC3\xBBt", 8}, {"aout", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11},
    {"d\xC3\xA9" "cembre", 12}, {"decembre", 12}, {"janv", 1}, {"f\xC3\xA9vr", 2}, {"fevr", 2}, {"f\xC3\xA9v", 2},
    {"fev", 2}, {"avr", 4}, {"juil", 7}, {"d\xC3\xA9" "c", 12},
    // German
    {"januar", 1}, {"j\xC3\xA4nner", 1}, {"jaenner", 1}, {"februar", 2}, {"m\xC3\xA4rz", 3}, {"maerz", 3},
    {"marz", 3}, {"juni", 6}, {"juli", 7}, {"oktober", 10}, {"dezember", 12}, {"m\xC3\xA4r", 3}, {"okt", 10},
    {"dez", 12},
    // Portuguese
    {"janeiro", 1}, {"fevereiro", 2}, {"mar\xC3\xA7o", 3}, {"marco", 3}, {"maio", 5}, {"junho", 6},
    {"julho", 7}, {"setembro", 9}, {"outubro", 10}, {"novembro", 11}, {"dezembro", 12}, {"set", 9},
    {"out", 10},
    // Italian
    {"gennaio", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5}, {"giugno", 6}, {"luglio", 7},
    {"settembre", 9}, {"ottobre", 10}, {"dicembre", 12}, {"gen", 1}, {"mag", 5}, {"giu", 6}, {"lug", 7},
    {"ott", 10},
    // more English spellings
    {"janu", 1}, {"febr", 2}, {"marc", 3}, {"apri", 4}, {"augu", 8}, {"octo", 10}, {"nove", 11}, {"dece", 12},
    {"septem", 9}, {"janua", 1}, {"februa", 2}, {"novemb", 11},
};

// Lowers ASCII and the accented capitals used in these month names (Ä, É, Û, Ç: two-byte UTF-8).
std::string lower_word(std::string_view word) {
    std::string out = lower_ascii(word);
    for (std::size_t i = 0; i + 1 < out.size(); ++i) {
        const auto next = static_cast<unsigned char>(out[i + 1]);
        if (out[i] == '\xC3' && next >= 0x80 && next <= 0x9E) out[i + 1] = static_cast<char>(next + 0x20);
    }
    return out;
}

// Words between the parts of a date that carry no meaning: "28 de agosto de 2025", "the 28th of".
bool is_filler(std::string_view word) {
    static constexpr std::array<std::string_view, 8> fillers{"de", "del", "of", "the", "le", "der", "am", "do"};
    for (auto filler : fillers) {
        if (word == filler) return true;
    }
    return false;
}

struct Token {
    enum class Type { number, word } type;
    std::string_view text;
    int value = 0;  // numbers
};

// Optional "T14:03[:05[.123]]" / " 14:03" and a zone "Z", "+02:00", "+0200", " -0500", " UTC".
bool read_time_and_zone(std::string_view rest, std::int64_t& seconds) {
    seconds = 0;
    std::size_t at = 0;
    const auto peek = [&] { return at < rest.size() ? rest[at] : '\0'; };
    const auto skip_spaces = [&] {
        while (peek() == ' ' || peek() == '\t') ++at;
    };
    const auto number = [&](int min_digits, int max_digits, int& out) {
        int count = 0;
        out = 0;
        while (is_digit(peek()) && count < max_digits) {
            out = out * 10 + (rest[at++] - '0');
            ++count;
        }
        return count >= min_digits;
    };
    skip_spaces();
    if (at >= rest.size()) return true;
    if (peek() == 'T' || peek() == 't') ++at;
    skip_spaces();
    int hour = 0, minute = 0, second = 0;
    if (!number(1, 2, hour) || peek() != ':') return false;
    ++at;
    if (!number(2, 2, minute)) return false;
    if (peek() == ':') {
        ++at;
        if (!number(2, 2, second)) return false;
    }
    if (peek() == '.' || peek() == ',') {
        ++at;
        int fraction = 0;
        if (!number(1, 9, fraction)) return false;
    }
    skip_spaces();
    // A meridiem or zone word may follow; most times end here (no allocation on that path).
    const std::string suffix = at < rest.size() && !is_digit(rest[at]) && rest[at] != '+' && rest[at] != '-' && rest[at] != 'Z'
                                   ? lower_ascii(trim(rest.substr(at)))
                                   : std::string();
    if (suffix == "pm" || suffix == "p.m." || suffix == "am" || suffix == "a.m.") {
        if (hour > 12) return false;
        if (suffix[0] == 'p' && hour < 12) hour += 12;
        if (suffix[0] == 'a' && hour == 12) hour = 0;
        at = rest.size();
    }
    if (hour > 23 || minute > 59 || second > 60) return false;
    std::int64_t offset = 0;
    if (peek() == 'Z' || peek() == 'z') {
        ++at;
    } else if (peek() == '+' || peek() == '-') {
        const bool minus = peek() == '-';
        ++at;
        int offset_hours = 0, offset_minutes = 0;
        if (!number(2, 2, offset_hours)) return false;
        if (peek() == ':') ++at;
        if (is_digit(peek()) && !number(2, 2, offset_minutes)) return false;
        offset = (offset_hours * 3600 + offset_minutes * 60) * (minus ? -1 : 1);
    } else if (suffix == "utc" || suffix == "gmt") {
        at = rest.size();
    }
    skip_spaces();
    if (at < rest.size()) return false;
    seconds = hour * 3600 + minute * 60 + second - offset;
    return true;
}

}  // namespace

bool iso_date_prefix(std::string_view text, int& year, int& month, int& day) {
    if (text.size() < 10 || text[4] != '-' || text[7] != '-' || !is_digit(text[0]) || !is_digit(text[1]) || !is_digit(text[2]) ||
        !is_digit(text[3]) || !is_digit(text[5]) || !is_digit(text[6]) || !is_digit(text[8]) || !is_digit(text[9])) {
        return false;
    }
    year = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
    month = (text[5] - '0') * 10 + (text[6] - '0');
    day = (text[8] - '0') * 10 + (text[9] - '0');
    return true;
}

bool read_plain_iso_bytes(const char* data, std::size_t size, std::int64_t& time) {
    const std::string_view text(data, size);
    int year = 0, month = 0, day = 0;
    if (!iso_date_prefix(text, year, month, day) || !valid_date(year, month, day)) return false;
    std::int64_t time_of_day = 0;
    if (text.size() != 10) {
        // "THH:MM:SS" (or a space for the T) with "Z" or nothing after it.
        const auto two = [&](std::size_t at) { return (text[at] - '0') * 10 + (text[at + 1] - '0'); };
        const bool plain_time = (text.size() == 19 || (text.size() == 20 && text[19] == 'Z')) && (text[10] == 'T' || text[10] == ' ') &&
                                text[13] == ':' && text[16] == ':' && is_digit(text[11]) && is_digit(text[12]) && is_digit(text[14]) &&
                                is_digit(text[15]) && is_digit(text[17]) && is_digit(text[18]) && two(11) <= 23 && two(14) <= 59 && two(17) <= 60;
        if (!plain_time) return false;
        time_of_day = two(11) * 3600 + two(14) * 60 + two(17);
    }
    time = days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * seconds_per_day + time_of_day;
    return true;
}

int month_from_name(std::string_view word) {
    while (!word.empty() && word.back() == '.') word.remove_suffix(1);
    const std::string folded = lower_word(word);
    for (const auto& entry : month_names) {
        if (folded == entry.name) return entry.month;
    }
    return 0;
}

namespace {

// What a form's reader made of a cell: a reading, no date (the cell is bad), or not its form (try the next).
enum class Form { read, bad, other };

// Sets the reading's time to the date plus the time of day (and zone) in rest; false when either is impossible.
bool place_date(int year, int month, int day, std::string_view rest, DateReading& reading) {
    std::int64_t time_of_day = 0;
    if (!valid_date(year, month, day) || !read_time_and_zone(rest, time_of_day)) return false;
    reading.time = Parsed<std::int64_t>::of(
        days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * seconds_per_day + time_of_day);
    return true;
}

// ISO 8601 "YYYY-MM-DD" with an optional time and zone (most exports; the plain forms first, fast).
Form read_iso_date(std::string_view text, DateReading& reading) {
    int year = 0, month = 0, day = 0;
    if (!iso_date_prefix(text, year, month, day)) return Form::other;
    std::int64_t time = 0;
    if (read_plain_iso(text, time)) {
        reading.time = Parsed<std::int64_t>::of(time);
        return Form::read;
    }
    return place_date(year, month, day, text.substr(10), reading) ? Form::read : Form::bad;
}

// Digits alone: Unix time (9-10 digits are seconds, 12-13 digits milliseconds) or compact ISO 20230101 (GA4).
Form read_digits_date(std::string_view text, DateReading& reading) {
    bool all_digits = true;
    for (char c : text) all_digits = all_digits && is_digit(c);
    if (!all_digits) return Form::other;
    if (text.size() == 9 || text.size() == 10 || text.size() == 12 || text.size() == 13) {
        std::int64_t value = 0;
        std::from_chars(text.data(), text.data() + text.size(), value);
        if (text.size() >= 12) value /= 1000;
        reading.time = Parsed<std::int64_t>::of(value);
        return Form::read;
    }
    if (text.size() != 8) return Form::other;
    int value = 0;
    std::from_chars(text.data(), text.data() + 8, value);
    const int year = value / 10000, month = value / 100 % 100, day = value % 100;
    if (!valid_date(year, month, day)) return Form::bad;
    reading.time = Parsed<std::int64_t>::of(days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * seconds_per_day);
    return Form::read;
}

// The numbers at the start of a numeric date: up to three of at most 4 digits, joined by one separator (-, / or .).
struct NumericParts {
    int first = 0, second = 0, third = 0;
    std::size_t first_digits = 0, second_digits = 0, third_digits = 0;
    char separator = '\0';
    std::size_t end = 0;  // where the numbers end
};

// Splits the start of text into NumericParts (a part not there has 0 digits).
NumericParts numeric_parts(std::string_view text) {
    NumericParts parts;
    std::size_t at = 0;
    const auto digits = [&](int& out) {
        const std::size_t start = at;
        out = 0;
        while (at < text.size() && is_digit(text[at]) && at - start < 4) out = out * 10 + (text[at++] - '0');
        return at - start;
    };
    parts.first_digits = digits(parts.first);
    parts.separator = at < text.size() ? text[at] : '\0';
    if (parts.first_digits > 0 && (parts.separator == '-' || parts.separator == '/' || parts.separator == '.')) {
        ++at;
        parts.second_digits = digits(parts.second);
        if (parts.second_digits > 0 && at < text.size() && text[at] == parts.separator) {
            ++at;
            parts.third_digits = digits(parts.third);
        }
    }
    parts.end = at;
    return parts;
}

// Which of "first/second/year" is the day: what the value proves (noted in the reading), else the column's order.
DayMonthOrder day_month_order(const NumericParts& parts, DayMonthOrder column_order, DateReading& reading) {
    DayMonthOrder order = column_order;
    if (parts.first > 12 && parts.second <= 12) {
        reading.proves = DayMonthOrder::day_first;
        order = DayMonthOrder::day_first;
    } else if (parts.second > 12 && parts.first <= 12) {
        reading.proves = DayMonthOrder::month_first;
        order = DayMonthOrder::month_first;
    } else if (parts.separator == '.' && order == DayMonthOrder::unknown) {
        order = DayMonthOrder::day_first;  // 28.08.2025 is the German and Russian form: day first
    } else if (parts.first != parts.second && parts.first <= 12 && parts.second <= 12) {
        reading.day_month_ambiguous = true;
    }
    return order;
}

// Numeric forms: 2025-08-28, 2025/08/28, 28/08/2025, 08/28/2025, 28.08.2025, 28-08-25.
Form read_numeric_date(std::string_view text, DayMonthOrder column_order, DateReading& reading) {
    const NumericParts parts = numeric_parts(text);
    const bool short_second = parts.second_digits >= 1 && parts.second_digits <= 2;
    int year = 0, month = 0, day = 0;
    if (parts.first_digits == 4 && short_second && parts.third_digits >= 1 && parts.third_digits <= 2) {
        year = parts.first;
        month = parts.second;
        day = parts.third;
    } else if (parts.first_digits >= 1 && parts.first_digits <= 2 && short_second && (parts.third_digits == 4 || parts.third_digits == 2)) {
        year = parts.third_digits == 2 ? 2000 + parts.third : parts.third;
        if (day_month_order(parts, column_order, reading) == DayMonthOrder::day_first) {
            day = parts.first;
            month = parts.second;
        } else {
            month = parts.first;
            day = parts.second;
        }
    } else {
        return Form::other;
    }
    return place_date(year, month, day, text.substr(parts.end), reading) ? Form::read : Form::bad;
}

// The numbers and words of a date in words, up to where a time or zone begins (end); false on a
// character no such date has.
bool date_tokens(std::string_view text, std::vector<Token>& tokens, std::size_t& end) {
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (is_digit(c)) {
            const std::size_t start = i;
            int value = 0;
            while (i < text.size() && is_digit(text[i]) && i - start < 5) value = value * 10 + (text[i++] - '0');
            // A time follows ("14:03"): the date part ends here.
            if (i < text.size() && text[i] == ':') {
                i = start;
                break;
            }
            tokens.push_back({Token::Type::number, text.substr(start, i - start), value});
            // Ordinal suffixes: 1st, 2nd, 3rd, 28th.
            if (i + 1 < text.size()) {
                const std::string suffix = lower_ascii(text.substr(i, 2));
                if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") i += 2;
            }
        } else if (static_cast<unsigned char>(c) >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            const std::size_t start = i;
            while (i < text.size() && (static_cast<unsigned char>(text[i]) >= 0x80 || (text[i] >= 'a' && text[i] <= 'z') ||
                                       (text[i] >= 'A' && text[i] <= 'Z') || text[i] == '.')) {
                ++i;
            }
            const std::string_view word = text.substr(start, i - start);
            // "T" starting an ISO time, or a zone/meridiem word after the date, ends the date.
            const std::string lowered = lower_ascii(word);
            if (lowered == "t" || lowered == "utc" || lowered == "gmt" || lowered == "am" || lowered == "pm" ||
                lowered == "a.m." || lowered == "p.m.") {
                i = start;
                break;
            }
            tokens.push_back({Token::Type::word, word, 0});
        } else if (c == ',' || c == ' ' || c == '/' || c == '-' || c == '.' || c == '\t') {
            ++i;
        } else if (c == '+' ) {
            break;
        } else {
            return false;
        }
    }
    end = i;
    return true;
}

// Weekday names (lowered, with or without a trailing dot), which a date in words may carry and which are ignored.
bool is_weekday(const std::string& lowered) {
    static constexpr std::array<std::string_view, 14> weekdays{
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    bool weekday = false;
    for (auto w : weekdays) weekday = weekday || lowered == w || lowered == std::string(w) + ".";
    return weekday;
}

// The month and the numbers of a date's tokens (fillers and weekdays skipped); false on any other word.
bool month_and_numbers(const std::vector<Token>& tokens, int& month, int& month_count, std::vector<int>& numbers) {
    for (const auto& token : tokens) {
        if (token.type == Token::Type::word) {
            const int m = month_from_name(token.text);
            if (m != 0) {
                month = m;
                ++month_count;
                continue;
            }
            const std::string lowered = lower_word(token.text);
            if (is_filler(lowered)) continue;
            if (!is_weekday(lowered)) return false;
        } else {
            numbers.push_back(token.value);
        }
    }
    return true;
}

// Words: "Aug 28, 2025", "28 August 2025", "28 de agosto de 2025", "28. August 2025",
// "agosto 28, 2025", "July 16" (no year), "Thursday, August 28, 2025".
Form read_worded_date(std::string_view text, DateReading& reading) {
    std::vector<Token> tokens;
    std::size_t date_end = 0;
    if (!date_tokens(text, tokens, date_end)) return Form::bad;
    int month = 0, month_count = 0;
    std::vector<int> numbers;
    if (!month_and_numbers(tokens, month, month_count, numbers)) return Form::bad;
    if (month_count != 1 || numbers.empty() || numbers.size() > 2) return Form::bad;
    if (numbers.size() == 1) {
        if (numbers[0] < 1 || numbers[0] > 31) return Form::bad;
        const int day = numbers[0];
        if (!valid_date(2000, month, day)) return Form::bad;  // 2000 is a leap year: February 29 is allowed
        std::int64_t time_of_day = 0;
        if (!read_time_and_zone(text.substr(date_end), time_of_day)) return Form::bad;
        reading.yearless = true;
        reading.time = Parsed<std::int64_t>::of(encode_yearless(static_cast<unsigned>(month), static_cast<unsigned>(day),
                                                                ((time_of_day % seconds_per_day) + seconds_per_day) % seconds_per_day));
        return Form::read;
    }
    // Two numbers: the one of four digits (or over 31) is the year.
    const bool year_first = numbers[0] > 31 || (numbers[0] >= 1000);
    int year = year_first ? numbers[0] : numbers[1];
    const int day = year_first ? numbers[1] : numbers[0];
    if (year < 100) year += 2000;
    return place_date(year, month, day, text.substr(date_end), reading) ? Form::read : Form::bad;
}

}  // namespace

namespace {
// "am 28. August 2025", "on Aug 28, 2025", "le 28 août 2025": the word for "on" before a date.
std::string_view without_preposition(std::string_view text) {
    static constexpr std::string_view words[] = {"am ", "Am ", "on ", "On ", "le ", "Le ", "el ", "El ", "il ", "Il ", "em ", "Em ", "op ", "Op "};
    for (const auto word : words) {
        if (text.starts_with(word)) return trim(text.substr(word.size()));
    }
    return text;
}
}  // namespace

DateReading read_date(std::string_view cell, DayMonthOrder column_order) {
    DateReading reading;
    const std::string_view text = trim(cell);
    Form form = read_iso_date(text, reading);
    if (form == Form::other && is_missing_token(text)) {
        reading.time = Parsed<std::int64_t>::none();
        return reading;
    }
    if (form == Form::other) form = read_digits_date(text, reading);
    if (form == Form::other) form = read_numeric_date(text, column_order, reading);
    if (form == Form::other) form = read_worded_date(without_preposition(text), reading);
    if (form == Form::bad) {
        std::string shown(utf8_prefix(cell, 40));
        reading.time = Parsed<std::int64_t>::bad("expected a date such as 2025-08-28 or Aug 28, 2025, found '" + shown + "'");
    }
    return reading;
}

Parsed<std::int64_t> parse_timestamp(std::string_view cell) {
    DateReading reading = read_date(cell);
    if (reading.yearless) return Parsed<std::int64_t>::bad("a date needs a year, found '" + std::string(utf8_prefix(cell, 40)) + "'");
    return reading.time;
}

}  // namespace creatorscope
