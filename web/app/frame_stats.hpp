// The frame-time figures the application keeps (main_web.cpp fills them each frame) and reports
// to scripts and the benchmarks as window.creatorscope.status().frames (frameStats, bound in
// frame_stats.cpp, beside the engine's own status).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace creatorscope::web {

struct FrameStats {
    std::uint64_t frames = 0;
    double last_ms = 0;
    double max_ms = 0;           // the slowest frame since the last reset
    std::uint64_t over_100ms = 0;  // frames slower than 100 ms since the last reset
    std::string slowest_phase;     // what the engine was doing during the slowest frame
    double max_work_ms = 0;        // the longest time spent inside one frame (engine step, layout, draw calls)
    // The frames that came more than 100 ms after the one before (the first 32 since the last
    // reset): the interval, and what the frame before it spent on the engine's step, on the UI
    // and on WebGL, and the engine's phase then. What the interval holds beyond those three is
    // the browser's: reading file slices, garbage collection, compositing, rasterizing.
    struct Slow {
        double interval_ms, engine_ms, ui_ms, gl_ms;
        std::string phase;
    };
    std::vector<Slow> slow;
    // The frame before this one, for the record above.
    double previous_engine_ms = 0, previous_ui_ms = 0, previous_gl_ms = 0;
    std::string previous_phase;
    // Frames that drew: a frame that would draw what the canvas shows already is skipped.
    std::uint64_t drawn = 0;
    // While the engine works a changed picture may wait for the next drawn frame (main_web.cpp,
    // busy_picture_ms): the longest such wait since the last reset.
    double max_stale_ms = 0;
    // The recent frames' own times since the last reset (the last 1,024 of each): building the
    // UI (layout and draw lists, on the CPU), and handing the draw lists to WebGL (frames that drew).
    struct Samples {
        std::vector<float> values;
        std::size_t next = 0;
        void add(double value) {
            if (values.size() < 1024) {
                values.push_back(static_cast<float>(value));
            } else {
                values[next] = static_cast<float>(value);
                next = (next + 1) % 1024;
            }
        }
        void clear() {
            values.clear();
            next = 0;
        }
    };
    Samples ui_ms, gl_ms;
};
FrameStats& frame_stats();

// The figures as JSON text ("null" before the first frame), and a fresh start for a measurement.
std::string frame_stats_json();
void reset_frame_stats();

}  // namespace creatorscope::web
