// Reading a file's header: the known export formats first, then the user's mapping or the
// kinds' synonyms; what each column feeds, what the row reader needs found once per file.
#include <algorithm>
#include <array>

#include "ingest/input_file.hpp"
#include "ingest/header_words.hpp"
#include "ingest/recognise.hpp"
#include "model/text.hpp"

namespace creatorscope {

void InputFile::on_header(const CsvRecord& record, std::span<const HeldRecord> sample) {
    have_header_ = true;
    header_.clear();
    for (const auto field : record.fields) header_.emplace_back(trim(field));
    locale_ = csv_ && csv_->delimiter() == ';' ? NumberLocale::comma_decimal : NumberLocale::dot_decimal;
    const std::vector<ValueProfile> profiles = sample_profiles(sample);
    const ExportFormat* format = choose_mapping(profiles);
    const Kind kind = mapping_.kind;
    constants_.assign(kind_spec(kind).columns.size(), 0);
    if (format != nullptr) apply_format(*format);
    for (const auto& [source_header, canonical] : override_.columns) {
        for (std::size_t s = 0; s < header_.size(); ++s) {
            if (header_[s] != source_header) continue;
            if (!canonical.empty() && creatorscope::canonical_index(kind, canonical) < 0) {
                add_issue(0, source_header, "your mapping sends this column to \"" + canonical + "\", which a " +
                                                std::string(kind_name(kind)) + " file does not have: it is left out");
                continue;
            }
            assign_source(static_cast<int>(s), canonical);
            column_why_[s] = canonical.empty() ? "not used: chosen by you" : canonical + ": chosen by you";
        }
    }
    if (format == nullptr) split_platform_groups();
    infer_platform(profiles);
    infer_currency(profiles);
    if (kind == Kind::unknown) {
        report_unknown_header(record.line);
    } else {
        report_missing_columns(record.line);
    }
    table_ = Table(kind);
    find_special_columns();
    list_mapped_columns();
    mark_present_columns();
    list_row_columns();
}

// The kind and the mapping from the header: the caller's kind, else a known export format's,
// else the kind whose synonyms the header matches best. Returns the format, if one matched.
const ExportFormat* InputFile::choose_mapping(const std::vector<ValueProfile>& profiles) {
    const ExportFormat* format = match_export_format(header_);
    if (override_.kind && format != nullptr && format->kind != *override_.kind) format = nullptr;
    Recognition recognition;
    if (format != nullptr) {
        recognition.mapping = map_header(format->kind, header_);
        recognition.why.assign(header_.size(), "");
    } else if (override_.kind) {
        recognition = recognise(*override_.kind, header_, profiles);
    } else {
        recognition = recognise_kind(header_, profiles);
    }
    mapping_ = std::move(recognition.mapping);
    column_why_ = std::move(recognition.why);
    return format;
}

// What the values of each column look like in the rows after the header (those with as many
// cells as the header: the rows that will be read).
std::vector<ValueProfile> InputFile::sample_profiles(std::span<const HeldRecord> sample) const {
    std::vector<ValueProfile> profiles;
    std::vector<std::string_view> cells;
    for (std::size_t s = 0; s < header_.size(); ++s) {
        cells.clear();
        for (const auto& record : sample) {
            std::size_t width = record.fields.size();
            while (width > header_.size() && trim(record.fields[width - 1]).empty()) --width;
            if (!record.broken && width == header_.size()) cells.push_back(record.fields[s]);
        }
        profiles.push_back(profile_values(cells, locale_));
    }
    return profiles;
}

// A list with no platform column: the platform its profile links name, else the one its headers
// name ("Tiktoker name", "Youtuber"), else the one its file name names; or the one the user
// chose. Shown with the reason; left unknown when nothing says.
void InputFile::infer_platform(const std::vector<ValueProfile>& profiles) {
    const Kind kind = mapping_.kind;
    const int platform = creatorscope::canonical_index(kind, "platform");
    if (!wide_groups_.empty()) return;  // a platform per group of columns
    if (platform >= 0 && mapping_.source_of[static_cast<std::size_t>(platform)] == constant_source && !override_.platform) {
        platform_ = std::string(pool_.get(constants_[static_cast<std::size_t>(platform)]));  // a known export's own platform
        platform_why_ = "a " + format_name_ + " export";
        return;
    }
    if (platform < 0 || mapping_.source_of[static_cast<std::size_t>(platform)] != no_source) return;
    if (kind != Kind::roster && kind != Kind::posts && !override_.platform) return;
    std::string found, why;
    const int handle = creatorscope::canonical_index(kind, "handle");
    const int handle_source = handle >= 0 ? mapping_.source_of[static_cast<std::size_t>(handle)] : no_source;
    const auto named_once = [](const std::vector<std::string>& platforms) { return platforms.size() == 1 ? platforms.front() : std::string(); };
    if (handle_source >= 0 && static_cast<std::size_t>(handle_source) < profiles.size() &&
        !profiles[static_cast<std::size_t>(handle_source)].link_platform.empty()) {
        found = profiles[static_cast<std::size_t>(handle_source)].link_platform;
        why = "the profile links in \"" + header_[static_cast<std::size_t>(handle_source)] + "\"";
    }
    // Another column of links to one platform's profiles or posts ("url", "webVideoUrl").
    for (std::size_t s = 0; s < profiles.size() && s < header_.size() && found.empty(); ++s) {
        if (profiles[s].link_platform.empty()) continue;
        found = profiles[s].link_platform;
        why = "the links in \"" + header_[s] + "\"";
    }
    if (kind == Kind::posts && found.empty() && !override_.platform) return;  // posts: by links only
    if (found.empty()) {
        std::vector<std::string> named;
        std::string where;
        for (const auto& h : header_) {
            for (const auto& p : header_words(h).platforms) {
                if (std::find(named.begin(), named.end(), p) == named.end()) named.push_back(p);
                if (where.empty()) where = h;
            }
        }
        if (!(found = named_once(named)).empty()) why = "the header \"" + where + "\" names it";
    }
    if (found.empty()) {
        const std::string file(name_.substr(0, name_.rfind('.')));
        if (!(found = named_once(header_words(file).platforms)).empty()) why = "the file name \"" + name_ + "\" names it";
    }
    if (override_.platform) {
        found = normalize_platform(*override_.platform);
        why = "chosen by you";
    }
    if (found.empty()) return;
    mapping_.source_of[static_cast<std::size_t>(platform)] = constant_source;
    constants_[static_cast<std::size_t>(platform)] = pool_.intern(found);
    platform_ = found;
    platform_why_ = why;
}

// A file with a currency column but none mapped, whose amounts name one currency ("$1,200",
// "EUR 400"): that currency for every row, noted.
void InputFile::infer_currency(const std::vector<ValueProfile>& profiles) {
    const KindSpec& spec = kind_spec(mapping_.kind);
    const int currency = creatorscope::canonical_index(mapping_.kind, "currency");
    if (currency < 0 || mapping_.source_of[static_cast<std::size_t>(currency)] != no_source) return;
    for (std::size_t c = 0; c < spec.columns.size(); ++c) {
        const int source = mapping_.source_of[c];
        if (source < 0 || static_cast<std::size_t>(source) >= profiles.size() || spec.columns[c].type != ValueType::number) continue;
        const std::string& code = profiles[static_cast<std::size_t>(source)].currency;
        if (code.empty()) continue;
        mapping_.source_of[static_cast<std::size_t>(currency)] = constant_source;
        constants_[static_cast<std::size_t>(currency)] = pool_.intern(code);
        notes_.push_back("currency " + code + ", as the amounts in \"" + header_[static_cast<std::size_t>(source)] + "\" say (such as " +
                         profiles[static_cast<std::size_t>(source)].example + ")");
        return;
    }
}

// An explicit mapping (a known format's, then the user's) takes a source column wherever it was.
void InputFile::assign_source(int source, std::string_view canonical) {
    for (int& current : mapping_.source_of) {
        if (current == source) current = no_source;
    }
    const int c = creatorscope::canonical_index(mapping_.kind, canonical);
    if (c >= 0) mapping_.source_of[static_cast<std::size_t>(c)] = source;
}

// A known export format's own column names and its constants (a platform the file implies).
void InputFile::apply_format(const ExportFormat& format) {
    format_name_ = std::string(format.name);
    daily_rows_ = format.daily_rows;
    const auto source_by_folded = [&](std::string_view folded) -> int {
        for (std::size_t s = 0; s < header_.size(); ++s) {
            if (fold_column_name(header_[s]) == folded) return static_cast<int>(s);
        }
        return -1;
    };
    for_each_pair(format.columns, [&](std::string_view folded, std::string_view canonical) {
        if (const int source = source_by_folded(folded); source >= 0) {
            assign_source(source, canonical);
            column_why_[static_cast<std::size_t>(source)] = std::string(canonical) + ": " + std::string(format.name) + "'s own column";
        }
    });
    for_each_pair(format.constants, [&](std::string_view canonical, std::string_view value) {
        const int c = creatorscope::canonical_index(mapping_.kind, canonical);
        if (c >= 0 && mapping_.source_of[static_cast<std::size_t>(c)] == no_source) {
            mapping_.source_of[static_cast<std::size_t>(c)] = constant_source;
            constants_[static_cast<std::size_t>(c)] = pool_.intern(value);
        }
    });
}

// A header that names no kind: say what it holds, what was expected and where to look.
void InputFile::report_unknown_header(std::uint64_t line) {
    std::string shown;
    for (std::size_t s = 0; s < header_.size() && s < 4; ++s) shown += (s ? ", " : "") + std::string(utf8_prefix(header_[s], 40));
    if (header_.size() > 4) shown += ", ...";
    std::string message = "could not tell what this file holds from its header (" + shown +
                          "); expected for example a roster (handle, followers, ...) or posts (handle, published_at, "
                          "likes, comments, ...). See docs/inputs.md, or choose the kind and columns yourself";
    // GA4 writes a "#" preamble; its reports by event, page or user are not campaign data.
    if (skipped_ > 0) {
        message += ". For Google Analytics 4, export a report by session default channel group, source / "
                   "medium or campaign";
    }
    add_issue(line, "", message);
}

// A required column that no header names. A file whose links name the creator needs no handle
// column (TikTok Studio's Content).
void InputFile::report_missing_columns(std::uint64_t line) {
    const Kind kind = mapping_.kind;
    ColumnMapping effective = mapping_;
    const int handle = creatorscope::canonical_index(kind, "handle"), post_id = creatorscope::canonical_index(kind, "post_id");
    if (kind == Kind::posts && handle >= 0 && post_id >= 0 && effective.source_of[static_cast<std::size_t>(handle)] == no_source &&
        effective.source_of[static_cast<std::size_t>(post_id)] >= 0) {
        effective.source_of[static_cast<std::size_t>(handle)] = constant_source;
    }
    missing_columns_.clear();
    for (const auto& missing : missing_required(effective)) {
        add_issue(line, "", "a " + std::string(kind_name(kind)) + " file needs a column for " + missing);
        missing_columns_ += (missing_columns_.empty() ? "" : " and ") + missing;
    }
}

// The columns the row reader treats specially, found once per file.
void InputFile::find_special_columns() {
    column_of_ = ColumnIndexes{};
    column_of_.bio = table_.column_index("bio");
    column_of_.keyword_hits = table_.column_index("keyword_hits");
    column_of_.caption = table_.column_index("caption");
    column_of_.handle = table_.column_index("handle");
    column_of_.hashtags = table_.column_index("hashtags");
    column_of_.order_id = table_.column_index("order_id");
    column_of_.platform = table_.column_index("platform");
    column_of_.post_id = table_.column_index("post_id");
    column_of_.published_at = table_.column_index("published_at");
    column_of_.revenue = table_.column_index("revenue");
    tiktok_id_ = pool_.intern("tiktok");
}

// Each header column with the canonical column it feeds (empty when it feeds none), as shown.
void InputFile::list_mapped_columns() {
    const KindSpec& spec = kind_spec(mapping_.kind);
    mapped_columns_.clear();
    for (std::size_t s = 0; s < header_.size(); ++s) {
        MappedColumn mapped{header_[s], "", ""};
        for (std::size_t c = 0; c < mapping_.source_of.size(); ++c) {
            if (mapping_.source_of[c] == static_cast<int>(s) && mapped.canonical.empty()) mapped.canonical = std::string(spec.columns[c].name);
        }
        for (std::size_t g = 1; g < wide_groups_.size() && mapped.canonical.empty(); ++g) {
            for (const auto& [c, source] : wide_groups_[g].fields) {
                if (source == static_cast<int>(s)) mapped.canonical = std::string(spec.columns[static_cast<std::size_t>(c)].name);
            }
        }
        const std::string why = s < column_why_.size() ? column_why_[s] : "";
        if (!mapped.canonical.empty()) {
            mapped.why = !why.empty() && !why.starts_with("not used") ? why : mapped.canonical + ": header \"" + header_[s] + "\"";
        } else if (why.starts_with("not used")) {
            mapped.why = why;
        } else if (mapping_.kind != Kind::unknown) {
            mapped.why = why_not_used(mapping_, header_, s);
            if (!format_name_.empty() && !mapped.why.ends_with("\"")) mapped.why = "not used: CreatorScope does not read this column of " + format_name_;
        }
        mapped_columns_.push_back(std::move(mapped));
    }
}

// The table's columns that get values: those with a source, and those the reader derives
// (posts name their creator through a handle column or their links). A required group made of
// one text column names the row's identity (handle, user id, path).
void InputFile::mark_present_columns() {
    const Kind kind = mapping_.kind;
    const KindSpec& spec = kind_spec(kind);
    identity_columns_.clear();
    date_state_.assign(spec.columns.size(), DateColumnState{});
    number_state_.assign(spec.columns.size(), NumberColumnState{});
    for (std::size_t c = 0; c < mapping_.source_of.size(); ++c) {
        if (mapping_.source_of[c] == no_source) continue;
        table_.mark_present(static_cast<int>(c));
        const auto& column = spec.columns[c];
        bool identity = false;
        for_each_required_group(spec.required, [&](std::string_view group) { identity = identity || group == column.name; });
        if (identity && (column.type == ValueType::handle || column.type == ValueType::text)) {
            identity_columns_.push_back(static_cast<int>(c));
        }
    }
    const auto index_of = [&](std::string_view canonical) { return creatorscope::canonical_index(kind, canonical); };
    if (kind == Kind::posts) {
        table_.mark_present(index_of("handle"));
        table_.mark_present(index_of("platform"));
        table_.mark_present(index_of("post_id"));
        table_.mark_present(index_of("hashtags"));
        table_.mark_present(index_of("sponsored_marker"));
    }
    if (kind == Kind::posts || kind == Kind::roster) table_.mark_present(index_of("keyword_hits"));
}

// What each row reads, listed once: the columns with a source, those stored, and the dates.
void InputFile::list_row_columns() {
    const KindSpec& spec = kind_spec(mapping_.kind);
    field_sources_.clear();
    unsourced_columns_.clear();
    constant_columns_.clear();
    present_columns_.clear();
    time_columns_.clear();
    for (std::size_t c = 0; c < mapping_.source_of.size(); ++c) {
        const int source = mapping_.source_of[c];
        if (source >= 0) {
            field_sources_.emplace_back(static_cast<int>(c), source);
        } else {
            unsourced_columns_.push_back(static_cast<int>(c));
            if (source == constant_source) constant_columns_.push_back(static_cast<int>(c));
        }
        const Column& column = table_.column(static_cast<int>(c));
        if (!column.present) continue;
        present_columns_.push_back({static_cast<int>(c), column.type == ValueType::flag && spec.columns[c].name == "sponsored_marker"});
        if (column.type == ValueType::timestamp) time_columns_.push_back(static_cast<int>(c));
    }
}

}  // namespace creatorscope
