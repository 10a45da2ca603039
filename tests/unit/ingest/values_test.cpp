// Cell values: numbers, counts, rates, flags and dates as exports write them.
#include <doctest/doctest.h>

#include "ingest/dates.hpp"
#include "ingest/values.hpp"

using namespace creatorscope;

namespace {
double number(std::string_view cell, NumberLocale locale = NumberLocale::dot_decimal) {
    auto parsed = parse_number(cell, locale);
    REQUIRE_MESSAGE(parsed.has_value(), cell);
    return parsed.value;
}
std::string date(std::string_view cell) {
    auto parsed = parse_timestamp(cell);
    REQUIRE_MESSAGE(parsed.has_value(), cell);
    return format_date(parsed.value);
}
}  // namespace

TEST_CASE("numbers with separators and suffixes") {
    CHECK(number("1,234") == 1234);
    CHECK(number("1 234") == 1234);
    CHECK(number("12.5K") == 12500);
    CHECK(number("3.3k") == 3300);
    CHECK(number("1.2M") == 1200000);
    CHECK(number("475.8m") == 475800000);
    CHECK(number("1B") == 1e9);
    CHECK(number("-3.5") == -3.5);
    CHECK(number("1.234", NumberLocale::comma_decimal) == 1234);
    CHECK(number("1,5", NumberLocale::comma_decimal) == 1.5);
    CHECK(number("1,5k", NumberLocale::comma_decimal) == 1500);
    CHECK(number("1,234,567.5") == 1234567.5);
    CHECK(number("12 345,5", NumberLocale::comma_decimal) == 12345.5);
}

TEST_CASE("a number that only fits the other decimal convention is read with it") {
    CHECK(number("1,5") == 1.5);                                        // no group has one digit
    CHECK(number("1.234,56") == 1234.56);                               // European, in a comma file
    CHECK(number("12,75") == 12.75);
    CHECK(number("1,234") == 1234);                                     // ambiguous: the file's convention
    CHECK(number("1.234", NumberLocale::comma_decimal) == 1234);
    CHECK(number("3.5", NumberLocale::comma_decimal) == 3.5);           // no group has one digit
    CHECK(parse_number("1,23,4", NumberLocale::dot_decimal).state == Parsed<double>::State::invalid);
}

TEST_CASE("missing values are missing, never zero") {
    for (std::string_view cell : {"", "-", "\xE2\x80\x94", "n/a", "N/A", "undefined", "hidden", "  "}) {
        CHECK_MESSAGE(parse_number(cell, NumberLocale::dot_decimal).state == Parsed<double>::State::missing, cell);
    }
    CHECK(parse_count("-1", NumberLocale::dot_decimal).state == Parsed<double>::State::missing);
    CHECK(parse_count("-5", NumberLocale::dot_decimal).state == Parsed<double>::State::invalid);
}

TEST_CASE("text in a number column is invalid and says what it found") {
    const auto parsed = parse_number("lots", NumberLocale::dot_decimal);
    CHECK(parsed.state == Parsed<double>::State::invalid);
    CHECK(parsed.reason == "expected a number, found 'lots'");
    CHECK(parse_number("1.2.3", NumberLocale::dot_decimal).state == Parsed<double>::State::invalid);
    CHECK(parse_number("1,,2", NumberLocale::dot_decimal).state == Parsed<double>::State::invalid);
}

TEST_CASE("rates: percent and fraction are the same") {
    CHECK(parse_rate("4.2%", NumberLocale::dot_decimal).value == doctest::Approx(0.042));
    CHECK(parse_rate("0.042", NumberLocale::dot_decimal).value == doctest::Approx(0.042));
    CHECK(parse_rate("1.39%", NumberLocale::dot_decimal).value == doctest::Approx(0.0139));
    CHECK(parse_rate("4,2 %", NumberLocale::comma_decimal).value == doctest::Approx(0.042));
}

TEST_CASE("flags") {
    CHECK(parse_flag("Yes").value);
    CHECK(parse_flag("1").value);
    CHECK_FALSE(parse_flag("false").value);
    CHECK(parse_flag("maybe").state == Parsed<bool>::State::invalid);
}

TEST_CASE("the quick yes/no reading knows every word in any case, and nothing else") {
    for (const char* yes : {"1", "y", "Y", "x", "X", "yes", "YES", "Yes", "true", "TRUE", "paid", "Paid"}) {
        CHECK_MESSAGE(quick_flag(yes) == 1, yes);
    }
    for (const char* no : {"0", "n", "N", "no", "No", "false", "FALSE", "organic", "Organic"}) {
        CHECK_MESSAGE(quick_flag(no) == 0, no);
    }
    // Control bytes one bit away from '1' and '0', near misses, and words with spaces left to trim.
    for (const char* other : {"", "\x11", "\x10", "2", "ye", "yess", "nope", "tru", "paidx", "organics", "yes ", " no", "sí"}) {
        CHECK_MESSAGE(quick_flag(other) == -1, other);
    }
}

TEST_CASE("the plain ISO reading agrees with the full date reading, and turns away the rest") {
    for (const char* text : {"2025-06-05", "2025-06-05T21:01:00Z", "2025-06-05T21:01:00", "2025-06-05 21:01:00", "2024-02-29",
                             "1999-12-31T23:59:59Z"}) {
        std::int64_t time = 0;
        REQUIRE_MESSAGE(read_plain_iso(text, time), text);
        const DateReading full = read_date(text);
        REQUIRE(full.time.has_value());
        CHECK_MESSAGE(time == full.time.value, text);
    }
    std::int64_t time = 0;
    CHECK(read_plain_iso("2025-06-05", time));
    CHECK(time == 1749081600);  // 2025-06-05T00:00:00Z
    // Impossible dates and times, and forms read_date handles on its slower path.
    for (const char* text : {"2025-02-29", "2025-13-01", "2025-06-05T24:00:00Z", "2025-06-05T21:60:00", "2025-06-05T21:01:00+02:00",
                             "2025-06-05T21:01", "05/06/2025", "2025-6-5", ""}) {
        CHECK_MESSAGE(!read_plain_iso(text, time), text);
    }
}

TEST_CASE("dates in the forms exports use") {
    CHECK(date("2025-08-28") == "2025-08-28");
    CHECK(date("2025-08-28T23:30:00Z") == "2025-08-28");
    CHECK(date("2025-08-28T23:30:00-02:00") == "2025-08-29");
    CHECK(date("2025-08-28 14:03") == "2025-08-28");
    CHECK(date("Aug 28, 2025") == "2025-08-28");
    CHECK(date("August 28 2025") == "2025-08-28");
    CHECK(date("28 Aug 2025") == "2025-08-28");
    CHECK(date("28/08/2025") == "2025-08-28");
    CHECK(date("08/28/2025") == "2025-08-28");
    CHECK(date("28.08.2025") == "2025-08-28");
    CHECK(date("1756339200") == "2025-08-28");
    CHECK(date("1756339200000") == "2025-08-28");
    CHECK(date("2024-02-29") == "2024-02-29");
    CHECK(parse_timestamp("2025-02-29").state == Parsed<std::int64_t>::State::invalid);
    CHECK(parse_timestamp("31/31/2024").state == Parsed<std::int64_t>::State::invalid);
    CHECK(parse_timestamp("yesterday").state == Parsed<std::int64_t>::State::invalid);
}

TEST_CASE("dates in six languages") {
    CHECK(date("28 de agosto de 2025") == "2025-08-28");
    CHECK(date("28 ao\xC3\xBBt 2025") == "2025-08-28");
    CHECK(date("28. August 2025") == "2025-08-28");
    CHECK(date("28 M\xC3\xA4rz 2025") == "2025-03-28");
    CHECK(date("28 de mar\xC3\xA7o de 2025") == "2025-03-28");
    CHECK(date("28 settembre 2025") == "2025-09-28");
    CHECK(date("dic 3, 2024") == "2024-12-03");
    CHECK(date("Thursday, August 28, 2025") == "2025-08-28");
    CHECK(date("Aug 28, 2025 10:37 PM") == "2025-08-28");
    CHECK(date("2025-12-06 10:37:33 -0500") == "2025-12-06");
    CHECK(date("20230101") == "2023-01-01");
    CHECK(month_from_name("Sept.") == 9);
    CHECK(month_from_name("FEVEREIRO") == 2);
    CHECK(month_from_name("mayonnaise") == 0);
}

TEST_CASE("dates without a year are kept as month and day, then placed") {
    const DateReading july = read_date("July 16");
    REQUIRE(july.time.has_value());
    CHECK(july.yearless);
    CHECK(is_yearless(july.time.value));
    CHECK(yearless_month(july.time.value) == 7);
    CHECK(yearless_day(july.time.value) == 16);
    const std::int64_t sep_2025 = days_from_civil(2025, 9, 3) * seconds_per_day;
    CHECK(format_date(latest_on_or_before(july.time.value, sep_2025)) == "2025-07-16");
    CHECK(format_date(earliest_on_or_after(july.time.value, sep_2025)) == "2026-07-16");
    const DateReading leap = read_date("February 29");
    CHECK(format_date(place_yearless(leap.time.value, 2025)) == "2025-03-01");
    CHECK(format_date(place_yearless(leap.time.value, 2024)) == "2024-02-29");
    CHECK(parse_timestamp("July 16").state == Parsed<std::int64_t>::State::invalid);  // --as-of needs a year
}

TEST_CASE("a slashed date's order is what its column shows") {
    const DateReading ambiguous = read_date("03/04/2025");
    CHECK(ambiguous.day_month_ambiguous);
    CHECK(format_date(ambiguous.time.value) == "2025-03-04");  // month-first until shown otherwise
    CHECK(read_date("25/04/2025").proves == DayMonthOrder::day_first);
    CHECK(read_date("04/25/2025").proves == DayMonthOrder::month_first);
    CHECK(format_date(read_date("03/04/2025", DayMonthOrder::day_first).time.value) == "2025-04-03");
    CHECK(format_date(swap_day_and_month(ambiguous.time.value)) == "2025-04-03");
}

TEST_CASE("days_from_civil and format_date agree") {
    CHECK(days_from_civil(1970, 1, 1) == 0);
    CHECK(days_from_civil(2000, 3, 1) == 11017);
    CHECK(format_date(-1) == "1969-12-31");
    CHECK(format_date(days_from_civil(2025, 12, 31) * seconds_per_day) == "2025-12-31");
}

TEST_CASE("an amount with its currency reads as its number") {
    using creatorscope::NumberLocale;
    using creatorscope::parse_number;
    CHECK(parse_number("$1,200", NumberLocale::dot_decimal).value == 1200);
    CHECK(parse_number("1.200 \xE2\x82\xAC", NumberLocale::comma_decimal).value == 1200);  // 1.200 €
    CHECK(parse_number("\xC2\xA3" "350", NumberLocale::dot_decimal).value == 350);              // £350
    CHECK(parse_number("USD 1200", NumberLocale::dot_decimal).value == 1200);
    CHECK(parse_number("2,500 EUR", NumberLocale::dot_decimal).value == 2500);
    CHECK(parse_number("R$ 99.90", NumberLocale::dot_decimal).value == doctest::Approx(99.9));
    CHECK(parse_number("-$50", NumberLocale::dot_decimal).value == -50);
    CHECK_FALSE(parse_number("USD", NumberLocale::dot_decimal).has_value());
    CHECK_FALSE(parse_number("$", NumberLocale::dot_decimal).has_value());
}
