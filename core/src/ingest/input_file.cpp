// Reading one input file into a typed columnar table: decoding, delimited records and rows.
// The header (kind and columns) is read in input_header.cpp, JSON documents in input_json.cpp,
// dates placed after the fact in input_dates.cpp.
#include "ingest/input_file.hpp"

#include <algorithm>
#include <array>

#include "ingest/encodings.hpp"
#include "model/text.hpp"

namespace creatorscope {

namespace {

// normalize_handle, interned, without building a string when the handle is already in its
// normal form (the common case).
std::uint32_t intern_handle(StringPool& pool, std::string_view cell) {
    std::string_view handle = trim(cell);
    if (!handle.empty() && handle.front() == '@') handle = trim(handle.substr(1));
    for (char c : handle) {
        if (c >= 'A' && c <= 'Z') return pool.intern(lower_ascii(handle));
    }
    return pool.intern(handle);
}

}  // namespace

InputFile::InputFile(std::string name, MappingOverride override, StringPool& pool,
                     std::shared_ptr<const KeywordMatcher> keywords)
    : name_(std::move(name)), override_(std::move(override)), pool_(pool), keywords_(std::move(keywords)) {
    if (keywords_) keywords_fingerprint_ = keywords_->fingerprint();
}

InputFile::~InputFile() = default;

char InputFile::delimiter() const { return csv_ ? csv_->delimiter() : 0; }

void InputFile::add_issue(std::uint64_t line, std::string column, std::string message) {
    ++issue_count_;
    if (issues_.size() < max_kept_issues) issues_.push_back({line, std::move(column), std::move(message)});
}

void InputFile::feed(std::string_view bytes) {
    if (finished_) return;
    bytes_read_ += bytes.size();
    decode(bytes);
}

void InputFile::decode(std::string_view bytes) {
    if (decoding_ == Encoding::undecided) {
        pending_bytes_.append(bytes);
        if (pending_bytes_.size() < 3) return;  // wait for enough bytes to see a BOM (or finish)
        std::string held = std::move(pending_bytes_);
        pending_bytes_.clear();
        const std::string_view head = held;
        std::size_t bom = 0;
        if (head.substr(0, 3) == "\xEF\xBB\xBF") {
            decoding_ = Encoding::utf8;
            utf8_settled_ = true;  // a UTF-8 byte order mark says so
            bom = 3;
        } else if (head.substr(0, 2) == "\xFF\xFE") {
            decoding_ = Encoding::utf16le;
            encoding_ = "utf-16le";
            bom = 2;
        } else if (head.substr(0, 2) == "\xFE\xFF") {
            decoding_ = Encoding::utf16be;
            encoding_ = "utf-16be";
            bom = 2;
        } else {
            decoding_ = Encoding::utf8;
        }
        decode(head.substr(bom));
        return;
    }
    if (decoding_ == Encoding::utf8) {
        decode_utf8(bytes);
        return;
    }
    if (decoding_ == Encoding::windows1252) {
        utf8_buffer_.clear();
        append_windows1252(utf8_buffer_, bytes);
        consume_text(utf8_buffer_);
        return;
    }
    // UTF-16: transcode two bytes at a time, carrying an odd byte and a high surrogate over.
    utf8_buffer_.clear();
    std::size_t i = 0;
    auto unit_at = [&](unsigned char a, unsigned char b) -> std::uint32_t {
        return decoding_ == Encoding::utf16le ? (a | (b << 8)) : ((a << 8) | b);
    };
    auto take_unit = [&](std::uint32_t unit) {
        if (unit >= 0xD800 && unit < 0xDC00) {
            high_surrogate_ = unit;
            return;
        }
        if (unit >= 0xDC00 && unit < 0xE000 && high_surrogate_ != 0) {
            append_utf8(utf8_buffer_, 0x10000 + ((high_surrogate_ - 0xD800) << 10) + (unit - 0xDC00));
        } else {
            append_utf8(utf8_buffer_, (unit >= 0xD800 && unit < 0xE000) ? 0xFFFD : unit);
        }
        high_surrogate_ = 0;
    };
    if (!pending_bytes_.empty() && !bytes.empty()) {
        take_unit(unit_at(static_cast<unsigned char>(pending_bytes_[0]), static_cast<unsigned char>(bytes[0])));
        pending_bytes_.clear();
        i = 1;
    }
    for (; i + 1 < bytes.size(); i += 2) {
        take_unit(unit_at(static_cast<unsigned char>(bytes[i]), static_cast<unsigned char>(bytes[i + 1])));
    }
    if (i < bytes.size()) pending_bytes_.assign(1, bytes[i]);
    consume_text(utf8_buffer_);
}

// UTF-8 as it is, checked as it passes: bytes that cannot be UTF-8 before any character beyond
// ASCII was seen mean the file is Windows-1252 (Excel's CSV on Windows), read so from there on
// (what came before was ASCII, the same in both). A sequence cut by the chunk's end waits for
// the next chunk. Past the first non-ASCII character, a stray byte is kept as it is.
void InputFile::decode_utf8(std::string_view bytes) {
    if (!utf8_settled_) {
        std::string joined;
        if (!pending_bytes_.empty()) {
            joined = std::move(pending_bytes_) + std::string(bytes);
            pending_bytes_.clear();
            bytes = joined;
        }
        const Utf8Check check = check_utf8(bytes, /*until_multibyte=*/true);
        if (check.multibyte) {
            utf8_settled_ = true;  // UTF-8 beyond doubt: the rest is not checked
            consume_text(bytes);
            return;
        }
        // JSON is UTF-8 by definition (RFC 8259): only delimited text falls back.
        const auto first = bytes.find_first_not_of(" \t\r\n");
        const bool json = format_ == Format::json ||
                          (format_ == Format::undecided && first != std::string_view::npos && (bytes[first] == '{' || bytes[first] == '['));
        if (check.valid < bytes.size() && !utf8_settled_ && !json) {
            if (check.incomplete) {
                consume_text(bytes.substr(0, check.valid));
                pending_bytes_.assign(bytes.substr(check.valid));
                return;
            }
            decoding_ = Encoding::windows1252;
            encoding_ = "windows-1252";
            notes_.push_back("read as Windows-1252: the bytes are not UTF-8 (Excel on Windows saves CSV so)");
            consume_text(bytes.substr(0, check.valid));
            decode(bytes.substr(check.valid));
            return;
        }
        consume_text(bytes);
        return;
    }
    consume_text(bytes);
}

void InputFile::consume_text(std::string_view text) {
    if (format_ == Format::undecided) {
        const auto first = text.find_first_not_of(" \t\r\n");
        if (first == std::string_view::npos) {
            json_text_.append(text);  // only white space so far: hold it
            return;
        }
        const char c = text[first];
        if (c == '{' || c == '[' || override_.kind == Kind::brief) {
            format_ = Format::json;
            container_ = "json";
        } else {
            format_ = Format::delimited;
            container_ = "csv";
            csv_ = std::make_unique<CsvReader>([this](const CsvRecord& record) { on_record(record); });
            std::string held = std::move(json_text_);
            json_text_.clear();
            if (!held.empty()) csv_->feed(held);
        }
    }
    if (format_ == Format::json) {
        if (json_text_.size() + text.size() > InputFile::max_json_bytes) {
            if (json_text_.size() <= InputFile::max_json_bytes) {
                add_issue(0, "", "this JSON file is larger than 64 MB; JSON is read whole, so split it or export CSV");
                json_text_.assign(InputFile::max_json_bytes + 1, ' ');
            }
            return;
        }
        json_text_.append(text);
        return;
    }
    csv_->feed(text);
}

void InputFile::finish() {
    if (finished_) return;
    if (decoding_ == Encoding::undecided) {
        decoding_ = Encoding::utf8;
        std::string held = std::move(pending_bytes_);
        pending_bytes_.clear();
        consume_text(held);
    }
    if (!pending_bytes_.empty() && decoding_ == Encoding::utf8) {
        // The file ends inside a UTF-8 sequence: those bytes are kept as they are.
        std::string tail = std::move(pending_bytes_);
        pending_bytes_.clear();
        consume_text(tail);
    }
    if (!pending_bytes_.empty()) add_issue(0, "", "the file ends in the middle of a UTF-16 character");
    if (format_ == Format::delimited) {
        csv_->finish();
        release_held();
        if (!have_header_) add_issue(0, "", "the file has no header row");
    } else if (format_ == Format::json) {
        finish_json();
        release_held();
    } else {
        add_issue(0, "", "the file is empty");
    }
    finish_dates();
    finish_numbers();
    finished_ = true;
}

namespace {

// "Total", "Grand total" and their translations in the first or last cell mark a summary row.
bool is_summary_row(const std::vector<std::string_view>& fields) {
    static constexpr std::array<std::string_view, 9> words{"total", "totals", "grandtotal", "totalgeneral", "gesamt",
                                                           "gesamtsumme", "totale", "totaal", "summe"};
    const auto summary = [&](std::string_view cell) {
        // Cheap test first: every word starts with t, g or s and is short.
        const std::string_view text = trim(cell);
        if (text.empty() || text.size() > 16) return false;
        const char first = static_cast<char>(text[0] | 0x20);
        if (first != 't' && first != 'g' && first != 's') return false;
        const std::string folded = fold_column_name(text);
        for (auto word : words) {
            if (folded == word) return true;
        }
        return false;
    };
    return !fields.empty() && (summary(fields.front()) || summary(fields.back()));
}

// A row of "====" or "----" under a header (Kim et al.'s influencers.txt).
bool is_separator_row(const std::vector<std::string_view>& fields) {
    bool any = false;
    for (const auto field : fields) {
        for (char c : field) {
            if (c != '=' && c != '-' && c != '_' && c != ' ' && c != '+') return false;
            any = any || c == '=' || c == '-';
        }
    }
    return any;
}

}  // namespace

void InputFile::on_record(const CsvRecord& record) {
    if (!have_header_) {
        // A "#" preamble (GA4) and Excel's "sep=;" line come before the header.
        const std::string_view first = record.fields.empty() ? std::string_view{} : trim(record.fields.front());
        if (held_.empty() && (first.starts_with("#") || first.starts_with("sep="))) {
            ++skipped_;
            return;
        }
        hold(record);
        return;
    }
    if (table_.kind() == Kind::unknown) {
        ++rejected_;
        return;
    }
    // A row of empty cells (",,,,") is a blank line.
    if (std::all_of(record.fields.begin(), record.fields.end(), [](std::string_view f) { return trim(f).empty(); })) {
        return;
    }
    if (is_separator_row(record.fields) || (is_summary_row(record.fields) && table_.kind() != Kind::brief)) {
        ++skipped_;
        return;
    }
    if (record.broken) {
        ++rejected_;
        add_issue(record.line, "", "row rejected: " + record.problem);
        return;
    }
    std::size_t field_count = record.fields.size();
    // Trailing empty cells past the header (a trailing delimiter) are harmless.
    while (field_count > header_.size() && trim(record.fields[field_count - 1]).empty()) --field_count;
    if (field_count != header_.size()) {
        reject_row(record.line, "", "row rejected: expected " + std::to_string(header_.size()) + " fields as in the header, found " +
                                        std::to_string(field_count));
        return;
    }
    if (!missing_columns_.empty()) {
        // Without its required columns a row is nobody (a roster row with no handle): never a blank creator.
        reject_row(record.line, "", "row rejected: the file has no column for " + missing_columns_ +
                                        ": choose one in the Columns editor (or --map on the command line)");
        return;
    }
    if (!record.problem.empty()) add_issue(record.line, "", record.problem);
    read_row(record);
}

// A roster's handle written as a profile link: the link's handle, and where no platform column
// says otherwise, the link's platform (a list may mix platforms).
void InputFile::read_profile_cell(std::vector<std::string_view>& cells, std::string& handle, std::string& platform) {
    auto& handle_cell = cells[static_cast<std::size_t>(column_of_.handle)];
    if (handle_cell.find('/') == std::string_view::npos) return;
    const ProfileLink link = read_profile_link(handle_cell);
    if (link.handle.empty()) return;
    handle_cell = handle = link.handle;
    if (mapping_.source_of[static_cast<std::size_t>(column_of_.platform)] < 0) {
        cells[static_cast<std::size_t>(column_of_.platform)] = platform = link.platform;
    }
}

// The rare ways out of a row, kept out of line so that the row's own code stays small (the
// browser's optimising compiler handles a small hot function far better than a large one).
void InputFile::reject_row(std::uint64_t line, std::string column, std::string message) {
    ++rejected_;
    add_issue(line, std::move(column), std::move(message));
}

std::string InputFile::column_name(std::size_t c) const {
    if (!wide_groups_.empty()) {
        for (const auto& [canonical, source] : wide_groups_[wide_group_].fields) {
            if (static_cast<std::size_t>(canonical) == c && source >= 0) return header_[static_cast<std::size_t>(source)];
        }
    }
    const int source = mapping_.source_of[c];
    return source >= 0 ? header_[static_cast<std::size_t>(source)] : std::string(kind_spec(table_.kind()).columns[c].name);
}

void InputFile::read_row(const CsvRecord& record) {
    // The cells this row gives each canonical column: from the file, a format's constant, or
    // (for the columns derived below) nothing yet.
    std::vector<std::string_view>& cells = cells_;
    cells.resize(mapping_.source_of.size());
    for (const auto& [c, source] : field_sources_) cells[static_cast<std::size_t>(c)] = record.fields[static_cast<std::size_t>(source)];
    for (const int c : unsourced_columns_) cells[static_cast<std::size_t>(c)] = {};
    for (const int c : constant_columns_) cells[static_cast<std::size_t>(c)] = pool_.get(constants_[static_cast<std::size_t>(c)]);
    if (!wide_groups_.empty()) {
        read_wide_row(record);
        return;
    }
    read_row_cells(record);
}

// A row's cells once they are set: what the reader derives from them, the checks, then the row.
void InputFile::read_row_cells(const CsvRecord& record) {
    std::vector<std::string_view>& cells = cells_;
    // Posts: a link in the post id column names the platform, the creator and the post.
    std::string derived_handle, derived_platform, derived_id;
    if (table_.kind() == Kind::roster) read_profile_cell(cells, derived_handle, derived_platform);
    if (table_.kind() == Kind::posts) {
        const int handle = column_of_.handle, platform = column_of_.platform,
                  post_id = column_of_.post_id;
        auto& id_cell = cells[static_cast<std::size_t>(post_id)];
        if (id_cell.find("://") != std::string_view::npos) {
            const PostLink link = read_post_link(id_cell);
            auto& handle_cell = cells[static_cast<std::size_t>(handle)];
            auto& platform_cell = cells[static_cast<std::size_t>(platform)];
            if (trim(handle_cell).empty() && !link.handle.empty()) handle_cell = derived_handle = link.handle;
            if (trim(platform_cell).empty() && !link.platform.empty()) platform_cell = derived_platform = link.platform;
            if (!link.post_id.empty()) id_cell = derived_id = link.post_id;
        }
        if (trim(cells[static_cast<std::size_t>(handle)]).empty()) {
            const int source = mapping_.source_of[static_cast<std::size_t>(handle)];
            if (source >= 0) {
                reject_row(record.line, header_[static_cast<std::size_t>(source)], "row rejected: no handle");
            } else {
                reject_row(record.line, "", "row rejected: no handle column, and the post's link does not name the creator");
            }
            return;
        }
    }
    for (int c : identity_columns_) {
        if (trim(cells[static_cast<std::size_t>(c)]).empty()) {
            const int source = mapping_.source_of[static_cast<std::size_t>(c)];
            reject_row(record.line, source >= 0 ? header_[static_cast<std::size_t>(source)] : "",
                       "row rejected: no " + std::string(kind_spec(table_.kind()).columns[static_cast<std::size_t>(c)].name));
            return;
        }
    }
    // Shopify writes an order's totals on its first line only; the next lines are its items.
    if (table_.kind() == Kind::conversions) {
        const int order = column_of_.order_id, revenue = column_of_.revenue;
        if (mapping_.source_of[static_cast<std::size_t>(order)] >= 0) {
            const bool seen = !seen_orders_.emplace(trim(cells[static_cast<std::size_t>(order)])).second;
            if (seen && is_missing_token(cells[static_cast<std::size_t>(revenue)])) {
                ++skipped_;
                return;
            }
        }
    }
    const std::int8_t sponsored_marker = reduce_text(cells);
    if (!keyword_hits_.empty()) ++keyword_hit_rows_;
    store_row(record.line, sponsored_marker);
    if (table_.kind() == Kind::roster) check_repeated_handle(record.line);
}

// Captions (and bios) are reduced here to what later stages use: their hashtags, whether they
// mark the post as sponsored, the listed terms they contain, and a preview. Returns the
// sponsored marker (missing_flag when there is no caption to tell).
std::int8_t InputFile::reduce_text(std::vector<std::string_view>& cells) {
    std::string& keyword_hits = keyword_hits_;
    keyword_hits.clear();
    std::int8_t sponsored_marker = missing_flag;
    if (table_.kind() == Kind::roster && column_of_.bio >= 0) {
        const std::string_view bio = cells[static_cast<std::size_t>(column_of_.bio)];
        if (keywords_ && !bio.empty()) keywords_->scan(bio, &keyword_hits);
        cells[static_cast<std::size_t>(column_of_.keyword_hits)] = keyword_hits;
    }
    if (table_.kind() == Kind::posts) {
        const std::string_view caption = cells[static_cast<std::size_t>(column_of_.caption)];
        caption_facts_.hashtags.clear();
        if (!caption.empty()) {
            // One pass for the hashtags, one for the listed terms and sponsorship phrases.
            read_hashtags(caption, caption_facts_);
            const KeywordMatcher& matcher = keywords_ ? *keywords_ : KeywordMatcher::builtin();
            const std::string_view phrase = matcher.scan(caption, keywords_ ? &keyword_hits : nullptr);
            sponsored_marker = caption_facts_.sponsored || !phrase.empty() ? 1 : 0;
        }
        cells[static_cast<std::size_t>(column_of_.keyword_hits)] = keyword_hits;
        term_text_.add(caption);
        const int tags = column_of_.hashtags;
        if (mapping_.source_of[static_cast<std::size_t>(tags)] == no_source) cells[static_cast<std::size_t>(tags)] = caption_facts_.hashtags;
        cells[static_cast<std::size_t>(column_of_.caption)] = utf8_prefix(caption, caption_preview_bytes);
    }

    return sponsored_marker;
}

void InputFile::store_row(std::uint64_t line, std::int8_t sponsored_marker) {
    const std::size_t row = table_.rows();
    table_.begin_row(line);
    for (const auto [present, marker] : present_columns_) {
        const auto c = static_cast<std::size_t>(present);
        Column& column = table_.column(present);
        const std::string_view cell = cells_[c];
        switch (column.type) {
            case ValueType::text:
                column.texts.push_back(pool_.intern(trim(cell)));
                break;
            case ValueType::long_text:
                table_.push_long_text(present, trim(cell));
                break;
            case ValueType::handle:
                column.texts.push_back(intern_handle(pool_, cell));
                break;
            case ValueType::platform:
                column.texts.push_back(platform_id(cell));
                break;
            case ValueType::count:
                if (!store_plain_count(column, cell)) store_cell(column, c, cell, line, row);
                break;
            case ValueType::number:
            case ValueType::rate:
                store_cell(column, c, cell, line, row);
                break;
            case ValueType::timestamp:
                if (std::int64_t time = 0; read_plain_iso(cell, time)) {
                    column.times.push_back(time);  // the commonest form: no reading to keep
                } else {
                    store_cell(column, c, cell, line, row);
                }
                break;
            case ValueType::flag:
                if (marker) {
                    column.flags.push_back(sponsored_marker);
                } else if (const int flag = quick_flag(cell); flag >= 0) {
                    column.flags.push_back(static_cast<std::int8_t>(flag));
                } else {
                    store_cell(column, c, cell, line, row);
                }
                break;
        }
    }
    if (table_.kind() == Kind::posts) date_tiktok_post(row);
    note_latest_times(row);
}

// Platform columns repeat a handful of values: each raw spelling's interned id is remembered.
std::uint32_t InputFile::platform_id(std::string_view cell) {
    for (const auto& [raw, interned] : platform_ids_) {
        if (raw == cell) return interned;
    }
    const std::uint32_t id = pool_.intern(normalize_platform(cell));
    if (platform_ids_.size() < 64) platform_ids_.emplace_back(std::string(cell), id);
    return id;
}

// Plain digits, as almost every count is written: stored with no further reading. False for
// anything else (the full reading takes it).
bool InputFile::store_plain_count(Column& column, std::string_view cell) {
    if (cell.empty() || cell.size() > 9) return false;
    std::uint32_t value = 0;
    bool digits = true;
    for (char ch : cell) {
        digits = digits && ch >= '0' && ch <= '9';
        value = value * 10 + static_cast<std::uint32_t>(static_cast<unsigned char>(ch) - '0');
    }
    if (digits) column.counts.push_back(value);
    return digits;
}

// TikTok video ids carry their creation time: a date without a year (or none) is replaced by it.
void InputFile::date_tiktok_post(std::size_t row) {
    const int published = column_of_.published_at;
    Column& times = table_.column(published);
    if (!times.present || table_.text(column_of_.platform, row) != tiktok_id_) return;
    std::int64_t& time = times.times[row];
    if (time != missing_time && !is_yearless(time)) return;
    if (const std::int64_t from_id = tiktok_id_time(table_.long_text(column_of_.post_id, row)); from_id != 0) {
        if (is_yearless(time)) --date_state_[static_cast<std::size_t>(published)].yearless;
        time = from_id;
    }
}

// The file's latest full date, kept as rows arrive (the analysis needs it without a scan).
void InputFile::note_latest_times(std::size_t row) {
    for (const int c : time_columns_) {
        const std::int64_t time = table_.column(c).times[row];
        if (time != missing_time && !is_yearless(time) && (!latest_full_ || time > *latest_full_)) latest_full_ = time;
    }
}

// A cell that the row loop's quick readings could not take (a count such as "3.3k", any
// number or rate, a date in another form, a yes/no cell in other words, a bad value): read in
// full, with the column's state, and any problem recorded.
void InputFile::store_cell(Column& column, std::size_t c, std::string_view cell, std::uint64_t line, std::size_t row) {
    switch (column.type) {
        case ValueType::count: {
            const auto parsed = parse_count(cell, locale_);
            if (parsed.has_value()) note_count_convention(c, cell, column.counts.size());
            table_.push_count(static_cast<int>(c), parsed.has_value() ? parsed.value : missing_number());
            if (!parsed.reason.empty()) add_issue(line, column_name(c), "value left out: " + parsed.reason);
            break;
        }
        case ValueType::number:
        case ValueType::rate: {
            const auto parsed = column.type == ValueType::rate ? parse_rate(cell, locale_) : parse_number(cell, locale_);
            if (column.type == ValueType::number && parsed.has_value()) note_number_convention(c, cell, column.numbers.size());
            column.numbers.push_back(parsed.has_value() ? parsed.value : missing_number());
            if (!parsed.reason.empty()) add_issue(line, column_name(c), "value left out: " + parsed.reason);
            break;
        }
        case ValueType::timestamp: {
            DateColumnState& state = date_state_[c];
            const DateReading reading = read_date(cell, state.order);
            if (reading.proves == DayMonthOrder::day_first && state.day_first_line == 0) state.day_first_line = line;
            if (reading.proves == DayMonthOrder::month_first && state.month_first_line == 0) state.month_first_line = line;
            if (state.order == DayMonthOrder::unknown && reading.proves != DayMonthOrder::unknown) state.order = reading.proves;
            if (reading.day_month_ambiguous && state.order == DayMonthOrder::unknown) {
                state.ambiguous_rows.push_back(static_cast<std::uint32_t>(row));
            }
            if (reading.yearless) ++state.yearless;
            column.times.push_back(reading.time.has_value() ? reading.time.value : missing_time);
            if (!reading.time.reason.empty()) add_issue(line, column_name(c), "value left out: " + reading.time.reason);
            break;
        }
        case ValueType::flag: {
            const auto parsed = parse_flag(cell);
            column.flags.push_back(parsed.has_value() ? static_cast<std::int8_t>(parsed.value) : missing_flag);
            if (!parsed.reason.empty()) add_issue(line, column_name(c), "value left out: " + parsed.reason);
            break;
        }
        default:
            break;
    }
}

std::uint64_t InputFile::table_bytes() const { return table_.memory_bytes() + term_text_.memory_bytes(); }

}  // namespace creatorscope
