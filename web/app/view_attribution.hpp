// The Attribution tab: what the view keeps between frames.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/actions.hpp"
#include "app/look.hpp"
#include "app/view_codes.hpp"

namespace creatorscope::web {

// Attribution: the models side by side, creators' CPA, ROAS and ROI, and the settings.
class AttributionView {
public:
    void draw(const Engine& engine, Actions& actions, float scale);

private:
    void sync_settings(const AttributionSettings& settings);
    void draw_summary(const AttributionResult& a);
    void draw_settings(Actions& actions, float scale);
    void draw_model_picker();
    void draw_creators(const AttributionResult& a);
    void draw_channels(const AttributionResult& a, float scale);
    void draw_channel_table(const AttributionResult& a);
    std::uint64_t generation_ = ~0ull;
    std::vector<std::size_t> channel_order_;  // channels by the linear model's orders, most first
    int lookback_days_ = 30;
    float half_life_days_ = 7;
    int first_percent_ = 40, last_percent_ = 40;
    int markov_order_ = 1;
    int model_ = 5;       // the model that credits the creators' orders: Markov
    int show_value_ = 0;  // 0: orders, 1: revenue
    std::string message_;
    CodesEditor codes_;
};

}  // namespace creatorscope::web
