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

}  // namespace creatorscope::bytes
