// Errors as values across the engine's API: a Status for calls that can fail, and the Issue
// records that describe what was wrong with an input (file, line, column, reason).
#pragma once

#include <cstdint>
#include <string>
#include <utility>

namespace creatorscope {

struct Issue {
    std::uint64_t line = 0;  // 1-based physical line in the file; 0 when it concerns the file
    std::string column;      // the column's header as written in the file, or empty
    std::string message;     // what was expected and what was found, in plain words
};

class [[nodiscard]] Status {
public:
    static Status ok() { return Status{}; }
    static Status error(std::string message) {
        Status s;
        s.message_ = std::move(message);
        s.ok_ = false;
        return s;
    }
    bool is_ok() const { return ok_; }
    explicit operator bool() const { return ok_; }
    const std::string& message() const { return message_; }

private:
    bool ok_ = true;
    std::string message_;
};

}  // namespace creatorscope
