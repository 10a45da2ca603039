// An incremental reader of delimited text (CSV, semicolon CSV, TSV): bytes go in as chunks of
// any size, complete records come out with the line they started on. It never holds more than
// the record being read. Quoted fields may contain delimiters, quotes ("") and line breaks;
// CRLF, LF and CR all end a line. The delimiter is sniffed from the header line. A quote that
// is never closed costs one line, not the rest of the file: reading resumes on the next line.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace creatorscope {

struct CsvRecord {
    std::uint64_t line = 0;           // physical line the record starts on (1-based)
    std::vector<std::string> fields;  // the unquoted field values
    std::string problem;              // set when the record was malformed (an unmatched quote...)
    bool broken = false;              // the record cannot be used (its problem says why)
};

class CsvReader {
public:
    using RecordHandler = std::function<void(const CsvRecord&)>;

    // delimiter 0 means: sniff it from the first line (',', ';', '\t' or '|').
    explicit CsvReader(RecordHandler handler, char delimiter = 0);

    void feed(std::string_view bytes);
    void finish();

    char delimiter() const { return delimiter_; }
    std::uint64_t lines_seen() const { return line_; }

private:
    void consume(std::string_view bytes);
    // Reads until done, or until a broken quote is found; then fills `replay` with what must be
    // read again and returns true.
    bool consume_until_recovery(std::string_view bytes, std::string& replay);
    // A quoted field that ran over line breaks turned out unclosed: its first line is rejected
    // and the text after it is read again as ordinary lines.
    void recover_from_broken_quote(std::string& replay, std::string_view rest);
    void end_field();
    void end_record();
    void sniff_delimiter(std::string_view header_line);

    RecordHandler handler_;
    char delimiter_;
    std::string sniff_buffer_;  // the first line, held until the delimiter is known

    enum class State { field_start, unquoted, quoted, quote_in_quoted, after_cr };
    State state_ = State::field_start;
    State state_before_cr_ = State::field_start;
    CsvRecord record_;
    std::string field_;
    std::size_t field_count_ = 0;
    std::uint64_t line_ = 1;
    bool record_has_content_ = false;
    bool quoted_cr_pending_ = false;  // a CR inside quotes ended the last chunk
    std::array<bool, 256> special_{};  // delimiter and line-break bytes, for the unquoted fast path
    bool special_ready_ = false;
    std::uint64_t delimiter_pattern_ = 0;  // the delimiter in each byte of a word
};

}  // namespace creatorscope
