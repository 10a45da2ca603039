// One creator's page: what the view keeps between frames. It reads a const Engine and asks for changes
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

// One creator's page, opened from the roster.
class CreatorPage {
public:
    void open(std::size_t index);
    void draw(const Engine& engine, float scale);
    bool is_open() const { return open_; }

private:
    std::size_t index_ = 0;
    bool open_ = false;
    bool just_opened_ = false;
};

}  // namespace creatorscope::web
