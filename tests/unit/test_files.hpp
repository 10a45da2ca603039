// Reading test inputs from the repository (the tests' own helper; the engine never touches paths).
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>

namespace creatorscope::testing {

// Tests that read ../shared/realdata (real exports and labelled sets, beside the repository in
// CI) run wherever it is there. Without it, a clone from GitHub skips them and main() says so in
// one line; in CI (CI=true) its absence is a failure, so they can never be skipped silently.
// The tests and cases skipped, by name (a test case runs once per subcase: each counts once).
inline std::set<std::string>& realdata_skips() {
    static std::set<std::string> skips;
    return skips;
}
inline std::filesystem::path realdata_dir() { return std::filesystem::path(CREATORSCOPE_SOURCE_DIR) / "../shared/realdata"; }
inline bool in_ci() {
    const char* ci = std::getenv("CI");
    return ci != nullptr && std::string_view(ci) == "true";
}
// True when the realdata is there; false (one skip counted) when the test should return.
// In CI a missing realdata is reported through the returned `false` and in_ci() by the caller's
// REQUIRE (see REALDATA_OR_SKIP).
inline bool realdata_available(const std::string& what) {
    if (std::filesystem::exists(realdata_dir())) return true;
    if (!in_ci()) realdata_skips().insert(what);
    return false;
}

inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace creatorscope::testing

// At the top of a test that reads ../shared/realdata: fails in CI when it is missing, returns
// (a counted skip) elsewhere.
#define REALDATA_OR_SKIP()                                                                                 \
    do {                                                                                                   \
        if (!creatorscope::testing::realdata_available(doctest::getContextOptions()->currentTest->m_name)) {  \
            REQUIRE_MESSAGE(!creatorscope::testing::in_ci(), "../shared/realdata is missing beside the repository (CI=true)"); \
            return;                                                                                        \
        }                                                                                                  \
    } while (false)
