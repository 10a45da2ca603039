// The page's one engine, shared by the JavaScript bindings and the ImGui application.
#pragma once

#include <cstdint>
#include "creatorscope/engine.hpp"

namespace creatorscope::web {

Engine& page_engine();


}  // namespace creatorscope::web
