// Countries by codes and names, from ISO 3166-1 (Debian's iso-codes) and the other names lists use.
#include <doctest/doctest.h>

#include "ingest/countries.hpp"

using creatorscope::country_code;
using creatorscope::country_name;

TEST_CASE("a country is known by its codes, its ISO names and the names lists use") {
    CHECK(country_code("GB") == "GB");
    CHECK(country_code("gbr") == "GB");
    CHECK(country_code("United Kingdom") == "GB");
    CHECK(country_code("UK") == "GB");
    CHECK(country_code("South Korea") == "KR");          // ISO's common name
    CHECK(country_code("Korea, Republic of") == "KR");   // ISO's name
    CHECK(country_code("Côte d'Ivoire") == "CI");        // accents and punctuation aside
    CHECK(country_code("España") == "ES");               // a country's own name
    CHECK(country_code("Deutschland") == "DE");
    CHECK(country_code("  usa ") == "US");
    CHECK(country_name("KR") == "South Korea");
    CHECK(country_name("DE") == "Germany");
    // Not countries: a city, a handle, one letter, a number.
    CHECK(country_code("Los Angeles").empty());
    CHECK(country_code("@lena.runs").empty());
    CHECK(country_code("x").empty());
    CHECK(country_code("12").empty());
}
