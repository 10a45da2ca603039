// The report JSON and the roster CSV.
#include "creatorscope/report.hpp"

#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "creatorscope/dates.hpp"
#include "creatorscope/values.hpp"

namespace creatorscope {

namespace {

using json = nlohmann::ordered_json;

constexpr int rate_decimals = 8;  // a rate of 0.01234567 is 1.234567%: finer says nothing

json count_or_null(double value) {
    if (std::isnan(value)) return nullptr;
    if (value == std::floor(value) && std::fabs(value) < 9e15) return static_cast<std::int64_t>(value);
    return round_to(value, 4);
}

json rate_or_null(bool available, double value) {
    if (!available || std::isnan(value)) return nullptr;
    return round_to(value, rate_decimals);
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (const auto& part : parts) {
        if (!out.empty()) out += separator;
        out += part;
    }
    return out;
}

std::string delimiter_name(char delimiter) {
    switch (delimiter) {
        case ',': return "comma";
        case ';': return "semicolon";
        case '\t': return "tab";
        case '|': return "pipe";
        default: return "";
    }
}

json input_json(const InputFile& input) {
    json j;
    j["name"] = input.name();
    j["kind"] = std::string(kind_name(input.kind()));
    j["format"] = input.format_name().empty() ? json(nullptr) : json(input.format_name());
    j["rows"] = input.rows();
    j["rejected"] = input.rejected();
    j["skipped"] = input.skipped();
    j["issues_total"] = input.issue_count();
    if (input.kind() == Kind::posts || input.kind() == Kind::roster) j["keyword_hit_rows"] = input.keyword_hit_rows();
    j["encoding"] = input.encoding();
    j["container"] = input.container();
    if (input.delimiter() != 0) j["delimiter"] = delimiter_name(input.delimiter());
    json columns = json::array();
    for (const auto& column : input.mapping()) {
        columns.push_back({{"source", column.source}, {"canonical", column.canonical.empty() ? json(nullptr) : json(column.canonical)}});
    }
    j["columns"] = std::move(columns);
    json issues = json::array();
    for (const auto& issue : input.issues()) {
        issues.push_back({{"line", issue.line}, {"column", issue.column}, {"message", issue.message}});
    }
    j["issues"] = std::move(issues);
    return j;
}

json engagement_json(const Engagement& e) {
    json j;
    j["rate"] = rate_or_null(e.available, e.rate);
    j["rate_mean"] = rate_or_null(e.available, e.rate_mean);
    j["posts"] = e.posts_used;
    j["caveats"] = e.caveats;
    json formula;
    formula["source"] = e.source;
    formula["numerator"] = e.summed.empty() ? json(nullptr) : json(join(e.summed, " + "));
    formula["denominator"] = e.denominator.empty() ? json(nullptr) : json(e.denominator);
    formula["statistic"] = e.statistic;
    if (e.source == "posts") {
        formula["window"] = e.window;
        formula["posts_in_window"] = e.posts_in_window;
        formula["posts_used"] = e.posts_used;
        json skipped = json::array();
        for (const auto& s : e.skipped) {
            skipped.push_back({{"post_id", s.post_id}, {"line", s.line}, {"reason", s.reason}});
        }
        formula["posts_skipped"] = std::move(skipped);
    }
    formula["text"] = describe_formula(e);
    j["formula"] = std::move(formula);
    if (!e.note.empty()) j["note"] = e.note;
    return j;
}

}  // namespace

std::string describe_formula(const Engagement& e) {
    if (e.source == "roster") {
        if (!e.available) return e.note;
        if (e.summed.empty()) return "engagement rate as stated in the roster";
        return "(" + join(e.summed, " + ") + ") / followers, from the roster's averages";
    }
    if (!e.available) return e.note;
    return "median over the " + std::to_string(e.posts_used) + " most recent usable posts of (" + join(e.summed, " + ") +
           ") / " + (e.denominator == "views" ? "the post's views" : "followers") + "; window " +
           std::to_string(e.window) + " posts";
}

std::string write_report_json(const ReportView& view) {
    json report;
    report["schema"] = std::string(report_schema);
    report["as_of"] = view.as_of.empty() ? json(nullptr) : json(view.as_of);
    report["settings"] = {{"tier_scheme", view.tiers.name()}, {"tier_scheme_source", view.tiers.source()}};
    json inputs = json::array();
    for (const auto& input : view.inputs) inputs.push_back(input_json(*input));
    report["inputs"] = std::move(inputs);
    json creators = json::array();
    for (const auto& c : view.creators) {
        json j;
        j["handle"] = c.handle;
        j["platform"] = c.platform.empty() ? json(nullptr) : json(c.platform);
        j["followers"] = count_or_null(c.followers);
        j["tier"] = c.tier ? json(*c.tier) : json(nullptr);
        j["in_roster"] = c.in_roster;
        j["posts_loaded"] = c.posts_loaded;
        j["engagement"] = engagement_json(c.engagement);
        creators.push_back(std::move(j));
    }
    report["creators"] = std::move(creators);
    // Text from input files may be invalid UTF-8: replace it rather than fail (U+FFFD).
    return report.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string csv_cell(std::string_view text) {
    std::string cell(text);
    if (!cell.empty() && (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' || cell[0] == '\t' ||
                          cell[0] == '\r')) {
        cell.insert(cell.begin(), '\'');
    }
    if (cell.find_first_of(",\"\r\n") != std::string::npos) {
        std::string quoted = "\"";
        for (char c : cell) {
            if (c == '"') quoted += '"';
            quoted += c;
        }
        quoted += '"';
        return quoted;
    }
    return cell;
}

std::string write_roster_csv(const std::vector<CreatorResult>& creators) {
    std::string out = "handle,platform,followers,tier,engagement_rate,engagement_rate_mean,posts_used,engagement_basis,caveats\n";
    const auto number = [](double value, int decimals) -> std::string {
        if (std::isnan(value)) return "";
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
        return buffer;
    };
    for (const auto& c : creators) {
        const auto& e = c.engagement;
        out += csv_cell(c.handle) + ',' + csv_cell(c.platform) + ',' + number(c.followers, 0) + ',' +
               csv_cell(c.tier.value_or("")) + ',' + (e.available ? number(e.rate, rate_decimals) : "") + ',' +
               (e.available ? number(e.rate_mean, rate_decimals) : "") + ',' + std::to_string(e.posts_used) + ',' +
               csv_cell(e.denominator) + ',' + csv_cell(join(e.caveats, " ")) + '\n';
    }
    return out;
}

}  // namespace creatorscope
