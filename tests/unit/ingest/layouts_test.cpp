// The layouts of creator lists and user exports that marketers bring (tests/layouts: small files
// the team wrote in each shape): each gives the right kind, platform, rows and columns, and the
// first creator's handle, read in one piece or in small chunks alike.
#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "creatorscope/engine.hpp"
#include "test_files.hpp"

using namespace creatorscope;
namespace fs = std::filesystem;

namespace {
nlohmann::json report_of(const std::string& name, const std::string& bytes, std::size_t chunk) {
    Engine engine;
    REQUIRE(engine.begin_file(name));
    for (std::size_t i = 0; i < bytes.size(); i += chunk) REQUIRE(engine.feed(std::string_view(bytes).substr(i, chunk)));
    REQUIRE(engine.finish_file());
    return nlohmann::json::parse(engine.report_json());
}
}  // namespace

TEST_CASE("every layout in tests/layouts is read as tests/layouts/expected.json says") {
    const fs::path dir = fs::path(CREATORSCOPE_SOURCE_DIR) / "tests/layouts";
    const auto expected = nlohmann::json::parse(creatorscope::testing::read_file(dir / "expected.json"));
    int files = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        const std::string name = entry.path().filename().string();
        if (name == "expected.json") continue;
        ++files;
        CAPTURE(name);
        REQUIRE_MESSAGE(expected.contains(name), "add " << name << " to tests/layouts/expected.json");
        const auto& want = expected[name];
        const std::string bytes = creatorscope::testing::read_file(entry.path());
        for (const std::size_t chunk : {std::size_t{3}, bytes.size()}) {
            CAPTURE(chunk);
            const auto report = report_of(name, bytes, chunk);
            const auto& input = report["inputs"][0];
            CHECK(input["kind"] == want["kind"]);
            CHECK(input["rows"] == want["rows"]);
            CHECK(input["encoding"] == want["encoding"]);
            CHECK((input.contains("platform") ? input["platform"]["value"] : nlohmann::json(nullptr)) == want["platform"]);
            nlohmann::json columns = nlohmann::json::object();
            for (const auto& column : input["columns"]) {
                if (!column["canonical"].is_null()) {
                    columns[column["canonical"].get<std::string>()] = column["source"];
                    CHECK(column["why"].is_string());  // every used column says why
                } else if (input["kind"] != "unknown") {
                    CHECK(column["why"].get<std::string>().starts_with("not used: "));  // and every other why not
                }
            }
            CHECK(columns == want["columns"]);
            const auto& creators = report["creators"];
            CHECK((creators.empty() ? nlohmann::json(nullptr) : creators[0]["handle"]) == want["first_handle"]);
        }
    }
    CHECK(files == static_cast<int>(expected.size()));
}
