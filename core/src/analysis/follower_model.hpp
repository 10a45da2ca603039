// The follower-sample model: is a follower account suspicious (bought, fake or spam)? A
// logistic regression over profile features every follower export has, with its coefficients
// in assets/models/follower_sample.json, fitted by tools/fit_follower_model.py on the Kaggle
// "fake spammer genuine" set and InstaFake only, validated across them (docs/metrics.md).
// Each account gets a verdict, a score and the reasons that weighed most; each sample the share
// the model marks (with a Wilson 95% interval) and that share corrected for the model's own
// error rates (Rogan and Gladen), with an interval that carries their uncertainty.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/input_file.hpp"
#include "analysis/metrics.hpp"
#include "creatorscope/results.hpp"
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

class FollowerModel {
public:
    static Status parse(std::string_view json_text, FollowerModel& out);
    static const FollowerModel& builtin();
    AccountVerdict judge(const FollowerAccount& account) const;
    double threshold() const { return threshold_; }
    // The model's sensitivity and specificity on data it was not fitted to, with their
    // standard errors (the model file's error_rates, from the cross-dataset validation).
    struct ErrorRates {
        double sensitivity = 1, sensitivity_se = 0, specificity = 1, specificity_se = 0;
    };
    const ErrorRates& error_rates() const { return error_rates_; }
    // Accounts following this many or more are mass followers (PRODUCT.md: SUSPICIOUS_AUDIENCE).
    static constexpr double mass_following = 1500;

private:
    struct Feature {
        std::string name;
        double mean = 0, scale = 1, coefficient = 0;
    };
    std::vector<Feature> features_;
    double intercept_ = 0, threshold_ = 0.5;
    ErrorRates error_rates_;
};

// The true share of suspicious accounts from the share the model marked (marked of n), its
// sensitivity and specificity (Rogan and Gladen, "Estimating prevalence from the results of a
// screening test", American Journal of Epidemiology 107(1), 1978), with a 95% interval by the
// delta method over the three uncertainties (the sample's, with the Agresti-Coull adjustment,
// and the error rates'), clamped to 0 and 1: {share, low, high}; NaN when n is 0 or the model
// is no better than chance (sensitivity + specificity <= 1).
struct CorrectedShare {
    double share = not_a_number, low = not_a_number, high = not_a_number;
};
CorrectedShare rogan_gladen(double marked, double n, const FollowerModel::ErrorRates& rates);

// The Wilson score interval for a proportion (successes of n) at 95%: [low, high].
std::pair<double, double> wilson_interval(double successes, double n);

// Every follower-sample file, one sample per creator it names (or one for the whole file).
std::vector<AudienceSample> judge_follower_samples(const std::vector<std::unique_ptr<InputFile>>& inputs, const StringPool& strings,
                                                   const FollowerModel& model);

std::string_view builtin_follower_model_text();

}  // namespace creatorscope
