// Reading test inputs from the repository (the tests' own helper; the engine never touches paths).
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace creatorscope::testing {

inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace creatorscope::testing
