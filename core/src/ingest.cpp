// Reading one input file into a typed columnar table.
#include "creatorscope/ingest.hpp"

#include <algorithm>

#include "creatorscope/text.hpp"

namespace creatorscope {

namespace {

constexpr std::size_t max_json_bytes = 64u << 20;  // JSON documents are parsed whole (briefs, DYI files)

void append_utf8(std::string& out, std::uint32_t code_point) {
    if (code_point < 0x80) {
        out.push_back(static_cast<char>(code_point));
    } else if (code_point < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (code_point >> 6)));
        out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
    } else if (code_point < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (code_point >> 12)));
        out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (code_point >> 18)));
        out.push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
    }
}

bool is_brief(const nlohmann::ordered_json& document) {
    if (!document.is_object()) return false;
    static constexpr std::string_view keys[] = {"countries", "target", "targets", "budget", "niches", "keywords",
                                                "platforms", "tiers", "weights", "blocklist", "ages", "genders",
                                                "languages", "campaign", "goal"};
    for (auto key : keys) {
        if (document.contains(std::string(key))) return true;
    }
    return false;
}

// Records where a JSON document stops being valid (a SAX handler that accepts everything else).
struct ErrorLocator : nlohmann::json_sax<nlohmann::ordered_json> {
    std::size_t byte = 0;
    std::string message = "unexpected end of input";
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t position, const std::string& last_token, const nlohmann::detail::exception&) override {
        byte = position;
        message = "unexpected '" + std::string(utf8_prefix(last_token, 20)) + "' at byte " + std::to_string(position);
        return false;
    }
};

}  // namespace

InputFile::InputFile(std::string name, std::optional<Kind> forced_kind, StringPool& pool)
    : name_(std::move(name)), forced_kind_(forced_kind), pool_(pool) {}

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
        consume_text(bytes);
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

void InputFile::consume_text(std::string_view text) {
    if (format_ == Format::undecided) {
        const auto first = text.find_first_not_of(" \t\r\n");
        if (first == std::string_view::npos) {
            json_text_.append(text);  // only white space so far: hold it
            return;
        }
        const char c = text[first];
        if (!forced_kind_ && (c == '{' || c == '[')) {
            format_ = Format::json;
        } else if (forced_kind_ == Kind::brief) {
            format_ = Format::json;
        } else {
            format_ = Format::delimited;
            csv_ = std::make_unique<CsvReader>([this](const CsvRecord& record) { on_record(record); });
            std::string held = std::move(json_text_);
            json_text_.clear();
            if (!held.empty()) csv_->feed(held);
        }
    }
    if (format_ == Format::json) {
        if (json_text_.size() + text.size() > max_json_bytes) {
            if (json_text_.size() <= max_json_bytes) {
                add_issue(0, "", "this JSON file is larger than 64 MB; JSON is read whole, so split it or export CSV");
                json_text_.assign(max_json_bytes + 1, ' ');
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
    if (!pending_bytes_.empty()) add_issue(0, "", "the file ends in the middle of a UTF-16 character");
    if (format_ == Format::delimited) {
        csv_->finish();
        if (!have_header_) add_issue(0, "", "the file has no header row");
    } else if (format_ == Format::json) {
        finish_json();
    } else {
        add_issue(0, "", "the file is empty");
    }
    finished_ = true;
}

void InputFile::finish_json() {
    if (json_text_.size() > max_json_bytes) {
        table_ = Table(Kind::unknown);
        return;
    }
    document_ = nlohmann::ordered_json::parse(json_text_, nullptr, /*allow_exceptions=*/false);
    if (document_.is_discarded()) {
        // Find where it broke, for the message, without exceptions (the web build has none).
        ErrorLocator locator;
        (void)nlohmann::ordered_json::sax_parse(json_text_, &locator);
        const auto offset = std::min<std::size_t>(locator.byte, json_text_.size());
        const auto line = 1 + std::count(json_text_.begin(), json_text_.begin() + static_cast<std::ptrdiff_t>(offset), '\n');
        add_issue(static_cast<std::uint64_t>(line), "", "this is not valid JSON: " + locator.message);
        document_ = nullptr;
        table_ = Table(Kind::unknown);
        json_text_.clear();
        return;
    }
    json_text_.clear();
    json_text_.shrink_to_fit();
    if (forced_kind_ == Kind::brief || (!forced_kind_ && is_brief(document_))) {
        table_ = Table(Kind::brief);
        table_.begin_row(1);
        return;
    }
    table_ = Table(Kind::unknown);
    document_ = nullptr;
    add_issue(0, "", "JSON of a shape CreatorScope does not read: expected a campaign brief (an object with keys "
                     "such as target, budget, platforms or keywords)");
}

void InputFile::on_header(const CsvRecord& record) {
    have_header_ = true;
    header_ = record.fields;
    for (auto& h : header_) h = std::string(trim(h));
    Kind kind = Kind::unknown;
    if (forced_kind_) {
        mapping_ = map_header(*forced_kind_, header_);
        kind = *forced_kind_;
        const auto missing = missing_required(mapping_);
        for (const auto& m : missing) {
            add_issue(record.line, "", "a " + std::string(kind_name(kind)) + " file needs a column for " + m);
        }
    } else {
        Detection detection = detect_kind(header_);
        mapping_ = std::move(detection.mapping);
        kind = mapping_.kind;
        if (kind == Kind::unknown) {
            add_issue(record.line, "",
                      "could not tell what this file holds from its header; expected for example a roster "
                      "(handle, followers, ...) or posts (handle, published_at, likes, comments, ...)");
        }
    }
    table_ = Table(kind);
    locale_ = csv_->delimiter() == ';' ? NumberLocale::comma_decimal : NumberLocale::dot_decimal;
    mapped_columns_.clear();
    const KindSpec& spec = kind_spec(kind);
    for (std::size_t s = 0; s < header_.size(); ++s) {
        MappedColumn mapped{header_[s], ""};
        for (std::size_t c = 0; c < mapping_.source_of.size(); ++c) {
            if (mapping_.source_of[c] == static_cast<int>(s)) mapped.canonical = std::string(spec.columns[c].name);
        }
        mapped_columns_.push_back(std::move(mapped));
    }
    identity_columns_.clear();
    for (std::size_t c = 0; c < mapping_.source_of.size(); ++c) {
        if (mapping_.source_of[c] < 0) continue;
        table_.mark_present(static_cast<int>(c));
        // A required group made of one text column names the row's identity (handle, user id, path).
        const auto& column = spec.columns[c];
        const bool identity = (column.type == ValueType::handle || column.type == ValueType::text) &&
                              (spec.required == column.name || spec.required.starts_with(std::string(column.name) + ";") ||
                               spec.required.find(";" + std::string(column.name) + ";") != std::string_view::npos ||
                               spec.required.ends_with(";" + std::string(column.name)));
        if (identity) identity_columns_.push_back(static_cast<int>(c));
    }
}

void InputFile::on_record(const CsvRecord& record) {
    if (!have_header_) {
        on_header(record);
        return;
    }
    if (table_.kind() == Kind::unknown) {
        ++rejected_;
        return;
    }
    // A row of empty cells (",,,,") is a blank line.
    if (std::all_of(record.fields.begin(), record.fields.end(), [](const std::string& f) { return trim(f).empty(); })) {
        return;
    }
    if (!record.problem.empty() && record.problem.find("not closed") != std::string::npos) {
        ++rejected_;
        add_issue(record.line, "", "row rejected: " + record.problem);
        return;
    }
    std::size_t field_count = record.fields.size();
    // Trailing empty cells past the header (a trailing delimiter) are harmless.
    while (field_count > header_.size() && trim(record.fields[field_count - 1]).empty()) --field_count;
    if (field_count != header_.size()) {
        ++rejected_;
        add_issue(record.line, "",
                  "row rejected: expected " + std::to_string(header_.size()) + " fields as in the header, found " +
                      std::to_string(field_count));
        return;
    }
    if (!record.problem.empty()) add_issue(record.line, "", record.problem);
    for (int c : identity_columns_) {
        const auto source = static_cast<std::size_t>(mapping_.source_of[static_cast<std::size_t>(c)]);
        if (trim(record.fields[source]).empty()) {
            ++rejected_;
            add_issue(record.line, header_[source], "row rejected: no " + std::string(kind_spec(table_.kind()).columns[static_cast<std::size_t>(c)].name));
            return;
        }
    }
    table_.begin_row(record.line);
    for (std::size_t c = 0; c < mapping_.source_of.size(); ++c) {
        Column& column = table_.column(static_cast<int>(c));
        if (mapping_.source_of[c] < 0) continue;
        const auto source = static_cast<std::size_t>(mapping_.source_of[c]);
        const std::string_view cell = record.fields[source];
        std::string reason;
        switch (column.type) {
            case ValueType::text:
                column.texts.push_back(pool_.intern(trim(cell)));
                break;
            case ValueType::handle:
                column.texts.push_back(pool_.intern(normalize_handle(cell)));
                break;
            case ValueType::platform:
                column.texts.push_back(pool_.intern(normalize_platform(cell)));
                break;
            case ValueType::count:
            case ValueType::number:
            case ValueType::rate: {
                const auto parsed = column.type == ValueType::count ? parse_count(cell, locale_)
                                    : column.type == ValueType::rate ? parse_rate(cell, locale_)
                                                                     : parse_number(cell, locale_);
                column.numbers.push_back(parsed.has_value() ? parsed.value : missing_number());
                reason = parsed.reason;
                break;
            }
            case ValueType::timestamp: {
                const auto parsed = parse_timestamp(cell);
                column.times.push_back(parsed.has_value() ? parsed.value : missing_time);
                reason = parsed.reason;
                break;
            }
            case ValueType::flag: {
                const auto parsed = parse_flag(cell);
                column.flags.push_back(parsed.has_value() ? static_cast<std::int8_t>(parsed.value) : missing_flag);
                reason = parsed.reason;
                break;
            }
        }
        if (!reason.empty()) add_issue(record.line, header_[source], "value left out: " + reason);
    }
}

}  // namespace creatorscope
