// The page's one engine, shared by the JavaScript bindings and the ImGui application, and the
// frame-time figures the application reports through status().
#pragma once

#include <cstdint>
#include <string>

#include "creatorscope/engine.hpp"

namespace creatorscope::web {

Engine& page_engine();

struct FrameStats {
    std::uint64_t frames = 0;
    double last_ms = 0;
    double max_ms = 0;           // the slowest frame since the last reset
    std::uint64_t over_100ms = 0;  // frames slower than 100 ms since the last reset
    std::string slowest_phase;     // what the engine was doing during the slowest frame
    double max_work_ms = 0;        // the longest time spent inside one frame (engine step, layout, draw calls)
};
FrameStats& frame_stats();

}  // namespace creatorscope::web
