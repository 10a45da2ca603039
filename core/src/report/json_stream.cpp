// The streaming JSON writer of json_stream.hpp.
#include "report/json_stream.hpp"

namespace creatorscope {

namespace {
constexpr std::size_t indent_step = 2;  // nlohmann's dump(2)
}

void JsonStream::newline_and_indent(std::size_t depth) {
    scratch_.assign(1, '\n');
    scratch_.append(depth * indent_step, ' ');
    sink_.write(scratch_);
}

// Before a value: a member's value follows its key directly; an array element (or a key) goes
// on a line of its own, after a comma unless it is the first.
void JsonStream::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (levels_.empty()) return;
    Level& level = levels_.back();
    if (!level.empty) sink_.write(',');
    level.empty = false;
    newline_and_indent(levels_.size());
}

void JsonStream::key(std::string_view name) {
    after_key_ = false;
    before_value();
    sink_.write(json(std::string(name)).dump(-1, ' ', false, json::error_handler_t::replace));
    sink_.write(": ");
    after_key_ = true;
}

void JsonStream::open(char bracket, bool array) {
    before_value();
    sink_.write(bracket);
    levels_.push_back(Level{array, true});
}

void JsonStream::close(char bracket) {
    const bool empty = levels_.back().empty;
    levels_.pop_back();
    if (!empty) newline_and_indent(levels_.size());
    sink_.write(bracket);
}

void JsonStream::begin_object() { open('{', false); }
void JsonStream::end_object() { close('}'); }
void JsonStream::begin_array() { open('[', true); }
void JsonStream::end_array() { close(']'); }

// The subtree dumped on its own, every line after its first indented to this depth.
void JsonStream::value(const json& subtree) {
    before_value();
    const std::string text = subtree.dump(static_cast<int>(indent_step), ' ', false, json::error_handler_t::replace);
    const std::size_t depth = levels_.size();
    if (depth == 0) {
        sink_.write(text);
        return;
    }
    std::size_t start = 0;
    while (true) {
        const std::size_t newline = text.find('\n', start);
        if (newline == std::string::npos) {
            sink_.write(std::string_view(text).substr(start));
            return;
        }
        sink_.write(std::string_view(text).substr(start, newline - start));
        newline_and_indent(depth);
        start = newline + 1;
    }
}

}  // namespace creatorscope
