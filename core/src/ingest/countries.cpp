// Countries by their codes and names (countries.hpp).
#include "ingest/countries.hpp"

#include <string>
#include <unordered_map>

#include "ingest/header_words.hpp"

namespace creatorscope {

namespace {

// Names lists use that ISO 3166-1 does not give: short forms, and the names the countries of
// the product's six languages and the largest creator markets give themselves.
constexpr std::pair<std::string_view, std::string_view> other_names[] = {
    {"uk", "GB"}, {"greatbritain", "GB"}, {"britain", "GB"}, {"england", "GB"}, {"scotland", "GB"}, {"wales", "GB"},
    {"usa", "US"}, {"us", "US"}, {"unitedstatesofamerica", "US"}, {"america", "US"}, {"estadosunidos", "US"},
    {"etatsunis", "US"}, {"vereinigtestaaten", "US"}, {"statiuniti", "US"}, {"eua", "US"},
    {"russia", "RU"}, {"southkorea", "KR"}, {"korea", "KR"}, {"vietnam", "VN"}, {"iran", "IR"}, {"turkey", "TR"},
    {"turkiye", "TR"}, {"czechrepublic", "CZ"}, {"holland", "NL"}, {"thenetherlands", "NL"}, {"nederland", "NL"},
    {"uae", "AE"}, {"taiwan", "TW"}, {"bolivia", "BO"}, {"venezuela", "VE"}, {"tanzania", "TZ"}, {"syria", "SY"},
    {"laos", "LA"}, {"moldova", "MD"}, {"espana", "ES"}, {"spanien", "ES"}, {"espagne", "ES"}, {"spagna", "ES"},
    {"deutschland", "DE"}, {"allemagne", "DE"}, {"alemania", "DE"}, {"germania", "DE"}, {"alemanha", "DE"},
    {"frankreich", "FR"}, {"francia", "FR"}, {"franca", "FR"}, {"italia", "IT"}, {"italien", "IT"}, {"italie", "IT"},
    {"brasil", "BR"}, {"bresil", "BR"}, {"brasilien", "BR"}, {"mexico", "MX"}, {"mexique", "MX"}, {"mexiko", "MX"},
    {"osterreich", "AT"}, {"schweiz", "CH"}, {"suisse", "CH"}, {"svizzera", "CH"}, {"belgique", "BE"}, {"belgie", "BE"},
    {"polska", "PL"}, {"nihon", "JP"}, {"japon", "JP"}, {"giappone", "JP"}, {"china", "CN"}, {"chine", "CN"},
    {"inde", "IN"}, {"indien", "IN"}, {"reinounido", "GB"}, {"royaumeuni", "GB"}, {"regnounito", "GB"},
    {"vereinigteskonigreich", "GB"}, {"canada", "CA"}, {"kanada", "CA"}, {"argentine", "AR"}, {"perou", "PE"},
    {"portugal", "PT"}, {"irlanda", "IE"}, {"irlande", "IE"}, {"grecia", "GR"}, {"grece", "GR"},
};

struct Table {
    std::unordered_map<std::string, std::string> code_of;  // folded code or name -> alpha-2
    std::unordered_map<std::string, std::string> name_of;  // alpha-2 -> name
};

const Table& table() {
    static const Table built = [] {
        Table t;
        std::string_view text = builtin_countries_text();
        while (!text.empty()) {
            const auto end = text.find('\n');
            std::string_view line = text.substr(0, end);
            text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
            std::string fields[5];
            for (auto& field : fields) {
                const auto semicolon = line.find(';');
                field = std::string(line.substr(0, semicolon));
                line.remove_prefix(semicolon == std::string_view::npos ? line.size() : semicolon + 1);
            }
            if (fields[0].size() != 2) continue;
            t.name_of.emplace(fields[0], fields[3].empty() ? fields[2] : fields[3]);
            for (const auto& field : fields) {
                if (!field.empty()) t.code_of.emplace(fold_letters(field), fields[0]);
            }
        }
        for (const auto& [name, code] : other_names) t.code_of.emplace(std::string(name), std::string(code));
        return t;
    }();
    return built;
}

}  // namespace

std::string_view country_code(std::string_view text) {
    if (text.size() < 2 || text.size() > 80) return {};
    const auto& codes = table().code_of;
    const auto found = codes.find(fold_letters(text));
    return found == codes.end() ? std::string_view{} : std::string_view(found->second);
}

std::string_view country_name(std::string_view alpha_2) {
    const auto& names = table().name_of;
    const auto found = names.find(std::string(alpha_2));
    return found == names.end() ? std::string_view{} : std::string_view(found->second);
}

}  // namespace creatorscope
