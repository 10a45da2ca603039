// creatorscope: the command-line front end. It reads files from disk in chunks and drives the
// engine through exactly the Feed and Step loop the page uses, so both write the same report.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "creatorscope/engine.hpp"
#include "creatorscope/kinds.hpp"

namespace {

constexpr int exit_ok = 0;
constexpr int exit_input_issues = 1;
constexpr int exit_usage = 2;
constexpr std::size_t chunk_bytes = 4u << 20;

constexpr std::string_view usage_text = R"(usage: creatorscope report [options] [KIND:]FILE...
       creatorscope plan [options] [--budget N] [--goal NAME] [--rates FILE] [KIND:]FILE...
       creatorscope kinds      (the input kinds and the column names each accepts, as Markdown)

Reads creator data (rosters, posts, ...) and writes the report JSON; plan writes the budget
plan JSON instead ("schema": "creatorscope.plan/1": the best set of creators for the brief's
goal under its budget and tier shares, solved exactly; docs/plan.md).

options:
  --tiers NAME|FILE  tier scheme: a built-in name (guide, five-band) or a scheme JSON file
  --as-of DATE       report date (YYYY-MM-DD); default: the latest date in the data
  --brief FILE       the campaign brief (JSON)
  --thresholds FILE  red-flag thresholds (JSON, keys of assets/flags/thresholds.json) over the built-in ones
  --attribution FILE attribution settings (JSON: lookback_days, time_decay_half_life_days,
                     time_decay_half_life_steps, position_based, markov_order) over a brief's
  --out FILE         write the report JSON to FILE instead of standard output
  --csv FILE         also write the roster as CSV (plan: the chosen creators)
  --html FILE        also write the report as one self-contained HTML file (charts inline, prints well)
  --mapping FILE     how to read files, as the page's Columns editor saves it: a JSON object
                     {"list.csv": {"kind": "roster", "columns": {"Creator": "handle"},
                     "platform": "tiktok"}}, or a workspace file saved by the page
  --map FILE:HEADER=COLUMN[,...]  the same inline: 'list.csv:Creator=handle,Subs=followers';
                     @kind=KIND and @platform=NAME set the kind and the list's platform
  --timings          print how long reading, analysing and writing took (standard error)
  --budget N         plan: the budget (default: the brief's plan.budget, else its budget)
  --goal NAME        plan: reach, engagement, conversions, revenue or fit_reach (default: the brief's)
  --rates FILE       plan: a rate table to estimate fees from (the format of assets/rates/rates.json),
                     in place of the brief's plan.rates and the shipped table
  -h, --help         this text

A file may be prefixed with its kind to skip detection: posts:data.csv
Kinds: roster, posts, follower_history, comments, audience, follower_sample, touchpoints,
       conversions, paths, codes, costs, brief

exit status: 0 success, 1 an input had rejected rows or cells (the report is still
written), 2 usage error or unreadable file
)";

int usage_error(const std::string& message) {
    std::cerr << "creatorscope: " << message << "\n\n" << usage_text;
    return exit_usage;
}

bool read_whole(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return true;
}

bool write_file(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    return static_cast<bool>(out);
}

// A file (standard output when path is empty) written piece by piece by `write` (a report
// writer with a sink): a report of any size is never held whole.
template <typename Write>
bool write_streamed(const std::string& path, Write write) {
    std::FILE* file = path.empty() ? stdout : std::fopen(path.c_str(), "wb");
    if (file == nullptr) return false;
    bool ok = false;
    {
        creatorscope::FileSink sink(file);
        write(sink);
        ok = sink.flush();
    }
    return path.empty() ? ok : std::fclose(file) == 0 && ok;
}

// Streams one file into the engine in fixed-size chunks, as the page does with a dropped File.
// replaces: read the file again in place of that input (the engine asked for it by id). On
// success, id is the input's id.
bool load(creatorscope::Engine& engine, const std::string& path, const creatorscope::MappingOverride& override, std::string& error,
          std::uint32_t& id, std::optional<std::uint32_t> replaces = std::nullopt) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) {
        error = "cannot read " + path;
        return false;
    }
    const auto size = static_cast<std::uint64_t>(in.tellg());
    in.seekg(0);
    const auto slash = path.find_last_of('/');
    const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    const auto status = replaces ? engine.begin_reread(*replaces, size) : engine.begin_file(name, override, size);
    if (!status) {
        error = status.message();
        return false;
    }
    std::string chunk(chunk_bytes, '\0');
    while (in) {
        in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        const auto got = static_cast<std::size_t>(in.gcount());
        if (got == 0) break;
        if (auto fed = engine.feed(std::string_view(chunk.data(), got)); !fed) {
            error = path + ": " + fed.message();
            engine.cancel_file();
            return false;
        }
    }
    if (auto finished = engine.finish_file(&id); !finished) {
        error = path + ": " + finished.message();
        return false;
    }
    return true;
}

// A setting's option (--tiers, --as-of, --thresholds, --attribution) with its value: parsed here,
// at the edge, into the engine's typed setting. Empty when fine, else the message.
std::string apply_setting(creatorscope::Engine& engine, const std::string& option, const std::string& value) {
    using namespace creatorscope;
    std::string text = value;
    const bool from_file = option != "--as-of" && !(option == "--tiers" && TierScheme::builtin(value));
    if (from_file && !read_whole(value, text)) {
        return option == "--tiers" ? "--tiers: '" + value + "' is neither a built-in scheme nor a readable file"
                                   : option + ": cannot read '" + value + "'";
    }
    Status status = Status::ok();
    if (option == "--tiers") {
        TierScheme scheme;
        status = TierScheme::select(text, scheme);
        if (status) status = engine.set_tier_scheme(std::move(scheme));
        return status ? std::string() : "--tiers: " + status.message();
    }
    if (option == "--as-of") {
        std::optional<std::int64_t> day;
        status = parse_report_date(text, day);
        if (status) status = engine.set_as_of(day);
        return status ? std::string() : status.message();
    }
    if (option == "--thresholds") {
        FlagThresholds thresholds = FlagThresholds::builtin();
        status = thresholds.apply_json(text);
        if (status) status = engine.set_thresholds(thresholds);
    } else {
        AttributionSettings settings;
        status = AttributionSettings::parse(text, settings);
        if (status) status = engine.set_attribution_settings(settings);
    }
    return status ? std::string() : option + ": " + value + ": " + status.message();
}

struct InputOption {
    std::string path;
    creatorscope::MappingOverride override;  // from KIND:FILE, --mapping and --map
};

struct ReportOptions {
    std::string out_path, csv_path, html_path;
    bool timings = false;
    bool plan = false;  // the plan command
    creatorscope::PlanRequest request;
    std::vector<InputOption> files;
    std::vector<std::pair<std::string, creatorscope::MappingOverride>> mappings;  // file name -> its corrections
};

std::string base_name(const std::string& path) {
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// --mapping FILE: {"name.csv": {mapping}, ...}, or a workspace file ({"files": [{"name", "override"}]}).
std::string read_mapping_file(const std::string& path, ReportOptions& options) {
    std::string text;
    if (!read_whole(path, text)) return "--mapping: cannot read '" + path + "'";
    const auto document = nlohmann::json::parse(text, nullptr, false);
    if (document.is_discarded() || !document.is_object()) return "--mapping: " + path + " is not a JSON object";
    const auto add = [&](const std::string& name, const nlohmann::json& value) -> std::string {
        if (value.is_null()) return "";
        creatorscope::MappingOverride override;
        if (auto status = creatorscope::parse_mapping_override(value.dump(), override); !status) {
            return "--mapping: " + path + ": " + name + ": " + status.message();
        }
        options.mappings.emplace_back(name, std::move(override));
        return "";
    };
    if (document.contains("files") && document["files"].is_array()) {
        for (const auto& file : document["files"]) {
            if (!file.is_object() || !file.contains("name") || !file["name"].is_string()) continue;
            if (auto error = add(file["name"].get<std::string>(), file.value("override", nlohmann::json())); !error.empty()) return error;
        }
        return "";
    }
    for (const auto& [name, value] : document.items()) {
        if (auto error = add(name, value); !error.empty()) return error;
    }
    return "";
}

// The corrections named for a file (by its path or its name) join the kind its KIND: prefix gave.
void apply_mappings(ReportOptions& options) {
    for (auto& file : options.files) {
        for (const auto& [name, override] : options.mappings) {
            if (name != file.path && name != base_name(file.path)) continue;
            if (override.kind) file.override.kind = override.kind;
            if (override.platform) file.override.platform = override.platform;
            for (const auto& column : override.columns) file.override.columns.push_back(column);
        }
    }
}

// Reads the options into `options` and the settings into the engine; an exit code when the
// command must stop there (help, a usage error).
std::optional<int> read_options(const std::vector<std::string>& args, creatorscope::Engine& engine, ReportOptions& options) {
    static const std::vector<std::string> settings{"--tiers", "--as-of", "--thresholds", "--attribution"};
    static const std::vector<std::pair<std::string, std::string ReportOptions::*>> outputs{
        {"--out", &ReportOptions::out_path}, {"--csv", &ReportOptions::csv_path}, {"--html", &ReportOptions::html_path}};
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const bool has_value = i + 1 < args.size();
        const auto output = std::find_if(outputs.begin(), outputs.end(), [&](const auto& o) { return o.first == arg; });
        if (arg == "-h" || arg == "--help") {
            std::cout << usage_text;
            return exit_ok;
        } else if (std::find(settings.begin(), settings.end(), arg) != settings.end()) {
            if (!has_value) return usage_error(arg + " needs a value");
            if (const std::string error = apply_setting(engine, arg, args[++i]); !error.empty()) return usage_error(error);
        } else if (arg == "--brief") {
            if (!has_value) return usage_error("--brief needs a file");
            options.files.push_back({args[++i], {creatorscope::Kind::brief, {}, {}}});
        } else if (arg == "--mapping") {
            if (!has_value) return usage_error("--mapping needs a file");
            if (const std::string error = read_mapping_file(args[++i], options); !error.empty()) return usage_error(error);
        } else if (arg == "--map") {
            if (!has_value) return usage_error("--map needs FILE:HEADER=COLUMN");
            std::string file;
            creatorscope::MappingOverride override;
            if (auto status = creatorscope::parse_map_option(args[++i], file, override); !status) return usage_error(status.message());
            options.mappings.emplace_back(file, std::move(override));
        } else if (output != outputs.end()) {
            if (!has_value) return usage_error(arg + " needs a file");
            options.*(output->second) = args[++i];
        } else if (arg == "--timings") {
            options.timings = true;
        } else if (options.plan && arg == "--rates") {
            if (!has_value) return usage_error("--rates needs a file");
            if (!read_whole(args[++i], options.request.rates_json)) return usage_error("cannot read " + args[i]);
        } else if (options.plan && (arg == "--budget" || arg == "--goal")) {
            if (!has_value) return usage_error(arg + " needs a value");
            const std::string& value = args[++i];
            if (arg == "--goal") {
                options.request.goal = value;
                static const std::vector<std::string> goals{"reach", "engagement", "conversions", "revenue", "fit_reach"};
                if (std::find(goals.begin(), goals.end(), value) == goals.end()) return usage_error("unknown goal '" + value + "'");
            } else {
                char* end = nullptr;
                options.request.budget = std::strtod(value.c_str(), &end);
                if (end == value.c_str() || *end != '\0' || !(options.request.budget > 0)) return usage_error("--budget needs a positive number");
            }
        } else if (arg.size() > 1 && arg[0] == '-') {
            return usage_error("unknown option " + arg);
        } else if (const auto colon = arg.find(':'); colon != std::string::npos && creatorscope::kind_from_name(arg.substr(0, colon))) {
            options.files.push_back({arg.substr(colon + 1), {creatorscope::kind_from_name(arg.substr(0, colon)), {}, {}}});
        } else {
            options.files.push_back({arg, {}});
        }
    }
    if (options.files.empty()) return usage_error("no input files");
    apply_mappings(options);
    return std::nullopt;
}

// Reads every file, then the ones the engine asks for again (read before a brief, so searched
// without its terms). An exit code on failure; `bytes` counts each file once.
std::optional<int> read_inputs(creatorscope::Engine& engine, const ReportOptions& options, std::uint64_t& bytes) {
    std::map<std::uint32_t, std::size_t> file_of;  // input id -> files[] entry
    for (std::size_t f = 0; f < options.files.size(); ++f) {
        std::string error;
        std::uint32_t id = 0;
        if (!load(engine, options.files[f].path, options.files[f].override, error, id)) return usage_error(error);
        file_of[id] = f;
        bytes += engine.input_by_id(id)->bytes_read();
    }
    for (const std::uint32_t id : engine.inputs_to_reread()) {
        std::string error;
        std::uint32_t same = 0;
        const InputOption& file = options.files[file_of.at(id)];
        if (!load(engine, file.path, file.override, error, same, id)) return usage_error(error);
    }
    // A brief whose settings name an unknown threshold or setting is a usage error.
    if (!engine.settings_problems().empty()) {
        for (const auto& problem : engine.settings_problems()) std::cerr << "creatorscope: " << problem << "\n";
        return exit_usage;
    }
    return std::nullopt;
}

void print_summary(const creatorscope::Engine& engine) {
    std::uint64_t rows = 0, rejected = 0, issues = 0;
    for (const auto& input : engine.inputs()) {
        rows += input->rows();
        rejected += input->rejected();
        issues += input->issue_count();
    }
    std::cerr << "creatorscope: " << engine.inputs().size() << " files, " << rows << " rows kept, " << rejected
              << " rejected, " << issues << " issues; " << engine.creators().size() << " creators"
              << (engine.as_of_date().empty() ? std::string(", no dates") : " as of " + engine.as_of_date()) << "\n";
}

int run_report(const std::vector<std::string>& args, bool plan) {
    creatorscope::Engine engine;
    ReportOptions options;
    options.plan = plan;
    if (const auto stop = read_options(args, engine, options)) return *stop;
    using clock = std::chrono::steady_clock;
    const auto seconds_since = [](clock::time_point start) { return std::chrono::duration<double>(clock::now() - start).count(); };
    const auto read_start = clock::now();
    std::uint64_t bytes = 0;
    if (const auto stop = read_inputs(engine, options, bytes)) return *stop;
    const double read_seconds = seconds_since(read_start);
    const auto analyse_start = clock::now();
    while (!engine.step(50.0)) {
    }
    const double analyse_seconds = seconds_since(analyse_start);
    const auto write_start = clock::now();
    const bool written = write_streamed(options.out_path, [&](creatorscope::TextSink& sink) {
        if (options.plan) {
            sink.write(engine.plan_json(options.request));
        } else {
            engine.report_json(sink);
        }
    });
    const double write_seconds = seconds_since(write_start);
    if (!written) return usage_error("cannot write " + (options.out_path.empty() ? std::string("the report") : options.out_path));
    if (options.timings) {
        std::uint64_t table_bytes = 0;
        for (const auto& input : engine.inputs()) table_bytes += input->table_bytes();
        std::fprintf(stderr, "timings: read %.3f s (%.1f MB/s, %.1f MB), analyse %.3f s, write %.3f s; tables %.1f MB, strings %.1f MB\n",
                     read_seconds, bytes / 1e6 / std::max(read_seconds, 1e-9), bytes / 1e6, analyse_seconds, write_seconds,
                     table_bytes / 1e6, engine.string_bytes() / 1e6);
    }
    if (!options.csv_path.empty()) {
        const bool ok = options.plan ? write_file(options.csv_path, engine.plan_csv(options.request))
                                     : write_streamed(options.csv_path, [&](creatorscope::TextSink& sink) { engine.roster_csv(sink); });
        if (!ok) return usage_error("cannot write " + options.csv_path);
    }
    if (!options.html_path.empty() && !write_streamed(options.html_path, [&](creatorscope::TextSink& sink) { engine.report_html(sink); })) {
        return usage_error("cannot write " + options.html_path);
    }
    print_summary(engine);
    return engine.any_input_issues() ? exit_input_issues : exit_ok;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "-h" || args[0] == "--help") {
        std::cout << usage_text;
        return args.empty() ? exit_usage : exit_ok;
    }
    if (args[0] == "--version") {
        std::cout << "creatorscope 0.1.0\n";
        return exit_ok;
    }
    if (args[0] == "kinds") {
        std::cout << creatorscope::describe_kinds_markdown();
        return exit_ok;
    }
    if (args[0] != "report" && args[0] != "plan") return usage_error("unknown command '" + args[0] + "'");
    const bool plan = args[0] == "plan";
    args.erase(args.begin());
    return run_report(args, plan);
}
