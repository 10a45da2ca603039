// Finding the first of a few bytes in a run of text, 16 bytes at a time: WebAssembly SIMD in the
// browser build (-msimd128), SSE2 on x86-64, eight bytes in a 64-bit word elsewhere. The
// readers spend most of their time here, so it is the one place written for the machine.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__wasm_simd128__)
#include <wasm_simd128.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace creatorscope::bytes {

namespace detail {
// Bytes of a word equal to the byte repeated in pattern: the lowest set 0x80 bit marks the
// first match (higher ones may be false after a match, which is never looked at).
constexpr std::uint64_t has_byte(std::uint64_t word, std::uint64_t pattern) {
    const std::uint64_t x = word ^ pattern;
    return (x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull;
}
}  // namespace detail

// The first byte in [p, end) equal to a, b or c; end when there is none.
inline const char* find_first_of3(const char* p, const char* end, char a, char b, char c) {
#if defined(__wasm_simd128__)
    const v128_t va = wasm_i8x16_splat(a), vb = wasm_i8x16_splat(b), vc = wasm_i8x16_splat(c);
    while (end - p >= 16) {
        const v128_t block = wasm_v128_load(p);
        const v128_t hit = wasm_v128_or(wasm_v128_or(wasm_i8x16_eq(block, va), wasm_i8x16_eq(block, vb)), wasm_i8x16_eq(block, vc));
        const std::uint32_t mask = wasm_i8x16_bitmask(hit);
        if (mask != 0) return p + std::countr_zero(mask);
        p += 16;
    }
#elif defined(__SSE2__)
    const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b), vc = _mm_set1_epi8(c);
    while (end - p >= 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(block, va), _mm_cmpeq_epi8(block, vb)), _mm_cmpeq_epi8(block, vc));
        const auto mask = static_cast<std::uint32_t>(_mm_movemask_epi8(hit));
        if (mask != 0) return p + std::countr_zero(mask);
        p += 16;
    }
#else
    const std::uint64_t pa = 0x0101010101010101ull * static_cast<unsigned char>(a);
    const std::uint64_t pb = 0x0101010101010101ull * static_cast<unsigned char>(b);
    const std::uint64_t pc = 0x0101010101010101ull * static_cast<unsigned char>(c);
    while (end - p >= 8) {
        std::uint64_t word;
        std::memcpy(&word, p, 8);
        const std::uint64_t found = detail::has_byte(word, pa) | detail::has_byte(word, pb) | detail::has_byte(word, pc);
        if (found != 0) return p + std::countr_zero(found) / 8;
        p += 8;
    }
#endif
    while (p < end && *p != a && *p != b && *p != c) ++p;
    return p;
}

// Bit k set when p[k] is a word byte (ASCII letter or digit, '_', or any byte of a non-ASCII
// character: text.hpp's is_word_byte), for the 16 bytes at p.
inline std::uint32_t word_mask16(const char* p) {
#if defined(__wasm_simd128__)
    const v128_t v = wasm_v128_load(p);
    const v128_t lowered = wasm_v128_or(v, wasm_i8x16_splat(0x20));
    const v128_t letter = wasm_u8x16_lt(wasm_i8x16_sub(lowered, wasm_i8x16_splat('a')), wasm_i8x16_splat(26));
    const v128_t digit = wasm_u8x16_lt(wasm_i8x16_sub(v, wasm_i8x16_splat('0')), wasm_i8x16_splat(10));
    const v128_t under = wasm_i8x16_eq(v, wasm_i8x16_splat('_'));
    const v128_t high = wasm_i8x16_lt(v, wasm_i8x16_splat(0));
    return wasm_i8x16_bitmask(wasm_v128_or(wasm_v128_or(letter, digit), wasm_v128_or(under, high)));
#elif defined(__SSE2__)
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i bias = _mm_set1_epi8(static_cast<char>(0x80));
    // Unsigned x < n as signed (x + 0x80) < (n + 0x80).
    const __m128i letter = _mm_cmplt_epi8(_mm_add_epi8(_mm_sub_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8('a')), bias),
                                          _mm_set1_epi8(static_cast<char>(26 - 128)));
    const __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(_mm_sub_epi8(v, _mm_set1_epi8('0')), bias), _mm_set1_epi8(static_cast<char>(10 - 128)));
    const __m128i under = _mm_cmpeq_epi8(v, _mm_set1_epi8('_'));
    return static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(letter, digit), under))) |
           static_cast<std::uint32_t>(_mm_movemask_epi8(v));
#else
    std::uint32_t mask = 0;
    for (int k = 0; k < 16; ++k) {
        const auto c = static_cast<unsigned char>(p[k]);
        const bool word = ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
        mask |= static_cast<std::uint32_t>(word) << k;
    }
    return mask;
#endif
}

// A structural index of delimited text, 64 bytes to a word: in stops, bit k of word w is set
// when byte 64w+k is the delimiter, LF or CR; in quotes, when it is a double quote. The reader
// then finds each field's end with a bit scan instead of looking at its bytes again. Bytes past
// size count as none of these.
inline void index_structure(const char* data, std::size_t size, char delimiter, std::uint64_t* stops, std::uint64_t* quotes) {
    const auto index64 = [delimiter](const char* p, std::uint64_t& stop, std::uint64_t& quote) {
#if defined(__wasm_simd128__)
        const v128_t vd = wasm_i8x16_splat(delimiter), vn = wasm_i8x16_splat('\n'), vr = wasm_i8x16_splat('\r'),
                     vq = wasm_i8x16_splat('"');
        std::uint64_t s = 0, q = 0;
        for (int k = 0; k < 4; ++k) {
            const v128_t block = wasm_v128_load(p + 16 * k);
            const v128_t hit = wasm_v128_or(wasm_v128_or(wasm_i8x16_eq(block, vd), wasm_i8x16_eq(block, vn)), wasm_i8x16_eq(block, vr));
            s |= static_cast<std::uint64_t>(wasm_i8x16_bitmask(hit)) << (16 * k);
            q |= static_cast<std::uint64_t>(wasm_i8x16_bitmask(wasm_i8x16_eq(block, vq))) << (16 * k);
        }
        stop = s;
        quote = q;
#elif defined(__SSE2__)
        const __m128i vd = _mm_set1_epi8(delimiter), vn = _mm_set1_epi8('\n'), vr = _mm_set1_epi8('\r'), vq = _mm_set1_epi8('"');
        std::uint64_t s = 0, q = 0;
        for (int k = 0; k < 4; ++k) {
            const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
            const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(block, vd), _mm_cmpeq_epi8(block, vn)), _mm_cmpeq_epi8(block, vr));
            s |= static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm_movemask_epi8(hit))) << (16 * k);
            q |= static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(block, vq)))) << (16 * k);
        }
        stop = s;
        quote = q;
#else
        std::uint64_t s = 0, q = 0;
        for (int k = 0; k < 64; ++k) {
            const char c = p[k];
            s |= static_cast<std::uint64_t>(c == delimiter || c == '\n' || c == '\r') << k;
            q |= static_cast<std::uint64_t>(c == '"') << k;
        }
        stop = s;
        quote = q;
#endif
    };
    std::size_t w = 0;
    for (; (w + 1) * 64 <= size; ++w) index64(data + w * 64, stops[w], quotes[w]);
    if (w * 64 < size) {
        // The last bytes, in a block of 64 padded with a byte that is none of the four.
        char tail[64];
        const char filler = delimiter == 'a' ? 'b' : 'a';
        std::memset(tail, filler, sizeof tail);
        std::memcpy(tail, data + w * 64, size - w * 64);
        index64(tail, stops[w], quotes[w]);
    }
}

// The position of the first set bit at or after from in a bitmap of words words, or npos.
inline std::size_t next_bit(const std::uint64_t* bits, std::size_t words, std::size_t from) {
    std::size_t w = from >> 6;
    if (w >= words) return static_cast<std::size_t>(-1);
    std::uint64_t word = bits[w] & (~std::uint64_t{0} << (from & 63));
    while (word == 0) {
        if (++w == words) return static_cast<std::size_t>(-1);
        word = bits[w];
    }
    return (w << 6) + static_cast<std::size_t>(std::countr_zero(word));
}

// Short runs of bytes compared and copied eight at a time, in line: the texts of a row (a
// handle, a post id, a preview) are a few dozen bytes, for which a call to memcmp or memcpy
// (a function of the C library in WebAssembly) costs more than the work.
inline bool equal(const char* a, const char* b, std::size_t n) {
    const auto same = [&](std::size_t width) {
        std::uint64_t x = 0, y = 0;
        std::memcpy(&x, a, width);
        std::memcpy(&y, b, width);
        a += width;
        b += width;
        return x == y;
    };
    for (; n >= 8; n -= 8) {
        if (!same(8)) return false;
    }
    return (!(n & 4) || same(4)) && (!(n & 2) || same(2)) && (!(n & 1) || same(1));
}

// The n (under 8) bytes at p as a little-endian number, read into a register: a copy into a
// variable in memory followed by a wider load stalls the processor (the load waits for the
// narrower stores), and in WebAssembly such a variable lives in memory.
inline std::uint64_t load_tail(const char* p, std::size_t n) {
    std::uint64_t word = 0;
    unsigned shift = 0;
    if (n & 4) {
        std::uint32_t x = 0;
        std::memcpy(&x, p, 4);
        word = x;
        p += 4;
        shift = 32;
    }
    if (n & 2) {
        std::uint16_t x = 0;
        std::memcpy(&x, p, 2);
        word |= std::uint64_t{x} << shift;
        p += 2;
        shift += 16;
    }
    if (n & 1) word |= std::uint64_t{static_cast<unsigned char>(*p)} << shift;
    return word;
}

inline void copy(char* to, const char* from, std::size_t n) {
    if (n > 256) {
        std::memcpy(to, from, n);
        return;
    }
    const auto move = [&](std::size_t width) {
        std::uint64_t x = 0;
        std::memcpy(&x, from, width);
        std::memcpy(to, &x, width);
        from += width;
        to += width;
    };
    for (; n >= 8; n -= 8) move(8);
    if (n & 4) move(4);
    if (n & 2) move(2);
    if (n & 1) move(1);
}

}  // namespace creatorscope::bytes
