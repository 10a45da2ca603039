// The file sink of core/include/creatorscope/text_sink.hpp.
#include "creatorscope/text_sink.hpp"

namespace creatorscope {

namespace {
constexpr std::size_t file_buffer_bytes = 64 * 1024;
}

void FileSink::write(std::string_view text) {
    if (buffer_.size() + text.size() > file_buffer_bytes) flush();
    if (text.size() >= file_buffer_bytes) {
        ok_ = ok_ && std::fwrite(text.data(), 1, text.size(), file_) == text.size();
        return;
    }
    buffer_.append(text);
}

bool FileSink::flush() {
    if (!buffer_.empty()) {
        ok_ = ok_ && std::fwrite(buffer_.data(), 1, buffer_.size(), file_) == buffer_.size();
        buffer_.clear();
    }
    ok_ = ok_ && std::fflush(file_) == 0;
    return ok_;
}

}  // namespace creatorscope
