// The incremental delimited-text reader: a byte state machine that survives chunk boundaries.
#include "creatorscope/csv_reader.hpp"

#include <array>
#include <bit>
#include <cstring>
#include <utility>

namespace creatorscope {

namespace {
// Bytes of a 64-bit word equal to the byte repeated in pattern: the lowest set 0x80 bit marks
// the first match (higher ones may be false after a match, which is never looked at).
constexpr std::uint64_t has_byte(std::uint64_t word, std::uint64_t pattern) {
    const std::uint64_t x = word ^ pattern;
    return (x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull;
}
constexpr std::size_t max_sniff_bytes = 1 << 16;  // a header line longer than 64 KiB is not a header
}

CsvReader::CsvReader(RecordHandler handler, char delimiter)
    : handler_(std::move(handler)), delimiter_(delimiter) {
    record_.line = 1;
}

void CsvReader::sniff_delimiter(std::string_view header_line) {
    // The candidate that occurs most often outside quotes in the header wins; comma on a tie.
    std::array<std::pair<char, int>, 4> counts{{{',', 0}, {';', 0}, {'\t', 0}, {'|', 0}}};
    bool quoted = false;
    for (char c : header_line) {
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        for (auto& [candidate, count] : counts) {
            if (c == candidate) ++count;
        }
    }
    delimiter_ = ',';
    int best = 0;
    for (const auto& [candidate, count] : counts) {
        if (count > best) {
            best = count;
            delimiter_ = candidate;
        }
    }
}

void CsvReader::feed(std::string_view bytes) {
    if (delimiter_ != 0) {
        consume(bytes);
        return;
    }
    // Hold bytes until the header line is complete, then decide the delimiter. Lines before the
    // header that start with '#' (GA4's preamble) or are blank do not count; Excel's "sep=;"
    // line states the delimiter outright.
    sniff_buffer_.append(bytes);
    std::size_t line_start = 0;
    bool quoted = false;
    for (std::size_t i = 0; i < sniff_buffer_.size(); ++i) {
        const char c = sniff_buffer_[i];
        if (c == '"') quoted = !quoted;
        if (quoted || (c != '\n' && c != '\r')) continue;
        const std::string_view line = std::string_view(sniff_buffer_).substr(line_start, i - line_start);
        const auto first = line.find_first_not_of(" \t\xEF\xBB\xBF");
        if (first == std::string_view::npos || line[first] == '#') {
            line_start = i + 1;
            continue;
        }
        if (line.substr(first, 4) == "sep=" && line.size() > first + 4) {
            delimiter_ = line[first + 4];
        } else {
            sniff_delimiter(line);
        }
        std::string held = std::move(sniff_buffer_);
        sniff_buffer_.clear();
        consume(held);
        return;
    }
    if (sniff_buffer_.size() < max_sniff_bytes) return;
    sniff_delimiter(std::string_view(sniff_buffer_).substr(line_start));
    std::string held = std::move(sniff_buffer_);
    sniff_buffer_.clear();
    consume(held);
}

void CsvReader::finish() {
    if (delimiter_ == 0) {
        sniff_delimiter(sniff_buffer_);
        std::string held = std::move(sniff_buffer_);
        sniff_buffer_.clear();
        consume(held);
    }
    // A quoted field still open at the end: if it spans lines, its first line is rejected and
    // the rest is read again; repeat until nothing is left open.
    while (state_ == State::quoted && field_.find_first_of("\r\n") != std::string::npos) {
        std::string replay;
        recover_from_broken_quote(replay, {});
        consume(replay);
    }
    if (state_ == State::quoted) {
        record_.problem = "a quoted field is not closed before the end of the file";
        record_.broken = true;
    }
    if (state_ == State::after_cr) state_ = state_before_cr_;
    if (record_has_content_ || field_count_ > 0 || !field_.empty() || state_ == State::quoted ||
        state_ == State::quote_in_quoted) {
        end_field();
        end_record();
    }
    state_ = State::field_start;
}

void CsvReader::recover_from_broken_quote(std::string& replay, std::string_view rest) {
    const std::size_t first_break = field_.find_first_of("\r\n");
    std::size_t after = first_break + 1;
    if (field_[first_break] == '\r' && after < field_.size() && field_[after] == '\n') ++after;
    replay.assign(field_, after, std::string::npos);
    replay.append(rest);
    field_.resize(first_break);
    end_field();
    record_.problem = "a quote opened on this line is never closed: the line is rejected and reading goes on with the next line";
    record_.broken = true;
    line_ = record_.line + 1;
    end_record();
    state_ = State::field_start;
    quoted_cr_pending_ = false;
}

void CsvReader::end_field() {
    if (record_.fields.size() <= field_count_) record_.fields.emplace_back();
    record_.fields[field_count_].swap(field_);
    field_.clear();
    ++field_count_;
}

void CsvReader::end_record() {
    record_.fields.resize(field_count_);
    // A blank line is no record.
    const bool blank = field_count_ == 1 && record_.fields[0].empty() && record_.problem.empty();
    if (!blank) handler_(record_);
    field_count_ = 0;
    record_.problem.clear();
    record_.broken = false;
    record_.line = line_;
    record_has_content_ = false;
}

void CsvReader::consume(std::string_view bytes) {
    std::string replay;
    std::string next;
    // Iterative rather than recursive, so a file full of broken quotes cannot exhaust the stack.
    while (consume_until_recovery(bytes, replay)) {
        next.swap(replay);
        replay.clear();
        bytes = next;
    }
}

bool CsvReader::consume_until_recovery(std::string_view bytes, std::string& replay) {
    const char delimiter = delimiter_;
    if (!special_ready_) {
        delimiter_pattern_ = 0x0101010101010101ull * static_cast<unsigned char>(delimiter);
        // Bytes that end an unquoted run: the delimiter and line breaks.
        special_.fill(false);
        special_[static_cast<unsigned char>(delimiter)] = true;
        special_['\n'] = special_['\r'] = true;
        special_ready_ = true;
    }
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        switch (state_) {
            case State::after_cr:
                // A CR ends the line; an LF right after it belongs to the same line break.
                state_ = State::field_start;
                if (c == '\n') continue;
                [[fallthrough]];
            case State::field_start:
                if (c == '"') {
                    state_ = State::quoted;
                    record_has_content_ = true;
                    continue;
                }
                state_ = State::unquoted;
                [[fallthrough]];
            case State::unquoted:
                if (c == delimiter) {
                    end_field();
                    record_has_content_ = true;
                    state_ = State::field_start;
                } else if (c == '\n' || c == '\r') {
                    ++line_;
                    end_field();
                    end_record();
                    state_ = c == '\r' ? State::after_cr : State::field_start;
                } else {
                    // Fast path: copy the run of ordinary bytes at once.
                    std::size_t j = i;
                    const char* data = bytes.data();
                    const std::size_t size = bytes.size();
                    // Eight bytes at a time: the lowest byte equal to the delimiter, LF or CR.
                    while (j + 8 <= size) {
                        std::uint64_t word;
                        std::memcpy(&word, data + j, 8);
                        const std::uint64_t found = has_byte(word, delimiter_pattern_) | has_byte(word, 0x0A0A0A0A0A0A0A0Aull) |
                                                    has_byte(word, 0x0D0D0D0D0D0D0D0Dull);
                        if (found != 0) {
                            j += static_cast<std::size_t>(std::countr_zero(found)) / 8;
                            break;
                        }
                        j += 8;
                    }
                    while (j < size && !special_[static_cast<unsigned char>(data[j])]) ++j;
                    field_.append(bytes.data() + i, j - i);
                    record_has_content_ = true;
                    i = j - 1;
                }
                break;
            case State::quoted:
                if (c == '"') {
                    quoted_cr_pending_ = false;
                    state_ = State::quote_in_quoted;
                } else {
                    // The run up to the next quote (memchr). Line breaks inside quotes still count
                    // as lines: CRLF once, CR or LF alone once.
                    const void* quote = std::memchr(bytes.data() + i, '"', bytes.size() - i);
                    const std::size_t j = quote == nullptr ? bytes.size() : static_cast<std::size_t>(static_cast<const char*>(quote) - bytes.data());
                    const std::string_view run = bytes.substr(i, j - i);
                    // (Two memchr calls: string_view::find_first_of would call memchr once per byte.)
                    if (std::memchr(run.data(), '\n', run.size()) != nullptr || std::memchr(run.data(), '\r', run.size()) != nullptr) {
                        for (char b : run) {
                            if (b == '\r') {
                                ++line_;
                            } else if (b == '\n' && !quoted_cr_pending_) {
                                ++line_;
                            }
                            quoted_cr_pending_ = b == '\r';
                        }
                    } else if (!run.empty()) {
                        quoted_cr_pending_ = false;
                    }
                    field_.append(bytes.data() + i, j - i);
                    i = j - 1;
                }
                break;
            case State::quote_in_quoted:
                if (c == '"') {
                    field_.push_back('"');  // "" inside quotes is one quote
                    state_ = State::quoted;
                } else if (c == delimiter) {
                    end_field();
                    state_ = State::field_start;
                } else if (c == '\n' || c == '\r') {
                    ++line_;
                    end_field();
                    end_record();
                    state_ = c == '\r' ? State::after_cr : State::field_start;
                } else if (field_.find_first_of("\r\n") != std::string::npos) {
                    // A quoted field ran over lines and then "closed" mid-text: the quote that
                    // opened it was never meant to be closed. Reject its line, re-read the rest.
                    recover_from_broken_quote(replay, "\"" + std::string(bytes.substr(i)));
                    return true;
                } else {
                    // Text after a closing quote ("abc"def): keep it, as spreadsheets do, and say so.
                    if (record_.problem.empty()) record_.problem = "text follows a closing quote";
                    field_.push_back(c);
                    state_ = State::unquoted;
                }
                break;
        }
    }
    return false;
}

}  // namespace creatorscope
