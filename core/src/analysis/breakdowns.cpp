// Tables split by a dimension (breakdowns.hpp).
#include "analysis/breakdowns.hpp"

#include <cmath>

namespace creatorscope {

Breakdown::Part& Breakdown::part(const std::string& value) {
    for (auto& p : parts) {
        if (p.value == value) return p;
    }
    parts.push_back(Part{value});
    return parts.back();
}

double Breakdown::total_views() const {
    double views = 0;
    for (const auto& p : parts) views += std::isnan(p.views) ? 0 : p.views;
    return views;
}

Breakdown& CreatorResult::breakdown(const std::string& dimension, const std::string& input, const std::string& of) {
    for (auto& b : breakdowns) {
        if (b.dimension == dimension && b.input == input && b.of == of) return b;
    }
    breakdowns.push_back(Breakdown{dimension, input, of, {}});
    return breakdowns.back();
}

std::string dimension_header(const InputFile& input) {
    for (const auto& column : input.mapping()) {
        if (column.canonical == "dimension") return column.source;
    }
    return "";
}

void add_to_part(Breakdown::Part& part, double views, double likes, double comments) {
    const auto add = [](double& sum, double value) {
        if (!std::isnan(value)) sum = std::isnan(sum) ? value : sum + value;
    };
    add(part.views, views);
    add(part.likes, likes);
    add(part.comments, comments);
    ++part.rows;
}

}  // namespace creatorscope
