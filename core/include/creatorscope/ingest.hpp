// Reading one input file: bytes in chunks -> text decoding (UTF-8, UTF-16 with BOM) ->
// delimited records or a JSON document -> kind detection and column mapping -> typed rows in
// a columnar Table, with every rejected row or cell recorded as an Issue.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "creatorscope/csv_reader.hpp"
#include "creatorscope/kinds.hpp"
#include "creatorscope/status.hpp"
#include "creatorscope/table.hpp"
#include "creatorscope/values.hpp"

namespace creatorscope {

// How one header of the file was used.
struct MappedColumn {
    std::string source;     // the header as written in the file
    std::string canonical;  // the canonical column it feeds, or empty when unused
};

class InputFile {
public:
    // forced_kind skips detection (the user's "posts:file.csv").
    InputFile(std::string name, std::optional<Kind> forced_kind, StringPool& pool);
    InputFile(const InputFile&) = delete;
    InputFile& operator=(const InputFile&) = delete;
    ~InputFile();

    void feed(std::string_view bytes);
    void finish();

    const std::string& name() const { return name_; }
    Kind kind() const { return table_.kind(); }
    const Table& table() const { return table_; }
    std::uint64_t rows() const { return table_.rows(); }
    std::uint64_t rejected() const { return rejected_; }
    const std::vector<Issue>& issues() const { return issues_; }
    std::uint64_t issue_count() const { return issue_count_; }  // may exceed issues().size()
    const std::vector<MappedColumn>& mapping() const { return mapped_columns_; }
    std::uint64_t bytes_read() const { return bytes_read_; }
    bool finished() const { return finished_; }
    const std::string& encoding() const { return encoding_; }
    char delimiter() const;
    const nlohmann::ordered_json& document() const { return document_; }  // brief JSON

    static constexpr std::size_t max_kept_issues = 500;

private:
    void decode(std::string_view bytes);
    void consume_text(std::string_view utf8);
    void on_record(const CsvRecord& record);
    void on_header(const CsvRecord& record);
    void add_issue(std::uint64_t line, std::string column, std::string message);
    void finish_json();

    std::string name_;
    std::optional<Kind> forced_kind_;
    StringPool& pool_;
    Table table_;
    std::unique_ptr<CsvReader> csv_;

    // Decoding state.
    enum class Encoding { undecided, utf8, utf16le, utf16be };
    Encoding decoding_ = Encoding::undecided;
    std::string encoding_ = "utf-8";
    std::string pending_bytes_;  // bytes of an incomplete BOM or UTF-16 unit
    std::uint32_t high_surrogate_ = 0;
    std::string utf8_buffer_;

    enum class Format { undecided, delimited, json };
    Format format_ = Format::undecided;
    std::string json_text_;
    nlohmann::ordered_json document_;

    bool have_header_ = false;
    std::vector<std::string> header_;
    ColumnMapping mapping_;
    std::vector<MappedColumn> mapped_columns_;
    std::vector<int> identity_columns_;  // text columns a row cannot do without
    NumberLocale locale_ = NumberLocale::dot_decimal;

    std::uint64_t rejected_ = 0;
    std::vector<Issue> issues_;
    std::uint64_t issue_count_ = 0;
    std::uint64_t bytes_read_ = 0;
    bool finished_ = false;
};

}  // namespace creatorscope
