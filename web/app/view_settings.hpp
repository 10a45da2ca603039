// The red-flag thresholds dialog: what the view keeps between frames. It reads a const Engine and asks for changes
// through Actions, applied after the frame (app/actions.hpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/actions.hpp"
#include "app/look.hpp"
#include "imgui.h"

namespace creatorscope {
class Engine;
class InputInfo;
struct AttributionSettings;
struct AttributionResult;
}

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
