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

#include "creatorscope/engine.hpp"
#include "creatorscope/kinds.hpp"

namespace {

constexpr int exit_ok = 0;
constexpr int exit_input_issues = 1;
constexpr int exit_usage = 2;
constexpr std::size_t chunk_bytes = 4u << 20;

constexpr std::string_view usage_text = R"(usage: creatorscope report [options] [KIND:]FILE...
       creatorscope kinds      (the input kinds and the column names each accepts, as Markdown)

Reads creator data (rosters, posts, ...) and writes the report JSON.

options:
  --tiers NAME|FILE  tier scheme: a built-in name (guide, five-band) or a scheme JSON file
  --as-of DATE       report date (YYYY-MM-DD); default: the latest date in the data
  --brief FILE       the campaign brief (JSON)
  --thresholds FILE  red-flag thresholds (JSON, keys of assets/flags/thresholds.json) over the built-in ones
  --attribution FILE attribution settings (JSON: lookback_days, time_decay_half_life_days,
                     time_decay_half_life_steps, position_based, markov_order) over a brief's
  --out FILE         write the report JSON to FILE instead of standard output
  --csv FILE         also write the roster as CSV
  --html FILE        also write the report as one self-contained HTML file (charts inline, prints well)
  --timings          print how long reading, analysing and writing took (standard error)
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

// Streams one file into the engine in fixed-size chunks, as the page does with a dropped File.
// replaces: read the file again in place of that input (the engine asked for it by id). On
// success, id is the input's id.
bool load(creatorscope::Engine& engine, const std::string& path, std::string_view kind, std::string& error, std::uint32_t& id,
          std::optional<std::uint32_t> replaces = std::nullopt) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) {
        error = "cannot read " + path;
        return false;
    }
    const auto size = static_cast<std::uint64_t>(in.tellg());
    in.seekg(0);
    const auto slash = path.find_last_of('/');
    const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    const auto status = replaces ? engine.begin_reread(*replaces, size) : engine.begin_file(name, kind, size);
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

int run_report(const std::vector<std::string>& args) {
    creatorscope::Engine engine;
    std::string out_path, csv_path, html_path;
    bool timings = false;
    std::vector<std::pair<std::string, std::string>> files;  // kind, path
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        const auto value = [&](std::string& target) {
            if (i + 1 >= args.size()) return false;
            target = args[++i];
            return true;
        };
        std::string v;
        if (arg == "-h" || arg == "--help") {
            std::cout << usage_text;
            return exit_ok;
        } else if (arg == "--tiers") {
            if (!value(v)) return usage_error("--tiers needs a scheme name or file");
            std::string text = v;
            if (!creatorscope::TierScheme::builtin(v)) {
                if (!read_whole(v, text)) return usage_error("--tiers: '" + v + "' is neither a built-in scheme nor a readable file");
            }
            creatorscope::TierScheme scheme;
            if (auto status = creatorscope::TierScheme::select(text, scheme); !status) return usage_error("--tiers: " + status.message());
            if (auto status = engine.set_tier_scheme(std::move(scheme)); !status) return usage_error("--tiers: " + status.message());
        } else if (arg == "--as-of") {
            if (!value(v)) return usage_error("--as-of needs a date");
            std::optional<std::int64_t> day;
            if (auto status = creatorscope::parse_report_date(v, day); !status) return usage_error(status.message());
            if (auto status = engine.set_as_of(day); !status) return usage_error(status.message());
        } else if (arg == "--thresholds") {
            if (!value(v)) return usage_error("--thresholds needs a file");
            std::string text;
            if (!read_whole(v, text)) return usage_error("--thresholds: cannot read '" + v + "'");
            creatorscope::FlagThresholds thresholds = creatorscope::FlagThresholds::builtin();
            if (auto status = thresholds.apply_json(text); !status) return usage_error("--thresholds: " + v + ": " + status.message());
            if (auto status = engine.set_thresholds(thresholds); !status) return usage_error("--thresholds: " + status.message());
        } else if (arg == "--attribution") {
            if (!value(v)) return usage_error("--attribution needs a file");
            std::string text;
            if (!read_whole(v, text)) return usage_error("--attribution: cannot read '" + v + "'");
            creatorscope::AttributionSettings settings;
            if (auto status = creatorscope::AttributionSettings::parse(text, settings); !status) {
                return usage_error("--attribution: " + v + ": " + status.message());
            }
            if (auto status = engine.set_attribution_settings(settings); !status) return usage_error("--attribution: " + status.message());
        } else if (arg == "--brief") {
            if (!value(v)) return usage_error("--brief needs a file");
            files.emplace_back("brief", v);
        } else if (arg == "--out") {
            if (!value(out_path)) return usage_error("--out needs a file");
        } else if (arg == "--timings") {
            timings = true;
        } else if (arg == "--csv") {
            if (!value(csv_path)) return usage_error("--csv needs a file");
        } else if (arg == "--html") {
            if (!value(html_path)) return usage_error("--html needs a file");
        } else if (arg.size() > 1 && arg[0] == '-') {
            return usage_error("unknown option " + arg);
        } else {
            const auto colon = arg.find(':');
            if (colon != std::string::npos && creatorscope::kind_from_name(arg.substr(0, colon))) {
                files.emplace_back(arg.substr(0, colon), arg.substr(colon + 1));
            } else {
                files.emplace_back("", arg);
            }
        }
    }
    if (files.empty()) return usage_error("no input files");
    using clock = std::chrono::steady_clock;
    const auto seconds_since = [](clock::time_point start) { return std::chrono::duration<double>(clock::now() - start).count(); };
    const auto read_start = clock::now();
    std::uint64_t bytes = 0;
    std::map<std::uint32_t, std::size_t> file_of;  // input id -> files[] entry, for the engine's re-reads
    for (std::size_t f = 0; f < files.size(); ++f) {
        std::string error;
        std::uint32_t id = 0;
        if (!load(engine, files[f].second, files[f].first, error, id)) return usage_error(error);
        file_of[id] = f;
        bytes += engine.input_by_id(id)->bytes_read();  // (re-reads below are not counted twice)
    }
    // The engine asks for the files read before a brief (searched without its terms) again.
    for (const std::uint32_t id : engine.inputs_to_reread()) {
        std::string error;
        std::uint32_t same = 0;
        const auto& [kind, path] = files[file_of.at(id)];
        if (!load(engine, path, kind, error, same, id)) return usage_error(error);
    }
    // A brief whose settings name an unknown threshold or setting is a usage error.
    if (!engine.settings_problems().empty()) {
        for (const auto& problem : engine.settings_problems()) std::cerr << "creatorscope: " << problem << "\n";
        return exit_usage;
    }
    const double read_seconds = seconds_since(read_start);
    const auto analyse_start = clock::now();
    while (!engine.step(50.0)) {
    }
    const double analyse_seconds = seconds_since(analyse_start);
    const auto write_start = clock::now();
    const std::string report = engine.report_json();
    const double write_seconds = seconds_since(write_start);
    if (timings) {
        std::uint64_t table_bytes = 0;
        for (const auto& input : engine.inputs()) table_bytes += input->table_bytes();
        std::fprintf(stderr, "timings: read %.3f s (%.1f MB/s, %.1f MB), analyse %.3f s, write %.3f s; tables %.1f MB, strings %.1f MB\n",
                     read_seconds, bytes / 1e6 / std::max(read_seconds, 1e-9), bytes / 1e6, analyse_seconds, write_seconds,
                     table_bytes / 1e6, engine.string_bytes() / 1e6);
    }
    if (out_path.empty()) {
        std::cout << report;
    } else if (!write_file(out_path, report)) {
        return usage_error("cannot write " + out_path);
    }
    if (!csv_path.empty() && !write_file(csv_path, engine.roster_csv())) return usage_error("cannot write " + csv_path);
    if (!html_path.empty() && !write_file(html_path, engine.report_html())) return usage_error("cannot write " + html_path);

    std::uint64_t rows = 0, rejected = 0, issues = 0;
    for (const auto& input : engine.inputs()) {
        rows += input->rows();
        rejected += input->rejected();
        issues += input->issue_count();
    }
    std::cerr << "creatorscope: " << engine.inputs().size() << " files, " << rows << " rows kept, " << rejected
              << " rejected, " << issues << " issues; " << engine.creators().size() << " creators"
              << (engine.as_of_date().empty() ? std::string(", no dates") : " as of " + engine.as_of_date()) << "\n";
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
    if (args[0] != "report") return usage_error("unknown command '" + args[0] + "'");
    args.erase(args.begin());
    return run_report(args);
}
