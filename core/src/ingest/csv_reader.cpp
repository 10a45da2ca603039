// The incremental delimited-text reader. Records are read straight from the chunk that holds
// them; a record that a chunk boundary cuts is carried over (its raw bytes only) and read whole
// once the chunk that ends it arrives.
#include "ingest/csv_reader.hpp"

#include <array>
#include <utility>

#include "model/byte_search.hpp"

namespace creatorscope {

namespace {
constexpr std::size_t max_sniff_bytes = 1 << 16;  // a header line longer than 64 KiB is not a header
constexpr std::size_t npos = std::string_view::npos;
}  // namespace

CsvReader::CsvReader(RecordHandler handler, char delimiter) : handler_(std::move(handler)), delimiter_(delimiter) {}

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
        if (first == npos || line[first] == '#') {
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
    if (!carry_.empty()) {
        const std::string held = std::move(carry_);
        carry_.clear();
        parse(held, true);
    }
    scan_ = Scan{};
}

std::size_t CsvReader::Scan::advance(std::string_view bytes, char delimiter) {
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        switch (state) {
            case State::field_start:
                if (c == '"') {
                    state = State::quoted;
                    break;
                }
                state = State::unquoted;
                [[fallthrough]];
            case State::unquoted:
            case State::quote_in_quoted:
                if (c == '"' && state == State::quote_in_quoted) {
                    state = State::quoted;
                } else if (c == delimiter) {
                    state = State::field_start;
                } else if (c == '\n' || c == '\r') {
                    state = State::field_start;
                    // CRLF: the LF belongs to this line break.
                    if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
                    return i + 1;
                } else {
                    state = State::unquoted;
                }
                break;
            case State::quoted:
                if (c == '"') state = State::quote_in_quoted;
                break;
        }
    }
    return npos;
}

void CsvReader::consume(std::string_view bytes) {
    // First finish the record an earlier chunk cut short: add to it only up to its end.
    while (!carry_.empty() && !bytes.empty()) {
        const std::size_t end = scan_.advance(bytes, delimiter_);
        const std::size_t take = end == npos ? bytes.size() : end;
        carry_.append(bytes.data(), take);
        bytes.remove_prefix(take);
        if (end == npos) return;
        const std::size_t used = parse(carry_, false);
        carry_.erase(0, used);
        // What is left (after a broken quote was read again) starts a record: follow its quoting.
        scan_ = Scan{};
        if (!carry_.empty() && scan_.advance(carry_, delimiter_) != npos) scan_ = Scan{};
    }
    if (bytes.empty()) return;
    const std::size_t used = parse(bytes, false);
    if (used < bytes.size()) {
        carry_.assign(bytes.substr(used));
        scan_ = Scan{};
        scan_.advance(carry_, delimiter_);
    }
}

void CsvReader::push_unescaped(std::size_t offset) {
    escaped_.push_back({static_cast<std::uint32_t>(record_.fields.size()), static_cast<std::uint32_t>(offset),
                        static_cast<std::uint32_t>(unescaped_.size() - offset)});
    record_.fields.emplace_back();  // set in emit: unescaped_ may still move
}

void CsvReader::emit() {
    for (const Escaped& field : escaped_) record_.fields[field.index] = std::string_view(unescaped_).substr(field.offset, field.size);
    // A blank line is no record.
    const bool blank = record_.fields.size() == 1 && record_.fields[0].empty() && record_.problem.empty();
    if (!blank) handler_(record_);
}

std::size_t CsvReader::parse(std::string_view block, bool final) {
    const char delimiter = delimiter_;
    const char* const begin = block.data();
    const char* const end = begin + block.size();
    const char* p = begin;
    if (skip_lf_ && p < end) {
        skip_lf_ = false;
        if (*p == '\n') ++p;
    }
    // The structural index of the block: each field's end is then a bit scan away.
    const std::size_t words = (block.size() + 63) / 64;
    if (stops_.size() < words) {
        stops_.resize(words);
        quotes_.resize(words);
    }
    bytes::index_structure(begin, block.size(), delimiter, stops_.data(), quotes_.data());
    const std::uint64_t* const stops = stops_.data();
    const std::uint64_t* const quotes = quotes_.data();
    // The first delimiter or line break at or after from; end when there is none.
    const auto next_stop = [&](const char* from) {
        const std::size_t at = bytes::next_bit(stops, words, static_cast<std::size_t>(from - begin));
        return at == npos ? end : begin + at;
    };
    const auto next_quote = [&](const char* from) {
        const std::size_t at = bytes::next_bit(quotes, words, static_cast<std::size_t>(from - begin));
        return at == npos ? end : begin + at;
    };
    // The first line break in [from, to), or to.
    const auto first_break_in = [&](const char* from, const char* to) {
        for (const char* q = next_stop(from); q < to; q = next_stop(q + 1)) {
            if (*q != delimiter) return q;
        }
        return to;
    };
    // Counts the line breaks in [from, to): CRLF once, CR or LF alone once.
    const auto count_lines = [&](const char* from, const char* to) {
        std::uint64_t lines = 0;
        for (const char* q = next_stop(from); q < to; q = next_stop(q + 1)) {
            if (*q == '\n' || (*q == '\r' && (q + 1 == to || q[1] != '\n'))) ++lines;
        }
        return lines;
    };

    while (p < end) {
        const char* const record_start = p;
        const std::uint64_t start_line = line_;
        record_.fields.clear();
        escaped_.clear();
        unescaped_.clear();
        record_.problem.clear();
        record_.broken = false;
        record_.line = start_line;
        bool cut_short = false;      // the block ends inside this record
        const char* restart = nullptr;  // set when a broken quote sends reading back to the next line
        for (;;) {
            // p is at the start of a field.
            if (p == end) {
                if (!final) {
                    cut_short = true;
                } else {
                    record_.fields.emplace_back();  // the empty field after a last delimiter
                }
                break;
            }
            const char* field_end;
            if (*p != '"') {
                field_end = next_stop(p);
                if (field_end == end && !final) {
                    cut_short = true;
                    break;
                }
                record_.fields.emplace_back(p, static_cast<std::size_t>(field_end - p));
            } else {
                // A quoted field: runs up to each quote; "" is one quote (the field is then copied).
                const char* const open = p;
                const char* segment = p + 1;
                const char* q = segment;
                bool copied = false;
                std::size_t copy_offset = 0;
                bool closed = false;
                while (true) {
                    const char* quote = next_quote(q);
                    if (quote == end) break;
                    if (quote + 1 == end && !final) break;  // "" or the end of the field: the next chunk says
                    if (quote + 1 < end && quote[1] == '"') {
                        if (!copied) copy_offset = unescaped_.size();
                        copied = true;
                        unescaped_.append(segment, static_cast<std::size_t>(quote + 1 - segment));
                        q = segment = quote + 2;
                        continue;
                    }
                    // The closing quote.
                    if (copied) unescaped_.append(segment, static_cast<std::size_t>(quote - segment));
                    closed = true;
                    q = quote;
                    break;
                }
                if (!closed && !final) {
                    cut_short = true;
                    break;
                }
                const char* const content_end = closed ? q : end;
                const char* after = closed ? q + 1 : end;
                // The first line break inside the quotes, if the field spans lines.
                const char* first_break = first_break_in(open + 1, content_end);
                const bool spans_lines = first_break < content_end;
                const bool text_follows = closed && after < end && *after != delimiter && *after != '\n' && *after != '\r';
                if ((!closed || text_follows) && spans_lines) {
                    // The quote was never meant to be closed (it runs over lines to the end, or
                    // "closes" mid-text): reject its first line, read again from the next.
                    record_.fields.emplace_back(open + 1, static_cast<std::size_t>(first_break - open - 1));
                    record_.problem = "a quote opened on this line is never closed: the line is rejected and reading goes on with the next line";
                    record_.broken = true;
                    restart = first_break + ((*first_break == '\r' && first_break + 1 < end && first_break[1] == '\n') ? 2 : 1);
                    break;
                }
                line_ += count_lines(open + 1, content_end);
                if (!closed) {
                    record_.problem = "a quoted field is not closed before the end of the file";
                    record_.broken = true;
                    if (copied) {
                        unescaped_.append(segment, static_cast<std::size_t>(end - segment));
                        push_unescaped(copy_offset);
                    } else {
                        record_.fields.emplace_back(open + 1, static_cast<std::size_t>(end - open - 1));
                    }
                    field_end = end;
                } else if (text_follows) {
                    // Text after a closing quote ("abc"def): keep it, as spreadsheets do, and say so.
                    field_end = next_stop(after);
                    if (field_end == end && !final) {
                        cut_short = true;
                        break;
                    }
                    if (record_.problem.empty()) record_.problem = "text follows a closing quote";
                    if (!copied) {
                        copy_offset = unescaped_.size();
                        unescaped_.append(open + 1, static_cast<std::size_t>(q - open - 1));
                    }
                    unescaped_.append(after, static_cast<std::size_t>(field_end - after));
                    push_unescaped(copy_offset);
                } else {
                    field_end = after;
                    if (copied) {
                        push_unescaped(copy_offset);
                    } else {
                        record_.fields.emplace_back(open + 1, static_cast<std::size_t>(q - open - 1));
                    }
                }
            }
            p = field_end;
            if (p == end) {
                if (!final) {
                    cut_short = true;
                }
                break;
            }
            if (*p == delimiter) {
                ++p;
                continue;
            }
            // A line break ends the record.
            ++line_;
            if (*p == '\r') {
                if (p + 1 < end) {
                    if (p[1] == '\n') ++p;
                } else if (!final) {
                    skip_lf_ = true;  // an LF first in the next chunk belongs to this CR
                }
            }
            ++p;
            break;
        }
        if (cut_short) {
            line_ = start_line;
            return static_cast<std::size_t>(record_start - begin);
        }
        emit();
        if (restart != nullptr) {
            ++line_;  // the rejected line's break
            p = restart;
        }
    }
    return block.size();
}

}  // namespace creatorscope
