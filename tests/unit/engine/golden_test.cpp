// Golden tests: every folder of tests/golden is an input set and the report it must produce,
// byte for byte. The WebAssembly build runs the same folders (tests/wasm/golden.mjs).
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "creatorscope/engine.hpp"
#include "settings_text.hpp"
#include "test_files.hpp"

namespace fs = std::filesystem;
using namespace creatorscope;

namespace {


std::uint32_t feed_in_chunks(Engine& engine, std::string_view bytes) {
    constexpr std::size_t chunk = 64 * 1024;  // the CLI uses 4 MiB: chunking must not matter
    for (std::size_t at = 0; at < bytes.size(); at += chunk) REQUIRE(engine.feed(bytes.substr(at, chunk)));
    std::uint32_t id = 0;
    REQUIRE(engine.finish_file(&id));
    return id;
}

// Runs one case through the engine as the CLI and the page do: chunks, then step.
// budget: the time each step may take (0: a slice of work per step, as on a slow machine);
// steps, when given, counts the steps of the last analysis.
std::string run_case(const fs::path& root, const nlohmann::json& spec, double budget = 2.0, std::size_t* steps = nullptr) {
    Engine engine;
    std::map<std::uint32_t, fs::path> paths;  // input id -> its file, for the engine's re-reads
    REQUIRE(creatorscope::testing::set_tiers_text(engine, spec.value("tiers", "guide")));
    REQUIRE(creatorscope::testing::set_as_of_text(engine, spec.value("as_of", "")));
    for (const auto& entry : spec["inputs"]) {
        std::string path = entry.get<std::string>();
        std::string kind;
        if (const auto colon = path.find(':'); colon != std::string::npos && kind_from_name(path.substr(0, colon))) {
            kind = path.substr(0, colon);
            path = path.substr(colon + 1);
        }
        const std::string bytes = creatorscope::testing::read_file(root / path);
        REQUIRE(engine.begin_file(fs::path(path).filename().string(), kind, bytes.size()));
        const std::uint32_t id = feed_in_chunks(engine, bytes);
        // As the page does, an analysis after each file (except when the last one is counted,
        // which is then the whole of it).
        while (steps == nullptr && !engine.step(budget)) {
        }
        paths[id] = root / path;
    }
    // As the CLI and the page do: the engine asks for the files read before a brief (by id).
    for (const std::uint32_t id : engine.inputs_to_reread()) {
        const std::string bytes = creatorscope::testing::read_file(paths.at(id));
        REQUIRE(engine.begin_reread(id, bytes.size()));
        feed_in_chunks(engine, bytes);
    }
    if (steps != nullptr) {
        for (*steps = 1; !engine.step(budget); ++*steps) {
        }
    }
    return engine.report_json();
}

// For cases too large to keep whole (33,935 creators), the golden file holds the inputs and a
// digest of the creators. tests/wasm/golden.mjs computes the same digest.
std::string summarize(const std::string& report_text) {
    const auto report = nlohmann::ordered_json::parse(report_text);
    nlohmann::ordered_json summary;
    summary["schema"] = report["schema"];
    summary["as_of"] = report["as_of"];
    summary["settings"] = report["settings"];
    summary["inputs"] = report["inputs"];
    std::map<std::string, int> tiers;
    int with_rate = 0, posts_used = 0, with_authenticity = 0;
    for (const auto& c : report["creators"]) {
        tiers[c["tier"].is_null() ? std::string("(none)") : c["tier"].get<std::string>()]++;
        if (!c["engagement"]["rate"].is_null()) ++with_rate;
        if (!c["scores"]["authenticity"].is_null()) ++with_authenticity;
        posts_used += c["engagement"]["posts"].get<int>();
    }
    summary["creators"] = {{"count", report["creators"].size()}, {"tiers", tiers}, {"with_rate", with_rate}, {"posts_used", posts_used},
                           {"with_authenticity", with_authenticity}};
    // Follower samples: each sample's figures, and its first accounts with their verdicts.
    nlohmann::ordered_json samples = nlohmann::ordered_json::array();
    for (const auto& sample : report["audience_samples"]) {
        nlohmann::ordered_json s = sample;
        nlohmann::ordered_json first = nlohmann::ordered_json::array();
        for (std::size_t k = 0; k < sample["accounts"].size() && k < 3; ++k) first.push_back(sample["accounts"][k]);
        s["accounts"] = first;
        samples.push_back(s);
    }
    summary["audience_samples"] = samples;
    return summary.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

// A rule's golden case (tests/golden/flags/<rule>/): the accounts carrying the case's flag, with
// its evidence, and the case's "quiet" accounts, which must not carry it.
std::string flag_digest(const std::string& report_text, const nlohmann::json& spec) {
    const auto report = nlohmann::ordered_json::parse(report_text);
    const std::string flag = spec["flag"].get<std::string>();
    nlohmann::ordered_json fires = nlohmann::ordered_json::array(), quiet = nlohmann::ordered_json::array();
    for (const auto& c : report["creators"]) {
        const std::string account = c["handle"].get<std::string>() + "|" + c["platform"].get<std::string>();
        bool fired = false;
        for (const auto& f : c["flags"]) {
            if (f["id"] != flag) continue;
            fired = true;
            fires.push_back({{"creator", account}, {"severity", f["severity"]}, {"evidence", f["evidence"]},
                             {"value", f["value"]}, {"threshold", f["threshold"]}});
        }
        const bool listed_quiet = std::find(spec["quiet"].begin(), spec["quiet"].end(), account) != spec["quiet"].end();
        if (listed_quiet && !fired) quiet.push_back(account);
    }
    nlohmann::ordered_json digest;
    digest["flag"] = flag;
    digest["fires"] = fires;
    digest["quiet"] = quiet;
    return digest.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

// The rule fires on each account the case lists under "fires" and on none under "quiet".
void check_rule_case(const std::string& report_text, const nlohmann::json& spec) {
    const auto digest = nlohmann::json::parse(flag_digest(report_text, spec));
    std::vector<std::string> fired;
    for (const auto& f : digest["fires"]) fired.push_back(f["creator"].get<std::string>());
    for (const auto& account : spec["fires"]) {
        CHECK_MESSAGE(std::find(fired.begin(), fired.end(), account.get<std::string>()) != fired.end(),
                      spec["flag"].get<std::string>() << " must fire for " << account.get<std::string>());
    }
    CHECK_MESSAGE(digest["quiet"].size() == spec["quiet"].size(),
                  spec["flag"].get<std::string>() << " fired where it must not: " << digest["fires"].dump());
}

}  // namespace

TEST_CASE("golden reports") {
    const fs::path root = CREATORSCOPE_SOURCE_DIR;
    const bool update = std::getenv("CREATORSCOPE_UPDATE_GOLDEN") != nullptr;
    std::vector<fs::path> cases;
    // Every folder with a case.json, nested ones too (tests/golden/flags/<rule>/).
    for (const auto& entry : fs::recursive_directory_iterator(root / "tests/golden")) {
        if (!entry.is_directory() || !fs::exists(entry.path() / "case.json")) continue;
        // The realdata cases read ../shared/realdata (beside the repository, as in CI).
        const bool needs_realdata = creatorscope::testing::read_file(entry.path() / "case.json").find("../shared/realdata") != std::string::npos;
        if (needs_realdata && !creatorscope::testing::realdata_available(entry.path().string())) {
            REQUIRE_MESSAGE(!creatorscope::testing::in_ci(), "../shared/realdata is missing beside the repository (CI=true)");
            continue;
        }
        cases.push_back(entry.path());
    }
    std::sort(cases.begin(), cases.end());
    REQUIRE(cases.size() >= 3);
    for (const auto& dir : cases) {
        SUBCASE(fs::relative(dir, root / "tests/golden").string().c_str()) {
            const auto spec = nlohmann::json::parse(creatorscope::testing::read_file(dir / "case.json"));
            std::string actual = run_case(root, spec);
            if (spec.value("compare", "report") == "summary") actual = summarize(actual);
            if (spec.value("compare", "report") == "flag") {
                check_rule_case(actual, spec);
                actual = flag_digest(actual, spec);
            }
            const fs::path expected_path = dir / "expected.json";
            if (update) {
                std::ofstream(expected_path, std::ios::binary) << actual;
            }
            REQUIRE_MESSAGE(fs::exists(expected_path), "no expected.json: run with CREATORSCOPE_UPDATE_GOLDEN=1");
            const std::string expected = creatorscope::testing::read_file(expected_path);
            if (actual != expected) {
                std::ofstream(dir / "actual.json", std::ios::binary) << actual;
            }
            CHECK_MESSAGE(actual == expected, "report differs from " << expected_path.string()
                                                                       << " (actual output written beside it as actual.json)");
        }
    }
}

TEST_CASE("the report is the same whether the analysis takes one step or a slice of work per step") {
    const fs::path root = CREATORSCOPE_SOURCE_DIR;
    const auto spec = nlohmann::json::parse(creatorscope::testing::read_file(root / "tests/golden/sample/case.json"));
    std::size_t one = 0, sliced = 0;
    const std::string at_once = run_case(root, spec, 10000.0, &one);
    const std::string in_slices = run_case(root, spec, 0.0, &sliced);
    CHECK(one == 1);
    CHECK(sliced > 10);  // every stage over the creators, a slice at a time
    CHECK(at_once == in_slices);
    CHECK(at_once == creatorscope::testing::read_file(root / "tests/golden/sample/expected.json"));
}
