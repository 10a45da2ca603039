// The follower-sample model: is a follower account suspicious (bought, fake or spam)? A
// logistic regression over profile features every follower export has, with its coefficients
// in assets/models/follower_sample.json, fitted by tools/fit_follower_model.py on the Kaggle
// "fake spammer genuine" training set and InstaFake only (see docs/metrics.md for its accuracy).
// Each account gets a verdict, a score and the reasons that weighed most; each sample its
// suspicious share with a Wilson 95% interval.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "creatorscope/ingest.hpp"
#include "creatorscope/metrics.hpp"
#include "creatorscope/status.hpp"

namespace creatorscope {

// One follower account; NaN (or -1 for yes/no) where the sample does not say.
struct FollowerAccount {
    std::string account;
    double posts = not_a_number, followers = not_a_number, following = not_a_number;
    double bio_length = not_a_number;
    double digit_share = not_a_number;  // digits / username length, 0 to 1
    std::int8_t has_profile_pic = -1, is_private = -1;
};

struct AccountVerdict {
    bool suspicious = false;
    double score = 0;                  // the model's probability, 0 to 1
    bool mass_follower = false;        // follows 1,500 accounts or more
    std::vector<std::string> reasons;  // what weighed most towards suspicious, strongest first
};

class FollowerModel {
public:
    static Status parse(std::string_view json_text, FollowerModel& out);
    static const FollowerModel& builtin();
    AccountVerdict judge(const FollowerAccount& account) const;
    double threshold() const { return threshold_; }
    // Accounts following this many or more are mass followers (PRODUCT.md: SUSPICIOUS_AUDIENCE).
    static constexpr double mass_following = 1500;

private:
    struct Feature {
        std::string name;
        double mean = 0, scale = 1, coefficient = 0;
    };
    std::vector<Feature> features_;
    double intercept_ = 0, threshold_ = 0.5;
};

// The Wilson score interval for a proportion (successes of n) at 95%: [low, high].
std::pair<double, double> wilson_interval(double successes, double n);

struct JudgedAccount {
    std::uint64_t row = 0;  // the line in its file
    std::string account;
    AccountVerdict verdict;
};

struct AudienceSample {
    std::string input;    // the file
    std::string creator;  // the sampled creator, or empty when the file does not say
    std::vector<JudgedAccount> accounts;  // in input order
    int suspicious = 0, mass_followers = 0, mass_or_suspicious = 0;
    double suspicious_share = not_a_number;
    std::pair<double, double> ci95{not_a_number, not_a_number};
    double mass_or_suspicious_share = not_a_number;
};

// Every follower-sample file, one sample per creator it names (or one for the whole file).
std::vector<AudienceSample> judge_follower_samples(const std::vector<std::unique_ptr<InputFile>>& inputs, const StringPool& strings,
                                                   const FollowerModel& model);

// The first non-empty sample of a creator (by handle), or null.
const AudienceSample* sample_for(const std::vector<AudienceSample>& samples, std::string_view handle);

std::string_view builtin_follower_model_text();

}  // namespace creatorscope
