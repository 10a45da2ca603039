// Dates (ingest/dates.hpp): the civil calendar both ways, valid dates, the forms read_date and
// parse_timestamp accept (ISO with zones, Unix time, words in six languages), day/month order
// and dates without a year.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>

#include "creatorscope/creator.hpp"
#include "ingest/dates.hpp"

using namespace creatorscope;

namespace {
std::int64_t day_of(int year, unsigned month, unsigned day) { return days_from_civil(year, month, day) * seconds_per_day; }
std::int64_t at(int year, unsigned month, unsigned day, int hour, int minute = 0, int second = 0) {
    return day_of(year, month, day) + hour * 3600 + minute * 60 + second;
}
// The time a cell reads as, or a sentinel when it is not a full date.
std::int64_t read(std::string_view cell) {
    const Parsed<std::int64_t> parsed = parse_timestamp(cell);
    return parsed.has_value() ? parsed.value : missing_time;
}
}  // namespace

TEST_CASE("days_from_civil and civil_from_days agree, day by day, across leap years and before 1970") {
    CHECK(days_from_civil(1970, 1, 1) == 0);
    CHECK(days_from_civil(1969, 12, 31) == -1);
    CHECK(days_from_civil(2000, 3, 1) == 11'017);
    CHECK(days_from_civil(2000, 2, 29) == 11'016);
    CHECK(days_from_civil(1900, 3, 1) - days_from_civil(1900, 2, 28) == 1);  // 1900 has no February 29
    CHECK(days_from_civil(2024, 3, 1) - days_from_civil(2024, 2, 28) == 2);
    const CivilDate before = civil_from_days(-719'468);  // day 0 of the algorithm's era: 0000-03-01
    CHECK(before.year == 0);
    CHECK(before.month == 3);
    CHECK(before.day == 1);
    // Every day from 1600 to 2400: the day after the previous one, and back to the same date.
    static constexpr unsigned lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    std::int64_t expected = days_from_civil(1600, 1, 1);
    std::size_t wrong = 0, days = 0;
    for (int year = 1600; year < 2400; ++year) {
        const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        for (unsigned month = 1; month <= 12; ++month) {
            const unsigned length = lengths[month - 1] + (month == 2 && leap ? 1 : 0);
            for (unsigned day = 1; day <= length; ++day, ++expected, ++days) {
                if (days_from_civil(year, month, day) != expected) ++wrong;
                const CivilDate back = civil_from_days(expected);
                if (back.year != year || back.month != month || back.day != day) ++wrong;
            }
        }
    }
    CHECK(days == 292'194);  // 800 years of 146,097 days per 400
    CHECK(wrong == 0);
}

TEST_CASE("floor_div and format_date round towards the past") {
    CHECK(floor_div(7, 2) == 3);
    CHECK(floor_div(-7, 2) == -4);
    CHECK(floor_div(-8, 2) == -4);
    CHECK(floor_div(-1, seconds_per_day) == -1);
    CHECK(floor_div(0, seconds_per_day) == 0);
    CHECK(format_date(0) == "1970-01-01");
    CHECK(format_date(-1) == "1969-12-31");
    CHECK(format_date(-seconds_per_day) == "1969-12-31");
    CHECK(format_date(-seconds_per_day - 1) == "1969-12-30");
    CHECK(format_date(day_of(1900, 1, 1)) == "1900-01-01");
    CHECK(format_date(at(2024, 2, 29, 23, 59, 59)) == "2024-02-29");
    CHECK(format_date(day_of(2200, 12, 31)) == "2200-12-31");
}

TEST_CASE("valid_date: leap years, month lengths, and the years data can have") {
    CHECK(valid_date(2024, 2, 29));
    CHECK_FALSE(valid_date(2025, 2, 29));
    CHECK_FALSE(valid_date(1900, 2, 29));  // divisible by 100
    CHECK(valid_date(2000, 2, 29));        // divisible by 400
    CHECK(valid_date(2025, 1, 31));
    CHECK_FALSE(valid_date(2025, 4, 31));
    CHECK(valid_date(2025, 12, 31));
    CHECK_FALSE(valid_date(2025, 13, 1));
    CHECK_FALSE(valid_date(2025, 0, 1));
    CHECK_FALSE(valid_date(2025, 1, 0));
    CHECK_FALSE(valid_date(2025, 1, 32));
    CHECK(valid_date(1900, 1, 1));
    CHECK_FALSE(valid_date(1899, 12, 31));  // outside 1900-2200: a misread, not a date
    CHECK(valid_date(2200, 12, 31));
    CHECK_FALSE(valid_date(2201, 1, 1));
}

TEST_CASE("parse_timestamp: ISO 8601 with and without a time and a zone") {
    CHECK(read("2025-08-28") == day_of(2025, 8, 28));
    CHECK(read("2025-08-28T14:03:05Z") == at(2025, 8, 28, 14, 3, 5));
    CHECK(read("2025-08-28T14:03:05") == at(2025, 8, 28, 14, 3, 5));
    CHECK(read("2025-08-28 14:03:05") == at(2025, 8, 28, 14, 3, 5));
    CHECK(read("2025-08-28T14:03") == at(2025, 8, 28, 14, 3));
    CHECK(read("2025-08-28T14:03:05+02:00") == at(2025, 8, 28, 12, 3, 5));
    CHECK(read("2025-08-28T14:03:05+0200") == at(2025, 8, 28, 12, 3, 5));
    CHECK(read("2025-08-28T14:03:05+02") == at(2025, 8, 28, 12, 3, 5));
    CHECK(read("2025-08-28T14:03:05.123-0500") == at(2025, 8, 28, 19, 3, 5));
    CHECK(read("2025-08-28 10:37:33 -0500") == at(2025, 8, 28, 15, 37, 33));
    CHECK(read("2025-08-28 14:03:05 UTC") == at(2025, 8, 28, 14, 3, 5));
    CHECK(read("2025-08-28T01:00:00+02:00") == at(2025, 8, 27, 23));  // the offset crosses midnight
    CHECK(read("  2025-08-28  ") == day_of(2025, 8, 28));
    std::int64_t time = 0;
    CHECK(read_plain_iso("2025-08-28T14:03:05Z", time));
    CHECK(time == at(2025, 8, 28, 14, 3, 5));
    CHECK_FALSE(read_plain_iso("2025-08-28T14:03:05+02:00", time));  // left to read_date
    CHECK_FALSE(read_plain_iso("2025-02-29", time));

    const auto impossible = parse_timestamp("2025-02-30");
    CHECK(impossible.state == Parsed<std::int64_t>::State::invalid);
    CHECK(impossible.reason == "expected a date such as 2025-08-28 or Aug 28, 2025, found '2025-02-30'");
    CHECK(read("2025-08-28T25:00:00") == missing_time);
    CHECK(read("2025-08-28T14:60") == missing_time);
    CHECK(read("2025-08-28 soon") == missing_time);
    CHECK(read("2025-08-28T14:03:05+2") == missing_time);  // an offset needs two digits
}

TEST_CASE("parse_timestamp: Unix seconds and milliseconds, compact ISO, and the missing spellings") {
    CHECK(read("1756389785") == 1'756'389'785);
    CHECK(read("1756389785123") == 1'756'389'785);  // milliseconds, to the second
    CHECK(read("123456789") == 123'456'789);        // nine digits: 1973
    CHECK(read("20230101") == day_of(2023, 1, 1));  // GA4's compact form
    CHECK(read("20231301") == missing_time);
    CHECK(read("12345678901") == missing_time);  // eleven digits: neither
    CHECK(parse_timestamp("n/a").state == Parsed<std::int64_t>::State::missing);
    CHECK(parse_timestamp("").state == Parsed<std::int64_t>::State::missing);
    CHECK(parse_timestamp("-").state == Parsed<std::int64_t>::State::missing);
    CHECK(parse_timestamp("tomorrow").state == Parsed<std::int64_t>::State::invalid);
}

TEST_CASE("parse_timestamp: month names and the words around them") {
    const std::int64_t aug28 = day_of(2025, 8, 28);
    CHECK(read("Aug 28, 2025") == aug28);
    CHECK(read("Aug. 28, 2025") == aug28);
    CHECK(read("August 28 2025") == aug28);
    CHECK(read("28 August 2025") == aug28);
    CHECK(read("28th of August, 2025") == aug28);
    CHECK(read("Thursday, August 28, 2025") == aug28);
    CHECK(read("Thu. Aug 28, 2025") == aug28);
    CHECK(read("28 de agosto de 2025") == aug28);  // Spanish, Portuguese
    CHECK(read("agosto 28, 2025") == aug28);
    CHECK(read("le 28 ao\xC3\xBBt 2025") == aug28);  // French
    CHECK(read("28 AO\xC3\x9BT 2025") == aug28);     // capital Û
    CHECK(read("28. August 2025") == aug28);         // German
    CHECK(read("28 agosto 2025") == aug28);          // Italian
    CHECK(read("am 28. August 2025") == aug28);     // "on" before the date: German, English, French
    CHECK(read("on Aug 28, 2025") == aug28);
    CHECK(read("le 28 ao\xC3\xBBt 2025") == aug28);
    CHECK(read("2025 August 28") == aug28);          // the four-digit number is the year
    CHECK(read("Aug 28, 25") == aug28);              // two digits: this century
    CHECK(read("the 1st of May 2025") == day_of(2025, 5, 1));
    CHECK(read("3 M\xC3\xA4rz 2025") == day_of(2025, 3, 3));
    CHECK(read("Aug 28, 2025 2:03 PM") == at(2025, 8, 28, 14, 3));
    CHECK(read("Aug 28, 2025 12:15 am") == at(2025, 8, 28, 0, 15));
    CHECK(read("Aug 28, 2025 14:03 +0200") == at(2025, 8, 28, 12, 3));
    CHECK(read("Aug 28, 2025 13:00 PM") == missing_time);  // no 13 o'clock in the afternoon
    CHECK(read("Aug 30, 2025 Sep") == missing_time);       // two months
    CHECK(read("Aug 2025") == missing_time);               // no day
    CHECK(read("Feb 29, 2025") == missing_time);
    CHECK(read("Aug 28, 2025 @ noon") == missing_time);
    CHECK(read("Someday 28, 2025") == missing_time);
}

TEST_CASE("month_from_name in English, Spanish, French, German, Portuguese and Italian") {
    CHECK(month_from_name("January") == 1);
    CHECK(month_from_name("SEPT.") == 9);
    CHECK(month_from_name("dec") == 12);
    CHECK(month_from_name("enero") == 1);
    CHECK(month_from_name("Ago") == 8);
    CHECK(month_from_name("setiembre") == 9);
    CHECK(month_from_name("f\xC3\xA9vrier") == 2);
    CHECK(month_from_name("F\xC3\x89VRIER") == 2);  // capital É lowered
    CHECK(month_from_name("fevrier") == 2);         // without the accent
    CHECK(month_from_name("f\xC3\xA9vr.") == 2);
    CHECK(month_from_name("mai") == 5);
    CHECK(month_from_name("juil") == 7);
    CHECK(month_from_name("M\xC3\xA4rz") == 3);
    CHECK(month_from_name("maerz") == 3);
    CHECK(month_from_name("J\xC3\xA4nner") == 1);
    CHECK(month_from_name("Okt.") == 10);
    CHECK(month_from_name("mar\xC3\xA7o") == 3);
    CHECK(month_from_name("MAR\xC3\x87O") == 3);  // capital Ç lowered
    CHECK(month_from_name("outubro") == 10);
    CHECK(month_from_name("set") == 9);
    CHECK(month_from_name("maggio") == 5);
    CHECK(month_from_name("Giugno") == 6);
    CHECK(month_from_name("ott") == 10);
    CHECK(month_from_name("dicembre") == 12);
    CHECK(month_from_name("") == 0);
    CHECK(month_from_name("...") == 0);
    CHECK(month_from_name("monday") == 0);
    CHECK(month_from_name("augus") == 0);
}

TEST_CASE("yearless dates: encoded, read back, placed in a year") {
    const std::int64_t july16 = encode_yearless(7, 16, 3600);
    CHECK(is_yearless(july16));
    CHECK_FALSE(is_yearless(0));
    CHECK_FALSE(is_yearless(missing_time));
    CHECK_FALSE(is_yearless(day_of(1900, 1, 1)));
    CHECK(is_yearless(encode_yearless(12, 31, seconds_per_day - 1)));
    CHECK(yearless_month(july16) == 7);
    CHECK(yearless_day(july16) == 16);
    CHECK(place_yearless(july16, 2025) == at(2025, 7, 16, 1));  // the time of day is kept
    CHECK(place_yearless(july16, 1999) == at(1999, 7, 16, 1));

    const std::int64_t feb29 = encode_yearless(2, 29, 0);
    CHECK(place_yearless(feb29, 2024) == day_of(2024, 2, 29));
    CHECK(place_yearless(feb29, 2025) == day_of(2025, 3, 1));  // a common year: March 1

    // The latest placement on or before a limit, and the earliest on or after it.
    CHECK(latest_on_or_before(july16, day_of(2025, 8, 1)) == at(2025, 7, 16, 1));
    CHECK(latest_on_or_before(july16, day_of(2025, 7, 1)) == at(2024, 7, 16, 1));
    CHECK(latest_on_or_before(july16, at(2025, 7, 16, 1)) == at(2025, 7, 16, 1));  // on the limit itself
    CHECK(latest_on_or_before(july16, at(2025, 7, 16, 0, 59, 59)) == at(2024, 7, 16, 1));
    CHECK(latest_on_or_before(feb29, day_of(2025, 2, 28)) == day_of(2024, 2, 29));
    CHECK(earliest_on_or_after(july16, day_of(2025, 7, 1)) == at(2025, 7, 16, 1));
    CHECK(earliest_on_or_after(july16, day_of(2025, 8, 1)) == at(2026, 7, 16, 1));
    CHECK(earliest_on_or_after(feb29, day_of(2024, 3, 1)) == day_of(2025, 3, 1));

    // read_date keeps a yearless cell as such; parse_timestamp wants a year.
    const DateReading reading = read_date("July 16");
    REQUIRE(reading.time.has_value());
    CHECK(reading.yearless);
    CHECK(yearless_month(reading.time.value) == 7);
    CHECK(yearless_day(reading.time.value) == 16);
    const DateReading with_time = read_date("16 juillet 14:30");
    REQUIRE(with_time.time.has_value());
    CHECK(with_time.yearless);
    CHECK(place_yearless(with_time.time.value, 2025) == at(2025, 7, 16, 14, 30));
    CHECK(read_date("February 29").yearless);            // allowed: some year has it
    CHECK_FALSE(read_date("February 30").time.has_value());
    CHECK_FALSE(read_date("July 32").time.has_value());
    const auto needs_year = parse_timestamp("July 16");
    CHECK(needs_year.state == Parsed<std::int64_t>::State::invalid);
    CHECK(needs_year.reason == "a date needs a year, found 'July 16'");
}

TEST_CASE("swap_day_and_month exchanges them when the result is a date, keeping the time of day") {
    CHECK(swap_day_and_month(at(2025, 4, 3, 10, 30)) == at(2025, 3, 4, 10, 30));
    CHECK(swap_day_and_month(day_of(2025, 12, 1)) == day_of(2025, 1, 12));
    CHECK(swap_day_and_month(at(2025, 8, 28, 9)) == at(2025, 8, 28, 9));  // no month 28: unchanged
    CHECK(swap_day_and_month(day_of(2025, 5, 5)) == day_of(2025, 5, 5));
    CHECK(swap_day_and_month(swap_day_and_month(at(2024, 2, 11, 23, 59))) == at(2024, 2, 11, 23, 59));
}

TEST_CASE("read_date: numeric dates read with the column's day/month order") {
    const DateReading unknown = read_date("03/04/2025");
    REQUIRE(unknown.time.has_value());
    CHECK(unknown.time.value == day_of(2025, 3, 4));  // month first while the column shows nothing
    CHECK(unknown.day_month_ambiguous);
    CHECK(unknown.proves == DayMonthOrder::unknown);

    const DateReading day_first = read_date("03/04/2025", DayMonthOrder::day_first);
    CHECK(day_first.time.value == day_of(2025, 4, 3));
    CHECK(day_first.day_month_ambiguous);  // still swappable should the column change its mind
    CHECK(read_date("03/04/2025", DayMonthOrder::month_first).time.value == day_of(2025, 3, 4));

    const DateReading proves_day = read_date("25/04/2025", DayMonthOrder::month_first);
    CHECK(proves_day.time.value == day_of(2025, 4, 25));  // the value itself decides
    CHECK(proves_day.proves == DayMonthOrder::day_first);
    CHECK_FALSE(proves_day.day_month_ambiguous);
    const DateReading proves_month = read_date("04/25/2025", DayMonthOrder::day_first);
    CHECK(proves_month.time.value == day_of(2025, 4, 25));
    CHECK(proves_month.proves == DayMonthOrder::month_first);

    CHECK(read_date("05/05/2025").time.value == day_of(2025, 5, 5));
    CHECK_FALSE(read_date("05/05/2025").day_month_ambiguous);      // the same either way
    CHECK(read_date("03.04.2025").time.value == day_of(2025, 4, 3));  // dots: day first
    CHECK_FALSE(read_date("03.04.2025").day_month_ambiguous);
    CHECK(read_date("28-08-25").time.value == day_of(2025, 8, 28));   // two-digit year
    CHECK(read_date("2025/08/28").time.value == day_of(2025, 8, 28));
    CHECK(read_date("2025/8/5 7:05").time.value == at(2025, 8, 5, 7, 5));
    CHECK(read_date("08/28/2025 14:03:05").time.value == at(2025, 8, 28, 14, 3, 5));
    CHECK_FALSE(read_date("13/13/2025").time.has_value());
    CHECK_FALSE(read_date("02/30/2025").time.has_value());
    const DateReading bad = read_date("31/31/31");
    CHECK(bad.time.state == Parsed<std::int64_t>::State::invalid);
    CHECK(bad.time.reason.find("found '31/31/31'") != std::string::npos);
}
