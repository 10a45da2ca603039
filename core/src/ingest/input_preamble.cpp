// Before the header: the first records are held until the header row is known. Blank lines,
// lines of empty cells (",,,", as spreadsheets leave them) and title lines ("Top creators 2025")
// above the header are skipped and said so; the rows after it are then read as usual, and they
// are the sample by which the header's columns are recognised.
#include <algorithm>

#include "ingest/input_file.hpp"
#include "model/text.hpp"

namespace creatorscope {

namespace {

// The cells of a record that hold something.
std::size_t filled_cells(const std::vector<std::string>& fields) {
    return static_cast<std::size_t>(std::count_if(fields.begin(), fields.end(), [](const std::string& f) { return !trim(f).empty(); }));
}

}  // namespace

void InputFile::hold(const CsvRecord& record) {
    HeldRecord held{record.line, {}, record.problem, record.broken};
    held.fields.reserve(record.fields.size());
    for (const auto field : record.fields) {
        held.fields.emplace_back(field);
        held_bytes_ += field.size() + 1;
    }
    held_.push_back(std::move(held));
    if (held_.size() >= max_held_records || held_bytes_ >= max_held_bytes) release_held();
}

// The header is the first record that is neither blank nor a title: a title line has one filled
// cell where a later record has three or more. Lines skipped are counted and named in a note.
std::size_t InputFile::header_position(const std::vector<HeldRecord>& held) {
    std::size_t widest = 0;
    for (const auto& record : held) widest = std::max(widest, filled_cells(record.fields));
    std::size_t at = 0;
    std::string title;
    for (; at < held.size(); ++at) {
        const std::size_t filled = filled_cells(held[at].fields);
        if (filled == 0) continue;
        if (filled == 1 && widest >= 3 && !held[at].broken) {
            if (title.empty()) title = std::string(utf8_prefix(trim(*std::find_if(held[at].fields.begin(), held[at].fields.end(),
                                                                                  [](const std::string& f) { return !trim(f).empty(); })),
                                                           60));
            continue;
        }
        break;
    }
    if (at > 0 && at < held.size()) {
        skipped_ += at;
        notes_.push_back("skipped " + std::to_string(at) + (at == 1 ? " line" : " lines") + " before the header (line " +
                         std::to_string(held[at].line) + ")" + (title.empty() ? ": empty" : ", among them the title \"" + title + "\""));
    }
    return at;
}

void InputFile::release_held() {
    if (have_header_ || held_.empty()) return;
    std::vector<HeldRecord> held = std::move(held_);
    held_.clear();
    held_bytes_ = 0;
    const std::size_t header = header_position(held);
    if (header == held.size()) return;  // nothing but blank lines
    CsvRecord record;
    const auto as_record = [&record](const HeldRecord& from) -> const CsvRecord& {
        record.line = from.line;
        record.fields.assign(from.fields.begin(), from.fields.end());
        record.problem = from.problem;
        record.broken = from.broken;
        return record;
    };
    on_header(as_record(held[header]), std::span<const HeldRecord>(held).subspan(header + 1));
    for (std::size_t r = header + 1; r < held.size(); ++r) on_record(as_record(held[r]));
}

}  // namespace creatorscope
