// Alignment's audience parts: the audience files' rows by account and dimension, and the share
// of an account's audience in the brief's countries, ages, genders and languages.
#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "ingest/input_file.hpp"
#include "model/kinds.hpp"
#include "model/table.hpp"
#include "model/text.hpp"
#include "scores/scoring.hpp"

namespace creatorscope {

namespace {

// The dimension a row names: "country", "Countries", "audience_country"... (or nullptr).
std::vector<std::pair<std::string, double>>* dimension_rows(AudienceRows& rows, const std::string& dimension) {
    const std::string d = fold_column_name(dimension);
    if (d.find("countr") != std::string::npos || d == "geo" || d == "location") return &rows.countries;
    if (d.find("lang") != std::string::npos) return &rows.languages;  // before "age", which "language" contains
    if (d.find("age") != std::string::npos) return &rows.ages;
    if (d.find("gender") != std::string::npos || d == "sex") return &rows.genders;
    return nullptr;
}

// A gender as the brief and the files may write it, in one form.
std::string gender_form(std::string_view text) {
    const std::string g = lower_ascii(trim(text));
    if (g == "f" || g == "woman" || g == "women" || g == "females") return "female";
    if (g == "m" || g == "man" || g == "men" || g == "males") return "male";
    return g;
}

// A language code's main part ("en-US" and "en_GB" are "en"), lower case.
std::string language_form(std::string_view text) {
    std::string l = lower_ascii(trim(text));
    const std::size_t cut = l.find_first_of("-_");
    return cut == std::string::npos ? l : l.substr(0, cut);
}

// An age range "18-24", "18–24", "55+", "65 and over": [low, high] in years, or false.
bool age_range(std::string_view text, double& low, double& high) {
    const std::string t(trim(text));
    char* end = nullptr;
    low = std::strtod(t.c_str(), &end);
    if (end == t.c_str()) return false;
    std::string_view rest(end);
    rest = trim(rest);
    if (rest.empty()) {
        high = low;
        return true;
    }
    if (rest[0] == '+' || rest.find("over") != std::string_view::npos || rest.find("more") != std::string_view::npos) {
        high = 120;
        return true;
    }
    while (!rest.empty() && (rest[0] == '-' || rest[0] == ' ' || static_cast<unsigned char>(rest[0]) >= 0x80)) rest.remove_prefix(1);  // -, – or —
    const std::string upper(rest);
    high = std::strtod(upper.c_str(), &end);
    return end != upper.c_str() && high >= low;
}

bool in_list(const std::string& item, const std::vector<std::string>& list) { return std::find(list.begin(), list.end(), item) != list.end(); }

}  // namespace

AudienceIndex::AudienceIndex(const std::vector<std::unique_ptr<InputFile>>& inputs, const StringPool& strings) {
    static const int handle = canonical_index(Kind::audience, "handle"), platform = canonical_index(Kind::audience, "platform"),
                     dimension = canonical_index(Kind::audience, "dimension"), bucket = canonical_index(Kind::audience, "bucket"),
                     share = canonical_index(Kind::audience, "share");
    for (const auto& input : inputs) {
        if (!input->finished() || input->kind() != Kind::audience) continue;
        ++files_;
        const Table& t = input->table();
        for (std::size_t row = 0; row < t.rows(); ++row) {
            const double value = t.number(share, row);
            if (std::isnan(value)) continue;
            const std::string key = std::string(strings.get(t.text(handle, row))) + '\x1f' + std::string(strings.get(t.text(platform, row)));
            AudienceRows& rows = rows_[key];
            if (rows.input.empty()) rows.input = input->name();
            if (auto* list = dimension_rows(rows, std::string(strings.get(t.text(dimension, row))))) {
                list->emplace_back(std::string(strings.get(t.text(bucket, row))), value);
            }
        }
    }
}

const AudienceRows* AudienceIndex::find(const std::string& handle, const std::string& platform) const {
    if (const auto found = rows_.find(handle + '\x1f' + platform); found != rows_.end()) return &found->second;
    if (const auto found = rows_.find(handle + '\x1f'); found != rows_.end()) return &found->second;
    return nullptr;
}

double age_coverage(const std::string& bucket, const std::vector<std::string>& targets) {
    double low = 0, high = 0;
    const bool ranged = age_range(bucket, low, high);
    // An open bucket ("55+") is taken as ten years wide for the share a closed range covers of it.
    const double top = high >= 120 ? low + 9 : high;
    double covered = 0;
    for (const auto& target : targets) {
        double target_low = 0, target_high = 0;
        if (!ranged || !age_range(target, target_low, target_high)) {
            if (fold_column_name(target) == fold_column_name(bucket)) return 1;
            continue;
        }
        const double overlap = std::min(top, target_high) - std::max(low, target_low) + 1;
        if (overlap > 0) covered += overlap / (top - low + 1);
    }
    return std::min(1.0, covered);
}

ScorePart audience_part(const std::string& name, const std::vector<std::string>& targets, const AudienceRows* rows,
                        const AudienceIndex& index) {
    ScorePart part;
    part.name = name;
    part.targets = targets;
    if (targets.empty()) {
        part.basis = "not asked: the brief names no " + name;
        return part;
    }
    const std::vector<std::pair<std::string, double>>* list = nullptr;
    if (rows != nullptr) {
        list = name == "countries" ? &rows->countries : name == "ages" ? &rows->ages : name == "genders" ? &rows->genders : &rows->languages;
    }
    if (list == nullptr || list->empty()) {
        part.basis = index.files() == 0 ? "unknown: no audience file loaded"
                     : rows == nullptr ? "unknown: the audience files (" + std::to_string(index.accounts()) + " accounts) have no rows for this account"
                                       : "unknown: the audience file has no " + name + " rows for this account";
        return part;
    }
    part.input = rows->input;
    double total = 0;
    for (const auto& [bucket, share] : *list) total += share;
    // Shares written as percentages (they sum to about 100) are read as fractions; shares that
    // sum to a little over 1 (rounding) are scaled to 1; a list that sums to less (the top
    // buckets only) keeps the rest as outside the targets.
    const double scale = total > 1.5 ? 100.0 : 1.0;
    const double sum = total / scale;
    const double divisor = sum > 1 ? sum * scale : scale;
    double in_target = 0;
    for (const auto& [bucket, share] : *list) {
        double covered = 0;
        if (name == "countries") covered = in_list(upper_ascii(trim(bucket)), targets) ? 1 : 0;
        if (name == "ages") covered = age_coverage(bucket, targets);
        if (name == "genders") covered = in_list(gender_form(bucket), targets) || in_list(std::string(trim(bucket)), targets) ? 1 : 0;
        if (name == "languages") {
            const std::string code = language_form(bucket);
            covered = std::any_of(targets.begin(), targets.end(), [&](const std::string& t) { return language_form(t) == code; }) ? 1 : 0;
        }
        part.rows.push_back({bucket, share / divisor, covered});
        in_target += covered * share / divisor;
    }
    part.share_in_target = in_target;
    part.score = 100.0 * in_target;
    part.basis = format_number(100.0 * in_target, 1) + "% of the audience in the brief's " + name + ", from " +
                 std::to_string(list->size()) + " " + name + " rows of " + rows->input;
    return part;
}

}  // namespace creatorscope
