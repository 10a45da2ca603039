// The follower-sample model against the labelled data: accuracy on the Kaggle test set (never
// used in calibration) and balanced accuracy on InstaFake; the thresholds are issue 5's.
#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>
#include <sstream>

#include <nlohmann/json.hpp>

#include "creatorscope/engine.hpp"
#include "analysis/follower_model.hpp"
#include "test_files.hpp"

using namespace creatorscope;
namespace fs = std::filesystem;

namespace {

const fs::path realdata = fs::path(CREATORSCOPE_SOURCE_DIR) / "../shared/realdata";

// The report's verdicts for one file read as a follower sample.
std::vector<bool> verdicts(const fs::path& file) {
    Engine engine;
    REQUIRE(engine.begin_file(file.filename().string()));
    REQUIRE(engine.feed(creatorscope::testing::read_file(file)));
    REQUIRE(engine.finish_file());
    const auto report = nlohmann::json::parse(engine.report_json());
    REQUIRE(report["audience_samples"].size() == 1);
    std::vector<bool> out;
    for (const auto& account : report["audience_samples"][0]["accounts"]) out.push_back(account["suspicious"].get<bool>());
    return out;
}

}  // namespace

TEST_CASE("the Wilson interval") {
    const auto [low, high] = wilson_interval(5, 50);
    CHECK(low == doctest::Approx(0.0434758));
    CHECK(high == doctest::Approx(0.2136023));
    CHECK(wilson_interval(0, 10).first == 0.0);
    CHECK(wilson_interval(0, 10).second == doctest::Approx(0.2775328));
    CHECK(std::isnan(wilson_interval(0, 0).first));
}

TEST_CASE("reasons name what weighed most, in words") {
    FollowerAccount bot;
    bot.account = "user83920415";
    bot.posts = 0;
    bot.followers = 12;
    bot.following = 4200;
    bot.bio_length = 0;
    bot.digit_share = 8.0 / 12.0;
    bot.has_profile_pic = 0;
    bot.is_private = 0;
    const AccountVerdict v = FollowerModel::builtin().judge(bot);
    CHECK(v.suspicious);
    CHECK(v.mass_follower);
    CHECK(v.score > 0.95);
    REQUIRE(v.reasons.size() >= 3);
    CHECK(std::find(v.reasons.begin(), v.reasons.end(), "no profile picture") != v.reasons.end());
    CHECK(std::find(v.reasons.begin(), v.reasons.end(), "username 67% digits") != v.reasons.end());

    FollowerAccount person;
    person.posts = 240;
    person.followers = 610;
    person.following = 380;
    person.bio_length = 64;
    person.digit_share = 0;
    person.has_profile_pic = 1;
    person.is_private = 1;
    const AccountVerdict p = FollowerModel::builtin().judge(person);
    CHECK_FALSE(p.suspicious);
    CHECK(p.reasons.empty());
}

TEST_CASE("accuracy on Kaggle test.csv and balanced accuracy on InstaFake (thresholds 0.90)") {
    REALDATA_OR_SKIP();
    // Kaggle test.csv: the label is the last column ("fake").
    const fs::path test_csv = realdata / "kaggle-instagram-fake-spammer-genuine/test.csv";
    const std::vector<bool> kaggle = verdicts(test_csv);
    std::istringstream lines(creatorscope::testing::read_file(test_csv));
    std::string line;
    std::getline(lines, line);  // header
    int right = 0, total = 0, true_positive = 0, false_positive = 0, false_negative = 0;
    while (std::getline(lines, line)) {
        if (line.empty()) continue;
        const bool fake = line.back() == '1' || (line.size() > 1 && line[line.size() - 2] == '1' && line.back() == '\r');
        REQUIRE(static_cast<std::size_t>(total) < kaggle.size());
        const bool said = kaggle[static_cast<std::size_t>(total)];
        right += said == fake;
        true_positive += said && fake;
        false_positive += said && !fake;
        false_negative += !said && fake;
        ++total;
    }
    REQUIRE(total == 120);
    const double accuracy = static_cast<double>(right) / total;
    MESSAGE("Kaggle test.csv: accuracy " << accuracy << ", precision " << static_cast<double>(true_positive) / (true_positive + false_positive)
                                         << ", recall " << static_cast<double>(true_positive) / (true_positive + false_negative) << " over "
                                         << total << " accounts");
    CHECK(accuracy >= 0.90);

    // InstaFake: every account of fakeAccountData.json is fake, every one of realAccountData.json real.
    const std::vector<bool> fake = verdicts(realdata / "instafake/fakeAccountData.json");
    const std::vector<bool> real = verdicts(realdata / "instafake/realAccountData.json");
    REQUIRE(fake.size() == 200);
    REQUIRE(real.size() == 994);
    const double fake_right = static_cast<double>(std::count(fake.begin(), fake.end(), true)) / fake.size();
    const double real_right = static_cast<double>(std::count(real.begin(), real.end(), false)) / real.size();
    const double balanced = (fake_right + real_right) / 2;
    MESSAGE("InstaFake: balanced accuracy " << balanced << " (fake " << fake_right << ", real " << real_right << ")");
    CHECK(balanced >= 0.90);

    // The engine scores as the fitting script did: the same figures as assets/models/follower_sample.json.
    const auto model = nlohmann::json::parse(creatorscope::testing::read_file(fs::path(CREATORSCOPE_SOURCE_DIR) / "assets/models/follower_sample.json"));
    CHECK(accuracy == doctest::Approx(model["evaluation"]["kaggle_test_accuracy"].get<double>()).epsilon(1e-3));
    CHECK(balanced == doctest::Approx(model["evaluation"]["instafake_balanced_accuracy_in_sample"].get<double>()).epsilon(1e-3));
}
