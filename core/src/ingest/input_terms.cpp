// Searching an input's text again for another term list (a brief's niches, keywords and
// blocklist changed), without its file: a roster's bios from its table, a posts file's captions
// from the text kept at reading (term_text.hpp). The hits are those a new reading would give.
#include "ingest/input_file.hpp"

namespace creatorscope {

bool InputFile::can_search_terms_again() const {
    if (!finished_) return false;
    if (table_.kind() == Kind::roster) return true;
    if (table_.kind() == Kind::posts) return term_text_.kept() && term_text_.rows() == table_.rows();
    return false;
}

std::string_view InputFile::caption(std::size_t row) const {
    if (table_.kind() != Kind::posts || row >= table_.rows()) return {};
    if (term_text_.kept() && term_text_.rows() == table_.rows()) return term_text_.get(row);
    return table_.long_text(column_of_.caption, row);
}

bool InputFile::search_terms_again(const std::shared_ptr<const KeywordMatcher>& keywords, std::size_t& next_row, std::size_t max_rows) {
    if (next_row == 0) {
        keyword_hit_rows_ = 0;
        keywords_fingerprint_ = "(being searched again)";  // half searched: stale for every list
    }
    const std::size_t rows = table_.rows();
    const std::size_t end = std::min(rows, next_row + max_rows);
    Column& hits_column = table_.column(column_of_.keyword_hits);
    const bool stored = hits_column.present && hits_column.texts.size() == rows;
    const bool roster = table_.kind() == Kind::roster;
    for (std::size_t row = next_row; row < end && stored && keywords; ++row) {
        const std::string_view text = roster ? pool_.get(table_.text(column_of_.bio, row)) : term_text_.get(row);
        keyword_hits_.clear();
        if (!text.empty()) keywords->scan(text, &keyword_hits_);
        if (!keyword_hits_.empty()) ++keyword_hit_rows_;
        hits_column.texts[row] = pool_.intern(keyword_hits_);
    }
    next_row = end;
    if (end < rows) return false;
    keywords_ = keywords;
    keywords_fingerprint_ = keywords ? keywords->fingerprint() : std::string();
    return true;
}

}  // namespace creatorscope
