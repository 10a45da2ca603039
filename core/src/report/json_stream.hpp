// A JSON writer that streams: containers are opened and closed on the sink as they are written,
// and only the small values inside them (one creator, one file) are built as nlohmann trees,
// written, and freed. The text is exactly what nlohmann's dump(2, ' ', false, replace) writes
// for the whole document (two-space indent, "key": value, [] and {} when empty, invalid UTF-8
// replaced by U+FFFD), so a streamed report is byte for byte the report built as one tree.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "creatorscope/text_sink.hpp"

namespace creatorscope {

class JsonStream {
public:
    using json = nlohmann::ordered_json;
    explicit JsonStream(TextSink& sink) : sink_(sink) {}

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    // The next member's key (inside an object); the member's value follows.
    void key(std::string_view name);
    // A whole value: an array element, or the value of the key just written.
    void value(const json& subtree);
    void member(std::string_view name, const json& subtree) {
        key(name);
        value(subtree);
    }
    // Ends the document with a newline (as the report always has).
    void finish() { sink_.write('\n'); }

private:
    struct Level {
        bool array = false;
        bool empty = true;
    };
    void before_value();
    void open(char bracket, bool array);
    void close(char bracket);
    void newline_and_indent(std::size_t depth);

    TextSink& sink_;
    std::vector<Level> levels_;
    bool after_key_ = false;
    std::string scratch_;
};

}  // namespace creatorscope
