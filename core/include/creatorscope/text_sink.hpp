// Where a writer's text goes: the report writers write to a sink piece by piece, so a report
// of any size leaves the engine without ever being held whole (a file) or is collected (a string).
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace creatorscope {

class TextSink {
public:
    virtual ~TextSink() = default;
    virtual void write(std::string_view text) = 0;
    void write(char c) { write(std::string_view(&c, 1)); }
};

// Collects the text into a string.
class StringSink final : public TextSink {
public:
    explicit StringSink(std::string& out) : out_(out) {}
    void write(std::string_view text) override { out_.append(text); }
    using TextSink::write;

private:
    std::string& out_;
};

// Writes the text to a file through a 64 KiB buffer; ok() tells whether every write landed.
class FileSink final : public TextSink {
public:
    explicit FileSink(std::FILE* file) : file_(file) {}
    FileSink(const FileSink&) = delete;
    FileSink& operator=(const FileSink&) = delete;
    ~FileSink() override { flush(); }
    void write(std::string_view text) override;
    using TextSink::write;
    bool flush();
    bool ok() const { return ok_; }

private:
    std::FILE* file_;
    std::string buffer_;
    bool ok_ = true;
};

}  // namespace creatorscope
