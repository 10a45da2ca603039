// Text encodings of the files marketers export: UTF-8 (with or without a BOM), UTF-16 (Excel's
// "Unicode text"), and Windows-1252 (Excel's "CSV" on Windows in Western Europe and the Americas).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace creatorscope {

void append_utf8(std::string& out, std::uint32_t code_point);

// How much of bytes is well-formed UTF-8.
struct Utf8Check {
    std::size_t valid = 0;   // bytes from the start that are well-formed (whole sequences)
    bool multibyte = false;  // a sequence of two bytes or more was among them
    bool incomplete = false; // bytes end inside a sequence that may still be completed (from valid on)
};
// until_multibyte: stop after the first sequence of two bytes or more (all the reader needs to
// know that a file is UTF-8); `valid` then counts the bytes checked.
Utf8Check check_utf8(std::string_view bytes, bool until_multibyte = false);

// Each byte as the Windows-1252 character it stands for, in UTF-8 (0x81, 0x8D, 0x8F, 0x90 and 0x9D,
// undefined there, as the C1 controls of the same number, as browsers do).
void append_windows1252(std::string& out, std::string_view bytes);

}  // namespace creatorscope
