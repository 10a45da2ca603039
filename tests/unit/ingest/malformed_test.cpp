// The malformed-input corpus (tests/malformed) and generated hostile inputs: every file gives
// clear issues, keeps its good rows, gives the same result whatever the chunk size, and never
// crashes (tests/run.sh also runs this under AddressSanitizer and UndefinedBehaviorSanitizer).
#include <doctest/doctest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "creatorscope/engine.hpp"
#include "test_files.hpp"
#include "ingest/input_file.hpp"

namespace fs = std::filesystem;
using namespace creatorscope;

namespace {


struct Result {
    std::uint64_t rows = 0, rejected = 0;
    std::vector<std::string> issues;  // "line N, column: message"
};

Result read_in_chunks(std::string_view bytes, std::size_t chunk) {
    StringPool pool;
    InputFile file("input", MappingOverride{}, pool);
    for (std::size_t at = 0; at < bytes.size(); at += chunk) file.feed(bytes.substr(at, chunk));
    file.finish();
    Result result{file.rows(), file.rejected(), {}};
    for (const auto& issue : file.issues()) {
        std::string text;
        if (issue.line > 0) text = "line " + std::to_string(issue.line) + (issue.column.empty() ? "" : ", " + issue.column) + ": ";
        result.issues.push_back(text + issue.message);
    }
    return result;
}

// A small deterministic generator (splitmix64) for the hostile inputs.
struct Random {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
};

}  // namespace

TEST_CASE("the malformed-input corpus") {
    const fs::path dir = fs::path(CREATORSCOPE_SOURCE_DIR) / "tests/malformed";
    const auto expected = nlohmann::json::parse(creatorscope::testing::read_file(dir / "expected.json"));
    int files = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        const std::string name = entry.path().filename().string();
        if (name == "expected.json") continue;
        ++files;
        CAPTURE(name);
        REQUIRE_MESSAGE(expected.contains(name), "add " << name << " to tests/malformed/expected.json");
        const std::string bytes = creatorscope::testing::read_file(entry.path());
        const Result whole = read_in_chunks(bytes, 1 << 20);
        for (std::size_t chunk : {1u, 2u, 7u, 4096u}) {
            const Result chunked = read_in_chunks(bytes, chunk);
            CHECK_MESSAGE(chunked.rows == whole.rows, "chunk size " << chunk);
            CHECK_MESSAGE(chunked.issues == whole.issues, "chunk size " << chunk);
        }
        const auto& want = expected[name];
        CHECK(whole.rows == want["rows"].get<std::uint64_t>());
        CHECK(whole.rejected == want["rejected"].get<std::uint64_t>());
        CHECK(whole.issues.size() == want["issues"].size());
        for (const auto& substring : want["issues"]) {
            const std::string needle = substring.get<std::string>();
            bool found = false;
            for (const auto& issue : whole.issues) found = found || issue.find(needle) != std::string::npos;
            CHECK_MESSAGE(found, "no issue contains \"" << needle << "\"");
        }
    }
    CHECK(files == static_cast<int>(expected.size()) - 1);
}

TEST_CASE("a 1 MB field is read whole") {
    std::string text = "handle,followers,bio\nlena,100,\"";
    text.append(1 << 20, 'x');
    text += "\"\nmarcus,200,short\n";
    const Result result = read_in_chunks(text, 64 * 1024);
    CHECK(result.rows == 2);
    CHECK(result.issues.empty());
}

TEST_CASE("binary garbage gives issues and no crash") {
    Random random{42};
    for (int round = 0; round < 20; ++round) {
        std::string bytes(1 + random.next() % 200000, '\0');
        for (auto& b : bytes) b = static_cast<char>(random.next());
        const Result result = read_in_chunks(bytes, 1 + random.next() % 9000);
        CHECK(result.rows + result.rejected < bytes.size() + 1);
    }
}

TEST_CASE("mangled sample files keep their good rows and never crash") {
    const fs::path sample = fs::path(CREATORSCOPE_SOURCE_DIR) / "assets/sample";
    const std::string original = creatorscope::testing::read_file(sample / "posts.csv").substr(0, 60000);
    const std::string roster = creatorscope::testing::read_file(sample / "roster.csv");
    Random random{7};
    static constexpr char hostile[] = {'"', ',', '\n', '\r', ';', '\t', '\0', '\xff', '\xc3', '='};
    for (int round = 0; round < 40; ++round) {
        std::string bytes = round % 2 == 0 ? original : roster;
        const int edits = 1 + static_cast<int>(random.next() % 30);
        const std::size_t header_end = bytes.find('\n') + 1;  // a mangled header is another story
        for (int e = 0; e < edits; ++e) {
            const std::size_t at = header_end + random.next() % (bytes.size() - header_end);
            const char c = hostile[random.next() % sizeof hostile];
            switch (random.next() % 3) {
                case 0: bytes[at] = c; break;
                case 1: bytes.insert(bytes.begin() + static_cast<std::ptrdiff_t>(at), c); break;
                default: bytes.erase(at, 1 + random.next() % 20); break;
            }
        }
        Engine engine;
        REQUIRE(engine.begin_file("mangled.csv"));
        const std::size_t chunk = 1 + random.next() % 5000;
        for (std::size_t at = 0; at < bytes.size(); at += chunk) REQUIRE(engine.feed(std::string_view(bytes).substr(at, chunk)));
        REQUIRE(engine.finish_file());
        const auto report = nlohmann::json::parse(engine.report_json());
        // Most of the file survives a few edits: the reader recovers at the next line.
        CHECK(report["inputs"][0]["rows"].get<std::uint64_t>() > 0);
    }
}
