// The red-flag thresholds dialog: what the view keeps between frames.
#pragma once

#include <string>
#include <vector>

#include "app/actions.hpp"
#include "app/look.hpp"

namespace creatorscope::web {

// The red-flag thresholds, editable (a dialog).
class FlagSettings {
public:
    void open(const Engine& engine);
    void draw(const Engine& engine, Actions& actions, float scale);

private:
    std::vector<std::pair<std::string, double>> values_;
    std::string message_;
    char filter_[64] = "";
    bool open_ = false;
    bool just_opened_ = false;
};

}  // namespace creatorscope::web
