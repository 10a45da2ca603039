// What the red-flag rules share: making a flag, a fraction in words, a post's interactions.
#pragma once

#include <cmath>
#include <cstdint>
#include <string>
#include <utility>

#include "analysis/engagement.hpp"
#include "creatorscope/creator.hpp"
#include "creatorscope/format.hpp"

namespace creatorscope::flag_rules {

constexpr std::int64_t day_seconds = 86400;

// A fraction as a percentage in words: 0.034 is "3.4%".
inline std::string percent_text(double fraction, int decimals = 1) { return format_number(fraction * 100.0, decimals) + "%"; }

// likes + comments, plus shares and saves where known; NaN when none is known.
inline double interactions_of(const PostCounts& p) {
    double sum = 0;
    bool any = false;
    for (double v : {p.likes, p.comments, p.shares, p.saves}) {
        if (!std::isnan(v)) {
            sum += v;
            any = true;
        }
    }
    return any ? sum : not_a_number;
}

inline Flag make_flag(std::string id, std::string severity, std::string evidence, double value, double threshold) {
    Flag f;
    f.id = std::move(id);
    f.severity = std::move(severity);
    f.evidence = std::move(evidence);
    f.value = value;
    f.threshold = threshold;
    return f;
}

}  // namespace creatorscope::flag_rules
