// Reading one input file: bytes in chunks -> text decoding (UTF-8, UTF-16 with BOM) ->
// delimited records or a JSON document (object, array of objects, NDJSON, Instagram's own
// export) -> kind detection and column mapping (known export formats first, then the synonyms
// table) -> typed rows in a columnar Table, with every rejected row or cell recorded as an Issue.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

#include "creatorscope/inputs.hpp"
#include "ingest/captions.hpp"
#include "ingest/csv_reader.hpp"
#include "ingest/dates.hpp"
#include "ingest/formats.hpp"
#include "ingest/brief.hpp"
#include "ingest/keywords.hpp"
#include "ingest/recognise.hpp"
#include "ingest/term_text.hpp"
#include "model/kinds.hpp"
#include "creatorscope/status.hpp"
#include "model/table.hpp"
#include "ingest/values.hpp"

namespace creatorscope {

class InputFile final : public InputInfo {
public:
    // keywords: the terms to look for in captions and bios (may be null: none).
    InputFile(std::string name, MappingOverride override, StringPool& pool,
              std::shared_ptr<const KeywordMatcher> keywords = nullptr);
    InputFile(const InputFile&) = delete;
    InputFile& operator=(const InputFile&) = delete;
    ~InputFile();

    void feed(std::string_view bytes);
    void finish();
    // A problem the engine found with what a brief asks for (an unknown threshold...).
    void report_setting_problem(std::string column, std::string message) { add_issue(0, std::move(column), std::move(message)); }

    const std::string& name() const override { return name_; }
    Kind kind() const override { return table_.kind(); }
    const Table& table() const { return table_; }
    std::uint64_t table_bytes() const override;
    std::uint32_t id() const override { return id_; }
    void set_id(std::uint32_t id) { id_ = id; }
    std::uint64_t rows() const override { return table_.rows(); }
    std::uint64_t rejected() const override { return rejected_; }
    // Rows deliberately not read as data: a "Total" row, "====" separators, an order's further
    // line items, the "#" preamble lines before the header.
    std::uint64_t skipped() const override { return skipped_; }
    const std::vector<Issue>& issues() const override { return issues_; }
    std::uint64_t issue_count() const override { return issue_count_; }  // may exceed issues().size()
    // How something was read that is worth knowing but is no problem (not an issue).
    const std::vector<std::string>& notes() const override { return notes_; }
    const std::vector<MappedColumn>& mapping() const override { return mapped_columns_; }
    const std::string& format_name() const override { return format_name_; }  // a known export format, or empty
    bool daily_rows() const { return daily_rows_; }
    std::uint64_t bytes_read() const override { return bytes_read_; }
    bool finished() const { return finished_; }
    const std::string& encoding() const override { return encoding_; }
    char delimiter() const;
    const std::string& container() const override { return container_; }  // "csv", "json", "ndjson"
    const nlohmann::ordered_json& document() const override { return document_; }  // brief JSON
    const Brief& brief() const { return brief_; }  // a brief's fields, typed (read once; issues name the wrong ones)
    const MappingOverride& override_settings() const override { return override_; }
    const std::string& inferred_platform() const override { return platform_; }
    const std::string& platform_why() const override { return platform_why_; }
    // The term list this file was read with, and how many rows had a hit.
    const std::string& keywords_fingerprint() const { return keywords_fingerprint_; }
    std::uint64_t keyword_hit_rows() const { return keyword_hit_rows_; }
    // The bytes of captions kept for a new term list (before any row; 0 keeps none).
    void set_term_text_limit(std::size_t bytes) { term_text_ = TermText(bytes); }
    // Whether another term list can be searched for without the file: a roster's bios are in
    // its table, a posts file's captions were kept (input_terms.cpp).
    bool can_search_terms_again() const;
    // Searches up to max_rows rows from next_row again with another term list; true when every
    // row is done, the input then carrying that list (keywords_fingerprint).
    bool search_terms_again(const std::shared_ptr<const KeywordMatcher>& keywords, std::size_t& next_row, std::size_t max_rows);
    // A posts row's caption: whole when the captions were kept, else its first caption_preview_bytes.
    std::string_view caption(std::size_t row) const;

    // Dates written without a year, placed once the data's other dates are known (the engine
    // calls these; see docs/inputs.md). Series are columns whose yearless dates run in order.
    std::uint64_t yearless_count() const;
    std::optional<std::int64_t> latest_full_time() const;  // kept up to date as rows arrive
    void place_yearless_series(std::int64_t latest_known);
    void place_yearless_values(std::int64_t limit);
    void report_unplaced_yearless();

    static constexpr std::size_t max_kept_issues = 500;
    static constexpr std::size_t max_json_bytes = 64u << 20;  // JSON documents are parsed whole (briefs, DYI files)
    // The records held before the header is chosen: enough to see title lines above the header
    // and to recognise the columns by their values.
    static constexpr std::size_t max_held_records = 200;
    static constexpr std::size_t max_held_bytes = 1u << 20;
    static constexpr std::size_t caption_preview_bytes = 40;  // enough to recognise a post; keeps memory small

private:
    void decode(std::string_view bytes);
    void decode_utf8(std::string_view bytes);
    void consume_text(std::string_view utf8);
    void on_record(const CsvRecord& record);
    // The first records are held until the header is chosen (input_preamble.cpp).
    struct HeldRecord {
        std::uint64_t line = 0;
        std::vector<std::string> fields;
        std::string problem;
        bool broken = false;
    };
    void hold(const CsvRecord& record);
    void release_held();
    std::size_t header_position(const std::vector<HeldRecord>& held);
    void on_header(const CsvRecord& record, std::span<const HeldRecord> sample);
    const ExportFormat* choose_mapping(const std::vector<ValueProfile>& profiles);
    std::vector<ValueProfile> sample_profiles(std::span<const HeldRecord> sample) const;
    void infer_platform(const std::vector<ValueProfile>& profiles);
    void infer_currency(const std::vector<ValueProfile>& profiles);
    void assign_source(int source, std::string_view canonical);
    void apply_format(const ExportFormat& format);
    void report_unknown_header(std::uint64_t line);
    void report_missing_columns(std::uint64_t line);
    void find_special_columns();
    void list_mapped_columns();
    void mark_present_columns();
    void list_row_columns();
    // The row's parts, each small (on_record checks the row, read_row gathers its cells):
    void read_row(const CsvRecord& record);
    void read_row_cells(const CsvRecord& record);
    // A roster holding several platforms in one row (input_platforms.cpp).
    void split_platform_groups();
    void read_wide_row(const CsvRecord& record);
    void check_repeated_handle(std::uint64_t line);
    std::string row_differences(std::size_t first, std::size_t again) const;
    void read_profile_cell(std::vector<std::string_view>& cells, std::string& handle, std::string& platform);
    std::int8_t reduce_text(std::vector<std::string_view>& cells);
    void store_row(std::uint64_t line, std::int8_t sponsored_marker);
    std::uint32_t platform_id(std::string_view cell);
    static bool store_plain_count(Column& column, std::string_view cell);
    void date_tiktok_post(std::size_t row);
    void note_latest_times(std::size_t row);
    [[gnu::noinline]] void store_cell(Column& column, std::size_t c, std::string_view cell, std::uint64_t line, std::size_t row);
    [[gnu::noinline]] void reject_row(std::uint64_t line, std::string column, std::string message);
    std::string column_name(std::size_t c) const;
    void add_issue(std::uint64_t line, std::string column, std::string message);
    void finish_json();
    bool read_ndjson();
    void report_invalid_json();
    void tabulate_graphql();
    void tabulate_document();
    // lines: for NDJSON, each item's physical line (issues name it); else items are numbered.
    void tabulate_json(const nlohmann::ordered_json& items, std::string_view relationship, bool instagram_export,
                       const std::vector<std::uint64_t>* lines = nullptr);
    void finish_dates();
    void rescan_latest_full_time();
    std::optional<std::int64_t> latest_full_;

    std::string name_;
    MappingOverride override_;
    StringPool& pool_;
    std::shared_ptr<const KeywordMatcher> keywords_;
    std::string keywords_fingerprint_;
    std::uint64_t keyword_hit_rows_ = 0;
    TermText term_text_;  // the captions, for a new term list
    Table table_;
    std::unique_ptr<CsvReader> csv_;

    // Decoding state.
    enum class Encoding { undecided, utf8, utf16le, utf16be, windows1252 };
    Encoding decoding_ = Encoding::undecided;
    std::string encoding_ = "utf-8";
    bool utf8_settled_ = false;  // a character beyond ASCII was read as UTF-8: the file is UTF-8
    std::string pending_bytes_;  // bytes of an incomplete BOM or UTF-16 unit
    std::uint32_t high_surrogate_ = 0;
    std::string utf8_buffer_;

    enum class Format { undecided, delimited, json };
    Format format_ = Format::undecided;
    std::string container_;
    std::string json_text_;
    nlohmann::ordered_json document_;
    Brief brief_;

    bool have_header_ = false;
    std::string missing_columns_;  // required columns no header gives ("handle"): every row is rejected
    std::unordered_map<std::uint64_t, std::uint32_t> first_row_of_handle_;  // roster: (platform, handle) -> row
    std::string platform_, platform_why_;  // a list's platform when no column names it, and why
    std::vector<std::string> column_why_;  // per source column: why it feeds its canonical column
    std::vector<HeldRecord> held_;  // the records before the header is chosen (at most max_held_records)
    std::size_t held_bytes_ = 0;
    std::vector<std::string> header_;
    ColumnMapping mapping_;
    std::vector<MappedColumn> mapped_columns_;
    std::vector<std::uint32_t> constants_;  // per canonical column: interned value when constant_source
    std::vector<int> identity_columns_;     // text columns a row cannot do without
    std::vector<std::string_view> cells_;   // this row's cell per canonical column (reused)
    // A roster holding several platforms in one row: per platform, its columns (canonical,
    // source or -1 where this platform has none); each row gives one creator per platform with
    // a handle. Group 0's columns are the mapping's; wide_group_ is the one being read.
    struct WideGroup {
        std::uint32_t platform = 0;
        std::vector<std::pair<int, int>> fields;
    };
    std::vector<WideGroup> wide_groups_;
    std::size_t wide_group_ = 0;
    std::vector<std::pair<int, int>> field_sources_;  // (canonical column, the file's column) read per row
    std::vector<int> unsourced_columns_;    // canonical columns with no column of the file
    std::vector<int> constant_columns_;     // of those, the ones a known format gives a constant
    struct PresentColumn {
        int column;
        bool sponsored_marker;  // the flag set from the caption, not read from a cell
    };
    std::vector<PresentColumn> present_columns_;  // canonical columns stored
    std::vector<int> time_columns_;         // the stored date columns
    std::string keyword_hits_;              // this row's keyword hits (reused)
    CaptionFacts caption_facts_;            // this row's caption, read (reused)
    // Canonical column indexes the row reader needs, found once per file (-1: not in this kind).
    struct ColumnIndexes {
        int bio = -1;
        int keyword_hits = -1;
        int caption = -1;
        int handle = -1;
        int hashtags = -1;
        int order_id = -1;
        int platform = -1;
        int post_id = -1;
        int published_at = -1;
        int revenue = -1;
    } column_of_;
    std::uint32_t tiktok_id_ = 0;  // the interned "tiktok", compared by id on every post
    std::vector<std::pair<std::string, std::uint32_t>> platform_ids_;  // raw platform text -> interned canonical
    std::string format_name_;
    bool daily_rows_ = false;
    NumberLocale locale_ = NumberLocale::dot_decimal;

    // Per canonical timestamp column: what its values have shown about day/month order, the
    // rows read month-first while the order was unknown, and how many dates lack a year.
    struct DateColumnState {
        DayMonthOrder order = DayMonthOrder::unknown;
        std::uint64_t day_first_line = 0;
        std::uint64_t month_first_line = 0;
        std::vector<std::uint32_t> ambiguous_rows;
        std::uint64_t yearless = 0;
    };
    std::vector<DateColumnState> date_state_;
    // Number columns whose values may be in either decimal convention (see ambiguous_grouping).
    // A number or count column's evidence on its decimal mark (input_numbers.cpp): the rows
    // whose value either convention reads ("2.402"), and what the other values prove.
    struct NumberColumnState {
        std::vector<std::uint32_t> ambiguous_rows;
        bool other_convention = false;  // a value only the other convention reads
        bool decimals = false;          // count: a value with decimals either way ("12.5", "0.250")
        std::string example;            // the first ambiguous value as written
    };
    std::vector<NumberColumnState> number_state_;
    void note_number_convention(std::size_t column, std::string_view cell, std::size_t row);
    void note_count_convention(std::size_t column, std::string_view cell, std::size_t row);
    std::vector<std::string> notes_;
    void finish_numbers();
    bool unplaced_reported_ = false;

    std::unordered_set<std::string> seen_orders_;  // conversions: orders already read
    std::uint64_t rejected_ = 0;
    std::uint64_t skipped_ = 0;
    std::vector<Issue> issues_;
    std::uint64_t issue_count_ = 0;
    std::uint64_t bytes_read_ = 0;
    bool finished_ = false;
    std::uint32_t id_ = 0;
};

}  // namespace creatorscope
