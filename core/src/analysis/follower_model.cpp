// Judging follower accounts with the shipped logistic model, and summarising samples.
#include "analysis/follower_model.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include <nlohmann/json.hpp>

#include "model/text.hpp"

namespace creatorscope {

namespace {

constexpr std::size_t max_reasons = 4;  // the strongest few say enough


// The words for a feature that pushed an account towards suspicious; high says whether its
// value was above the calibration average (the direction of the push depends on the sign of
// the coefficient: fakes in the calibration data have few posts and few followers, and are
// mostly public).
std::string reason(const std::string& feature, const FollowerAccount& a, bool high) {
    if (feature == "no_profile_pic") return high ? "no profile picture" : "has a profile picture";
    if (feature == "log_posts") return a.posts == 0 ? "no posts" : (high ? "many posts (" : "few posts (") + format_number(a.posts) + ")";
    if (feature == "log_followers") return (high ? "many followers (" : "few followers (") + format_number(a.followers) + ")";
    if (feature == "log_following") return "follows " + format_number(a.following) + " accounts";
    if (feature == "following_over_followers") {
        char ratio[32];
        std::snprintf(ratio, sizeof ratio, "%.0f", (a.following + 1) / (a.followers + 1));
        return "follows " + format_number(a.following) + " accounts, " + ratio + " times its " + format_number(a.followers) + " followers";
    }
    if (feature == "empty_bio") return high ? "no bio" : "has a bio";
    if (feature == "digit_share") return "username " + format_number(std::round(a.digit_share * 100)) + "% digits";
    if (feature == "is_private") return high ? "private account" : "public account";
    if (feature == "mass_following") return high ? "follows 1,500 accounts or more (mass following)" : "follows under 1,500 accounts";
    return feature;
}

// The feature's value, or NaN when the account does not say.
double feature_value(const std::string& feature, const FollowerAccount& a) {
    const auto log1 = [](double x) { return std::isnan(x) ? not_a_number : std::log1p(std::max(0.0, x)); };
    if (feature == "no_profile_pic") return a.has_profile_pic < 0 ? not_a_number : (a.has_profile_pic == 0 ? 1.0 : 0.0);
    if (feature == "log_posts") return log1(a.posts);
    if (feature == "log_followers") return log1(a.followers);
    if (feature == "log_following") return log1(a.following);
    if (feature == "following_over_followers") return log1(a.following) - log1(a.followers);
    if (feature == "empty_bio") return std::isnan(a.bio_length) ? not_a_number : (a.bio_length == 0 ? 1.0 : 0.0);
    if (feature == "digit_share") return a.digit_share;
    if (feature == "is_private") return a.is_private < 0 ? not_a_number : static_cast<double>(a.is_private);
    if (feature == "mass_following") return std::isnan(a.following) ? not_a_number : (a.following >= FollowerModel::mass_following ? 1.0 : 0.0);
    return not_a_number;
}

// The share of digits in a username, read by what the columns hold: a share (0 to 1) stays
// one; a share column that holds counts (any value above 1 in the file: share_is_count) is a
// count, as is a digit-count column, made a share with the username's length (its column, else
// the username itself); with no length, unknown. No column: the username's own digits. NaN when
// nothing says.
double digit_share(double share, double count, double length, const std::string& account, bool share_is_count) {
    const std::string name(trim(account));
    const double chars = length > 0 ? length : static_cast<double>(name.size());
    if (!std::isnan(share) && (share_is_count || share > 1)) {  // "6" digits, not 600%
        if (std::isnan(count)) count = share;
        share = not_a_number;
    }
    if (!std::isnan(share)) return share >= 0 ? share : not_a_number;
    if (!std::isnan(count)) return count >= 0 && chars > 0 && count <= chars ? count / chars : not_a_number;
    if (name.empty()) return not_a_number;
    const auto n = std::count_if(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; });
    return static_cast<double>(n) / static_cast<double>(name.size());
}

// A picture's address as scrapers give it: 1 a picture of the account's own, 0 the platform's
// default (Instagram's anonymous avatar: its file name, or the cache key every default carries,
// base64 of "anonymous_profile_pic"; TikTok's default avatar object; X's default_profile_images;
// any address naming a default), -1 when none is given. Markers lowercase.
int picture_from_url(std::string_view url) {
    url = trim(url);
    if (url.empty()) return -1;
    static constexpr std::string_view defaults[] = {"44884218_345707102882519_2446069589734326272_n", "yw5vbnltb3vzx3byb2zpbgvfcglj",
                                                    "musically-maliva-obj/1594805258216454", "default_profile", "default-avatar",
                                                    "default_avatar", "avatar_default", "defaultavatar", "/default."};
    for (const auto marker : defaults) {
        if (contains_ignoring_case(url, marker)) return 0;
    }
    return 1;
}

}  // namespace

Status FollowerModel::parse(std::string_view json_text, FollowerModel& out) {
    const auto document = nlohmann::json::parse(json_text, nullptr, false);
    if (document.is_discarded() || !document.is_object() || !document.contains("features") || !document["features"].is_array()) {
        return Status::error("a follower model is a JSON object with \"features\"");
    }
    FollowerModel model;
    model.intercept_ = document.value("intercept", 0.0);
    if (document.contains("error_rates") && document["error_rates"].is_object()) {
        const auto& rates = document["error_rates"];
        model.error_rates_ = {rates.value("sensitivity", 1.0), rates.value("sensitivity_se", 0.0), rates.value("specificity", 1.0),
                              rates.value("specificity_se", 0.0)};
    }
    model.threshold_ = document.value("threshold", 0.5);
    for (const auto& f : document["features"]) {
        Feature feature;
        feature.name = f.value("name", "");
        feature.mean = f.value("mean", 0.0);
        feature.scale = f.value("scale", 1.0);
        feature.coefficient = f.value("coefficient", 0.0);
        if (feature.name.empty() || feature.scale == 0) return Status::error("each model feature needs a name and a non-zero scale");
        model.features_.push_back(std::move(feature));
    }
    out = std::move(model);
    return Status::ok();
}

const FollowerModel& FollowerModel::builtin() {
    static const FollowerModel model = [] {
        FollowerModel m;
        (void)parse(builtin_follower_model_text(), m);
        return m;
    }();
    return model;
}

AccountVerdict FollowerModel::judge(const FollowerAccount& account) const {
    AccountVerdict verdict;
    double logit = intercept_;
    std::vector<std::pair<double, std::pair<std::string, bool>>> pushes;
    for (const auto& feature : features_) {
        const double value = feature_value(feature.name, account);
        if (std::isnan(value)) continue;  // unknown: the average account's value, no push either way
        const double contribution = feature.coefficient * (value - feature.mean) / feature.scale;
        logit += contribution;
        if (contribution > 0.25) pushes.push_back({contribution, {feature.name, value > feature.mean}});
    }
    verdict.score = 1.0 / (1.0 + std::exp(-logit));
    verdict.suspicious = verdict.score >= threshold_;
    verdict.mass_follower = !std::isnan(account.following) && account.following >= mass_following;
    std::stable_sort(pushes.begin(), pushes.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
    for (const auto& [weight, what] : pushes) {
        const auto& [name, high] = what;
        // "follows N accounts" says less than its ratio to followers: keep one of the two.
        if (name == "log_following" &&
            std::any_of(pushes.begin(), pushes.end(), [](const auto& p) { return p.second.first == "following_over_followers"; })) {
            continue;
        }
        verdict.reasons.push_back(reason(name, account, high));
        if (verdict.reasons.size() == max_reasons) break;
    }
    return verdict;
}

const AudienceSample* sample_for(const std::vector<AudienceSample>& samples, std::string_view handle) {
    if (handle.empty()) return nullptr;
    for (const auto& sample : samples) {
        if (sample.creator == handle && !sample.accounts.empty()) return &sample;
    }
    return nullptr;
}

std::pair<double, double> wilson_interval(double successes, double n) {
    if (n <= 0) return {not_a_number, not_a_number};
    constexpr double z = 1.959963984540054;
    const double p = successes / n;
    const double denominator = 1 + z * z / n;
    const double centre = (p + z * z / (2 * n)) / denominator;
    const double half = z / denominator * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n));
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

CorrectedShare rogan_gladen(double marked, double n, const FollowerModel::ErrorRates& rates) {
    CorrectedShare out;
    const double youden = rates.sensitivity + rates.specificity - 1;
    if (n <= 0 || youden <= 0) return out;
    constexpr double z = 1.959963984540054;
    const double raw = marked / n;
    out.share = std::clamp((raw + rates.specificity - 1) / youden, 0.0, 1.0);
    const double adjusted = (marked + z * z / 2) / (n + z * z);  // Agresti-Coull: no zero variance at 0 or n
    const double sample_variance = adjusted * (1 - adjusted) / (n + z * z);
    const double pi = out.share;
    const double variance = (sample_variance + pi * pi * rates.sensitivity_se * rates.sensitivity_se +
                             (1 - pi) * (1 - pi) * rates.specificity_se * rates.specificity_se) / (youden * youden);
    const double half = z * std::sqrt(variance);
    out.low = std::max(0.0, pi - half);
    out.high = std::min(1.0, pi + half);
    return out;
}

std::vector<AudienceSample> judge_follower_samples(const std::vector<std::unique_ptr<InputFile>>& inputs, const StringPool& strings,
                                                   const FollowerModel& model) {
    static const int creator = canonical_index(Kind::follower_sample, "creator"),
                     account = canonical_index(Kind::follower_sample, "account"),
                     posts = canonical_index(Kind::follower_sample, "posts"),
                     followers = canonical_index(Kind::follower_sample, "followers"),
                     following = canonical_index(Kind::follower_sample, "following"),
                     picture = canonical_index(Kind::follower_sample, "has_profile_pic"),
                     default_picture = canonical_index(Kind::follower_sample, "no_profile_pic"),
                     is_private = canonical_index(Kind::follower_sample, "is_private"),
                     bio = canonical_index(Kind::follower_sample, "bio_length"),
                     bio_text = canonical_index(Kind::follower_sample, "bio"),
                     digits = canonical_index(Kind::follower_sample, "username_digits"),
                     digit_count = canonical_index(Kind::follower_sample, "username_digit_count"),
                     length = canonical_index(Kind::follower_sample, "username_length"),
                     picture_url = canonical_index(Kind::follower_sample, "picture_url");
    std::vector<AudienceSample> samples;
    for (const auto& input : inputs) {
        if (!input->finished() || input->kind() != Kind::follower_sample) continue;
        const Table& t = input->table();
        std::map<std::string, std::size_t> by_creator;  // sample index per creator in this file
        bool digits_are_counts = false;  // a share column that holds counts: any value above 1
        for (std::size_t row = 0; row < t.rows() && !digits_are_counts; ++row) digits_are_counts = t.number(digits, row) > 1;
        for (std::size_t row = 0; row < t.rows(); ++row) {
            FollowerAccount a;
            a.account = std::string(strings.get(t.text(account, row)));
            a.posts = t.number(posts, row);
            a.followers = t.number(followers, row);
            a.following = t.number(following, row);
            a.bio_length = t.number(bio, row);
            if (std::isnan(a.bio_length) && t.column(bio_text).present) {  // the bio's own length (an empty one is no bio)
                a.bio_length = static_cast<double>(trim(strings.get(t.text(bio_text, row))).size());
            }
            a.has_profile_pic = t.flag(picture, row);
            if (a.has_profile_pic < 0 && t.flag(default_picture, row) >= 0) a.has_profile_pic = t.flag(default_picture, row) == 1 ? 0 : 1;
            if (a.has_profile_pic < 0 && t.column(picture_url).present) a.has_profile_pic = static_cast<std::int8_t>(picture_from_url(strings.get(t.text(picture_url, row))));
            a.is_private = t.flag(is_private, row);
            a.digit_share = digit_share(t.number(digits, row), t.number(digit_count, row), t.number(length, row), a.account, digits_are_counts);
            const std::string who(strings.get(t.text(creator, row)));
            auto [it, added] = by_creator.emplace(who, samples.size());
            if (added) {
                samples.emplace_back();
                samples.back().input = input->name();
                samples.back().creator = who;
            }
            AudienceSample& sample = samples[it->second];
            JudgedAccount judged{t.line(row), a.account, model.judge(a)};
            sample.suspicious += judged.verdict.suspicious ? 1 : 0;
            sample.mass_followers += judged.verdict.mass_follower ? 1 : 0;
            sample.mass_or_suspicious += judged.verdict.suspicious || judged.verdict.mass_follower ? 1 : 0;
            sample.accounts.push_back(std::move(judged));
        }
    }
    for (auto& sample : samples) {
        const auto n = static_cast<double>(sample.accounts.size());
        if (n == 0) continue;
        sample.suspicious_share = sample.suspicious / n;
        sample.ci95 = wilson_interval(sample.suspicious, n);
        sample.mass_or_suspicious_share = sample.mass_or_suspicious / n;
        const CorrectedShare corrected = rogan_gladen(sample.suspicious, n, model.error_rates());
        sample.corrected_share = corrected.share;
        sample.corrected_ci95 = {corrected.low, corrected.high};
    }
    return samples;
}

}  // namespace creatorscope
