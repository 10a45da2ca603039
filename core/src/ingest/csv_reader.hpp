// An incremental reader of delimited text (CSV, semicolon CSV, TSV): bytes go in as chunks of
// any size, complete records come out with the line they started on. Fields are views into the
// chunk when they can be (no copy); only a field with escaped quotes, and a record that a chunk
// boundary cuts, are copied. It never holds more than the record being read. Quoted fields may
// contain delimiters, quotes ("") and line breaks; CRLF, LF and CR all end a line. The
// delimiter is sniffed from the header line. A quote that is never closed costs one line, not
// the rest of the file: reading resumes on the next line.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace creatorscope {

struct CsvRecord {
    std::uint64_t line = 0;                // physical line the record starts on (1-based)
    std::vector<std::string_view> fields;  // the unquoted field values, valid during the handler call
    std::string problem;                   // set when the record was malformed (an unmatched quote...)
    bool broken = false;                   // the record cannot be used (its problem says why)
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
    // Reads the complete records at the start of block and returns how many bytes they took:
    // the rest is a record the block cuts short (unless final, when everything is read).
    std::size_t parse(std::string_view block, bool final);
    struct Block;
    struct Quoted;
    enum class FieldRead : std::uint8_t { field, cut_short, line_rejected };
    Block index_block(std::string_view block, bool final);
    void start_record();
    // Reads one record from p (moved past it); false when the block ends inside it.
    bool read_record(const Block& b, const char*& p, const char*& restart);
    void end_line(const Block& b, const char*& p);  // past a line break: CRLF, LF or CR
    void find_closing_quote(const Block& b, Quoted& field);
    FieldRead read_quoted(const Block& b, const char* open, const char*& field_end, const char*& restart);
    void reject_line(const Block& b, const char* open, const char* first_break, const char*& restart);
    void keep_unclosed(const Block& b, Quoted& field);
    FieldRead keep_text_after_quote(const Block& b, Quoted& field, const char* after, const char*& field_end);
    void sniff_delimiter(std::string_view header_line);
    void emit();

    // Follows quoting across chunks to find where the record held in carry_ ends.
    struct Scan {
        enum class State : std::uint8_t { field_start, unquoted, quoted, quote_in_quoted };
        State state = State::field_start;
        // Position just after the first line break that ends a record in bytes, or npos.
        std::size_t advance(std::string_view bytes, char delimiter);
    };

    RecordHandler handler_;
    char delimiter_;
    std::string sniff_buffer_;  // the first line, held until the delimiter is known
    std::string carry_;         // the raw bytes of a record that the last chunk cut short
    Scan scan_;                 // where carry_'s quoting stands
    bool skip_lf_ = false;      // the last chunk ended with a CR: an LF first in the next is the same line break

    void push_unescaped(std::size_t offset);

    // The record being built: fields are views into the block, except those with escaped
    // quotes, which are copied into unescaped_ and listed in escaped_ until the record is done.
    struct Escaped {
        std::uint32_t index;
        std::uint32_t offset;
        std::uint32_t size;
    };
    std::vector<Escaped> escaped_;
    // The structural index of the block being parsed (see bytes::index_structure).
    std::vector<std::uint64_t> stops_;
    std::vector<std::uint64_t> quotes_;
    std::string unescaped_;
    CsvRecord record_;
    std::uint64_t line_ = 1;
};

}  // namespace creatorscope
