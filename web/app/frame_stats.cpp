// The application's frame-time figures, and their two functions for scripts: frameStats (merged
// into window.creatorscope.status() as "frames" by the shell) and resetFrameStats.
#include "app/frame_stats.hpp"

#include <emscripten/bind.h>

#include <algorithm>

#include <nlohmann/json.hpp>

namespace creatorscope::web {

FrameStats& frame_stats() {
    static FrameStats stats;
    return stats;
}

std::string frame_stats_json() {
    const FrameStats& frames = frame_stats();
    nlohmann::json j;
    if (frames.frames > 0) {
        j = {{"count", frames.frames},
             {"last_ms", frames.last_ms},
             {"max_ms", frames.max_ms},
             {"over_100ms", frames.over_100ms},
             {"slowest_phase", frames.slowest_phase},
             {"max_work_ms", frames.max_work_ms},
             {"drawn", frames.drawn},
             {"max_stale_ms", frames.max_stale_ms}};
        nlohmann::json slow = nlohmann::json::array();
        for (const auto& frame : frames.slow) {
            slow.push_back({{"interval_ms", frame.interval_ms}, {"engine_ms", frame.engine_ms}, {"ui_ms", frame.ui_ms},
                            {"gl_ms", frame.gl_ms}, {"phase", frame.phase}});
        }
        j["slow"] = std::move(slow);
        // Percentiles of the recent frames' UI and WebGL times.
        const auto summary = [](std::vector<float> samples) -> nlohmann::json {
            if (samples.empty()) return nullptr;
            std::sort(samples.begin(), samples.end());
            const auto at = [&](double q) { return samples[static_cast<std::size_t>(q * static_cast<double>(samples.size() - 1))]; };
            return {{"samples", samples.size()}, {"median", at(0.5)}, {"p95", at(0.95)}, {"max", samples.back()}};
        };
        j["ui_ms"] = summary(frames.ui_ms.values);
        j["gl_ms"] = summary(frames.gl_ms.values);
    }
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void reset_frame_stats() {
    FrameStats& frames = frame_stats();
    frames.max_ms = 0;
    frames.over_100ms = 0;
    frames.slowest_phase.clear();
    frames.max_work_ms = 0;
    frames.max_stale_ms = 0;
    frames.slow.clear();
    frames.ui_ms.clear();
    frames.gl_ms.clear();
}

}  // namespace creatorscope::web

EMSCRIPTEN_BINDINGS(creatorscope_app) {
    emscripten::function("frameStats", &creatorscope::web::frame_stats_json);
    emscripten::function("resetFrameStats", &creatorscope::web::reset_frame_stats);
}
