// Countries by their codes and names: ISO 3166-1 (alpha-2, alpha-3, name, common and official
// names) from Debian's iso-codes, read at build time (cmake/EmbedAssets.cmake), and the usual
// other names ("UK", "USA", "Deutschland") a list may use.
#pragma once

#include <string_view>

namespace creatorscope {

// The alpha-2 code ("GB") of a country written as a code or a name, in any case, accents and
// punctuation aside ("gbr", "United Kingdom", "uk", "España"); empty when the text names none.
std::string_view country_code(std::string_view text);

// The country's ISO 3166-1 name for an alpha-2 code ("GB" -> "United Kingdom"); empty if unknown.
std::string_view country_name(std::string_view alpha_2);

std::string_view builtin_countries_text();  // generated: "AW;ABW;Aruba;;;\n..."

}  // namespace creatorscope
