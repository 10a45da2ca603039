// Dates as exports write them: ISO 8601, Unix time, "Aug 28, 2025", "28 de agosto de 2025",
// "28/08/2025" or "08/28/2025" (decided per column), and dates without a year ("July 16"),
// which are kept as month and day until the other dates of the data place them in time.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "ingest/values.hpp"

#include "creatorscope/format.hpp"

namespace creatorscope {

constexpr std::int64_t seconds_per_day = 86400;

// Days since 1970-01-01 for a proleptic Gregorian date, and back (Howard Hinnant's algorithms,
// http://howardhinnant.github.io/date_algorithms.html).
std::int64_t days_from_civil(int year, unsigned month, unsigned day);
struct CivilDate {
    int year;
    unsigned month;
    unsigned day;
};
CivilDate civil_from_days(std::int64_t days);
std::int64_t floor_div(std::int64_t a, std::int64_t b);
bool valid_date(int year, int month, int day);

// Which of "03/04/2025"'s numbers is the day. A column decides from its values: one "25/04"
// proves day-first, one "04/25" proves month-first; a column with neither reads month-first.
enum class DayMonthOrder : std::uint8_t { unknown, day_first, month_first };

// A date with no year ("July 16", "February 28") is stored as an encoded month and day, in a
// range far below any real time, until resolve_yearless places it.
constexpr std::int64_t yearless_base = std::numeric_limits<std::int64_t>::min() / 2;
constexpr bool is_yearless(std::int64_t time) {
    return time >= yearless_base && time < yearless_base + 13 * 32 * seconds_per_day;
}
std::int64_t encode_yearless(unsigned month, unsigned day, std::int64_t seconds_of_day);
unsigned yearless_month(std::int64_t time);
unsigned yearless_day(std::int64_t time);
// The yearless date placed in a year (February 29 in a common year becomes March 1).
std::int64_t place_yearless(std::int64_t time, int year);
// The latest placement on or before `limit`, and the earliest on or after it.
std::int64_t latest_on_or_before(std::int64_t yearless, std::int64_t limit);
std::int64_t earliest_on_or_after(std::int64_t yearless, std::int64_t limit);

struct DateReading {
    Parsed<std::int64_t> time;  // seconds since epoch (UTC), or a yearless encoding
    bool yearless = false;
    bool day_month_ambiguous = false;  // "03/04/2025": read with the column's order, may be swapped later
    DayMonthOrder proves = DayMonthOrder::unknown;  // what this value shows about the column's order
};

// "YYYY-MM-DD" at the start of text (digits only; the date is not yet checked).
bool iso_date_prefix(std::string_view text, int& year, int& month, int& day);
// The commonest form of all, read without building a DateReading: "YYYY-MM-DD", alone or with
// "THH:MM:SS" (or a space for the T) and an optional "Z". False for anything else, or an
// impossible date; read_date then gives the reading and its reason.
// Inline, so that the text reaches read_plain_iso_bytes as a pointer and a size (see
// StringPool::intern).
bool read_plain_iso_bytes(const char* data, std::size_t size, std::int64_t& time);
inline bool read_plain_iso(std::string_view text, std::int64_t& time) { return read_plain_iso_bytes(text.data(), text.size(), time); }

// Reads one cell. column_order is what the column has shown so far.
DateReading read_date(std::string_view cell, DayMonthOrder column_order = DayMonthOrder::unknown);

// Convenience for single values (the --as-of option): a full date or an error.
Parsed<std::int64_t> parse_timestamp(std::string_view cell);

// The same instant with day and month exchanged (for a column found to be day-first after the
// fact); the time of day is kept. Returns the time unchanged when the exchange is not a date.
std::int64_t swap_day_and_month(std::int64_t time);

// Month number (1-12) of a month name or abbreviation in English, Spanish, French, German,
// Portuguese or Italian, any case, with or without accents and a trailing dot; 0 if none.
int month_from_name(std::string_view word);

}  // namespace creatorscope
