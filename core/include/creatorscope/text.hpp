// Small text helpers shared by the readers: trimming, case folding, the normal forms of
// column names, handles and platform names.
#pragma once

#include <string>
#include <string_view>

namespace creatorscope {

std::string_view trim(std::string_view text);
std::string lower_ascii(std::string_view text);

// Folds a column header for synonym look-up: ASCII letters lowered, everything that is not a
// letter or digit dropped ("Published At", "published_at" and "#Published-at" all fold to
// "publishedat"). Non-ASCII bytes are kept, so "Publicación" folds to "publicación".
std::string fold_column_name(std::string_view header);

// A creator handle in its comparable form: trimmed, without a leading '@', ASCII lowered.
std::string normalize_handle(std::string_view handle);

// A platform name in its canonical form ("instagram", "tiktok", "youtube", ...); names it does
// not know are folded and kept, so nothing is lost.
std::string normalize_platform(std::string_view platform);

// Shortens text to at most max_bytes without cutting a UTF-8 sequence in half.
std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes);

}  // namespace creatorscope
