// Reading a file's header: the known export formats first, then the user's mapping or the
// kinds' synonyms; what each column feeds, what the row reader needs found once per file.
#include <algorithm>
#include <array>

#include "ingest/input_file.hpp"
#include "model/text.hpp"

namespace creatorscope {

void InputFile::on_header(const CsvRecord& record) {
    have_header_ = true;
    header_.clear();
    for (const auto field : record.fields) header_.emplace_back(trim(field));
    const ExportFormat* format = match_export_format(header_);
    if (override_.kind && format != nullptr && format->kind != *override_.kind) format = nullptr;
    Kind kind = Kind::unknown;
    if (override_.kind) {
        kind = *override_.kind;
        mapping_ = map_header(kind, header_);
    } else if (format != nullptr) {
        kind = format->kind;
        mapping_ = map_header(kind, header_);
    } else {
        mapping_ = detect_kind(header_).mapping;
        kind = mapping_.kind;
    }
    const KindSpec& spec = kind_spec(kind);
    const auto index_of = [&](std::string_view canonical) { return creatorscope::canonical_index(kind, canonical); };
    // Explicit mappings (a known format's, then the user's) take a source column wherever it was.
    const auto assign = [&](int source, std::string_view canonical) {
        for (int& current : mapping_.source_of) {
            if (current == source) current = no_source;
        }
        const int c = index_of(canonical);
        if (c >= 0) mapping_.source_of[static_cast<std::size_t>(c)] = source;
    };
    const auto source_by_folded = [&](std::string_view folded) -> int {
        for (std::size_t s = 0; s < header_.size(); ++s) {
            if (fold_column_name(header_[s]) == folded) return static_cast<int>(s);
        }
        return -1;
    };
    constants_.assign(spec.columns.size(), 0);
    if (format != nullptr) {
        format_name_ = std::string(format->name);
        daily_rows_ = format->daily_rows;
        for_each_pair(format->columns, [&](std::string_view folded, std::string_view canonical) {
            if (const int source = source_by_folded(folded); source >= 0) assign(source, canonical);
        });
        for_each_pair(format->constants, [&](std::string_view canonical, std::string_view value) {
            const int c = index_of(canonical);
            if (c >= 0 && mapping_.source_of[static_cast<std::size_t>(c)] == no_source) {
                mapping_.source_of[static_cast<std::size_t>(c)] = constant_source;
                constants_[static_cast<std::size_t>(c)] = pool_.intern(value);
            }
        });
    }
    for (const auto& [source_header, canonical] : override_.columns) {
        for (std::size_t s = 0; s < header_.size(); ++s) {
            if (header_[s] == source_header) assign(static_cast<int>(s), canonical);
        }
    }
    if (kind == Kind::unknown) {
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
        add_issue(record.line, "", message);
    } else {
        // A file whose links name the creator needs no handle column (TikTok Studio's Content).
        ColumnMapping effective = mapping_;
        const int handle = index_of("handle"), post_id = index_of("post_id");
        if (kind == Kind::posts && handle >= 0 && post_id >= 0 && effective.source_of[static_cast<std::size_t>(handle)] == no_source &&
            effective.source_of[static_cast<std::size_t>(post_id)] >= 0) {
            effective.source_of[static_cast<std::size_t>(handle)] = constant_source;
        }
        for (const auto& missing : missing_required(effective)) {
            add_issue(record.line, "", "a " + std::string(kind_name(kind)) + " file needs a column for " + missing);
        }
    }
    table_ = Table(kind);
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
    locale_ = csv_ && csv_->delimiter() == ';' ? NumberLocale::comma_decimal : NumberLocale::dot_decimal;
    mapped_columns_.clear();
    for (std::size_t s = 0; s < header_.size(); ++s) {
        MappedColumn mapped{header_[s], ""};
        for (std::size_t c = 0; c < mapping_.source_of.size(); ++c) {
            if (mapping_.source_of[c] == static_cast<int>(s)) mapped.canonical = std::string(spec.columns[c].name);
        }
        mapped_columns_.push_back(std::move(mapped));
    }
    identity_columns_.clear();
    date_state_.assign(spec.columns.size(), DateColumnState{});
    number_state_.assign(spec.columns.size(), NumberColumnState{});
    for (std::size_t c = 0; c < mapping_.source_of.size(); ++c) {
        if (mapping_.source_of[c] == no_source) continue;
        table_.mark_present(static_cast<int>(c));
        // A required group made of one text column names the row's identity (handle, user id, path).
        const auto& column = spec.columns[c];
        bool identity = false;
        for_each_required_group(spec.required, [&](std::string_view group) { identity = identity || group == column.name; });
        if (identity && (column.type == ValueType::handle || column.type == ValueType::text)) {
            identity_columns_.push_back(static_cast<int>(c));
        }
    }
    // Posts name their creator through a handle column or their links.
    if (kind == Kind::posts) {
        const int handle = index_of("handle");
        table_.mark_present(handle);
        table_.mark_present(index_of("platform"));
        table_.mark_present(index_of("post_id"));
        table_.mark_present(index_of("hashtags"));
        table_.mark_present(index_of("sponsored_marker"));
    }
    if (kind == Kind::posts || kind == Kind::roster) table_.mark_present(index_of("keyword_hits"));
    tiktok_id_ = pool_.intern("tiktok");
    // What each row reads, listed once: the columns with a source, those stored, and the dates.
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
