// Decoding helpers: UTF-8 written out, UTF-8 checked, Windows-1252 read. The mapping of
// Windows-1252's 0x80-0x9F is the WHATWG Encoding Standard's index (windows-1252).
#include "ingest/encodings.hpp"

#include <array>
#include <cstring>

namespace creatorscope {

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

namespace {

// The length of the UTF-8 sequence that lead starts, 0 when lead cannot start one.
int sequence_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 0;
}

// Whether the second byte is allowed after lead (no overlong forms, no surrogates, nothing past U+10FFFF).
bool second_byte_ok(unsigned char lead, unsigned char second) {
    if (lead == 0xE0) return second >= 0xA0 && second <= 0xBF;
    if (lead == 0xED) return second >= 0x80 && second <= 0x9F;
    if (lead == 0xF0) return second >= 0x90 && second <= 0xBF;
    if (lead == 0xF4) return second >= 0x80 && second <= 0x8F;
    return (second & 0xC0) == 0x80;
}

}  // namespace

Utf8Check check_utf8(std::string_view bytes, bool until_multibyte) {
    Utf8Check check;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t n = bytes.size();
    std::size_t i = 0;
    while (i < n) {
        // ASCII 32 and 8 bytes at a time: the common case.
        while (i + 32 <= n) {
            std::uint64_t words[4];
            std::memcpy(words, p + i, 32);
            if (((words[0] | words[1] | words[2] | words[3]) & 0x8080808080808080ULL) != 0) break;
            i += 32;
        }
        if (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, p + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const int length = sequence_length(p[i]);
        if (length == 1) {
            ++i;
            continue;
        }
        if (length == 0) break;
        std::size_t k = 1;
        for (; k < static_cast<std::size_t>(length) && i + k < n; ++k) {
            if (k == 1 ? !second_byte_ok(p[i], p[i + 1]) : (p[i + k] & 0xC0) != 0x80) break;
        }
        if (k < static_cast<std::size_t>(length)) {
            check.incomplete = i + k == n;
            break;
        }
        check.multibyte = true;
        i += static_cast<std::size_t>(length);
        if (until_multibyte) break;
    }
    check.valid = i;
    return check;
}

void append_windows1252(std::string& out, std::string_view bytes) {
    // 0x80-0x9F (a data table).
    static constexpr std::array<std::uint16_t, 32> c1{
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    out.reserve(out.size() + bytes.size());
    for (const char ch : bytes) {
        const auto byte = static_cast<unsigned char>(ch);
        if (byte < 0x80) {
            out.push_back(ch);
        } else {
            append_utf8(out, byte < 0xA0 ? c1[byte - 0x80] : byte);
        }
    }
}

}  // namespace creatorscope
