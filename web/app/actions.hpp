// What a view asks of the engine or the shell (read a file again, remove one, change a
// setting, export), applied by the app once the frame is drawn: views read one engine state for
// the whole frame and never change it in the middle of drawing.
#pragma once

#include <functional>
#include <utility>
#include <vector>

#include "creatorscope/engine.hpp"

namespace creatorscope::web {

class Actions {
public:
    using Action = std::function<void(Engine&)>;
    void later(Action action) { pending_.push_back(std::move(action)); }
    // Runs what the frame asked, in order (an action may ask for more: those run next frame).
    void apply(Engine& engine) {
        std::vector<Action> now = std::move(pending_);
        pending_.clear();
        for (auto& action : now) action(engine);
    }

private:
    std::vector<Action> pending_;
};

}  // namespace creatorscope::web
