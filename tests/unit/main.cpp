// The doctest runner for the engine's unit and golden tests; ends with one line naming the
// tests skipped for want of ../shared/realdata, if any.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdio>

#include "test_files.hpp"

int main(int argc, char** argv) {
    doctest::Context context(argc, argv);
    const int result = context.run();
    if (const auto skips = creatorscope::testing::realdata_skips().size(); skips > 0) {
        std::printf("skipped: %zu tests or golden cases that read ../shared/realdata, which is not beside this clone "
                    "(CI runs them all)\n", skips);
    }
    return result;
}
