// Feeding test inputs to an engine and running its analysis to the end (the tests' own helper).
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "creatorscope/engine.hpp"

namespace creatorscope::testing {

// One input, whole, with its kind detected from the bytes.
inline void load(Engine& engine, const std::string& name, const std::string& bytes) {
    REQUIRE(engine.begin_file(name, std::string_view{}, bytes.size()));
    REQUIRE(engine.feed(bytes));
    REQUIRE(engine.finish_file());
}

// Steps until the results are current (a bound so that a bug cannot hang the tests).
inline void run(Engine& engine) {
    for (int i = 0; i < 100'000 && !engine.step(1e9); ++i) {
    }
}

}  // namespace creatorscope::testing
