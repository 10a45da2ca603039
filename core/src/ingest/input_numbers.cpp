// The decimal mark of a number or count column, settled after its last row from what its values
// prove (see docs/ingest.md): a value either convention reads ("2.402", "45.000") is read the
// way the column's other values are.
#include <cmath>
#include <string>

#include "ingest/input_file.hpp"
#include "ingest/values.hpp"
#include "model/text.hpp"

namespace creatorscope {

// A number first reads an ambiguous value the file's way ("2.402" in a semicolon file: 2,402).
void InputFile::note_number_convention(std::size_t c, std::string_view cell, std::size_t row) {
    NumberColumnState& state = number_state_[c];
    if (ambiguous_grouping(cell, locale_)) {
        if (state.example.empty()) state.example = std::string(trim(cell));
        state.ambiguous_rows.push_back(static_cast<std::uint32_t>(row));
    } else if (!state.other_convention && only_other_convention(cell, locale_)) {
        state.other_convention = true;
    }
}

// A count first reads "45.000" in a comma file as 45 (a decimal); a count has no decimals, so
// unless another value of the column shows a decimal mark ("12.5" average likes), it is 45,000.
void InputFile::note_count_convention(std::size_t c, std::string_view cell, std::size_t row) {
    if (format_ == Format::json) return;  // a JSON number's dot is always a decimal point
    NumberColumnState& state = number_state_[c];
    if (ambiguous_grouping(cell, other_locale(locale_))) {
        if (state.example.empty()) state.example = std::string(trim(cell));
        state.ambiguous_rows.push_back(static_cast<std::uint32_t>(row));
    } else if (!state.decimals && shows_decimal_mark(cell, locale_)) {
        state.decimals = true;
    } else if (!state.other_convention && only_other_convention(cell, locale_)) {
        state.other_convention = true;  // "1.250.000": the dot groups thousands here
    }
}

// A number column that showed the other decimal convention ("0.244" in a semicolon file) reads
// its ambiguous values ("2.402", first taken as 2,402) that way too: divided by 1,000, which is
// exact to the last bit (both are exact doubles and the division is correctly rounded). A count
// column reads its ambiguous values as thousands unless another value showed decimals.
void InputFile::finish_numbers() {
    for (std::size_t c = 0; c < number_state_.size(); ++c) {
        NumberColumnState& state = number_state_[c];
        if (state.ambiguous_rows.empty()) continue;
        Column& column = table_.column(static_cast<int>(c));
        // "45.000" for one value, "2 values such as 45.000" for more.
        const std::string which = state.ambiguous_rows.size() == 1
                                      ? state.example
                                      : std::to_string(state.ambiguous_rows.size()) + " values such as " + state.example;
        if (column.type == ValueType::count && !state.decimals) {
            const double first = std::round(table_.number(static_cast<int>(c), state.ambiguous_rows.front()) * 1000.0);
            for (std::uint32_t row : state.ambiguous_rows) {
                const double read = table_.number(static_cast<int>(c), row);
                table_.set_count(static_cast<int>(c), row, std::round(read * 1000.0));  // "45.123": 45,123 exactly
            }
            notes_.push_back(column_name(c) + ": " + which + " read as thousands (" + format_number(first, 0) +
                             "): a count has no decimals" +
                             (state.other_convention ? ", and the column's other values group thousands that way" : ""));
        } else if (column.type == ValueType::count) {
            notes_.push_back(column_name(c) + ": " + which + " read with a decimal mark, as the column's other values are");
        } else if (state.other_convention) {
            for (std::uint32_t row : state.ambiguous_rows) column.numbers[row] /= 1000.0;
            notes_.push_back(column_name(c) + ": " + which + " read with a decimal point, as the column's other values are");
        }
        state.ambiguous_rows.clear();
    }
}

}  // namespace creatorscope
