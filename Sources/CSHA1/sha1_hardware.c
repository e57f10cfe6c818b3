// SHA-1's compression function on x86's SHA extensions. Gloss hashes every document of a
// workspace on every check (git names blobs by SHA-1), and these instructions do in a few cycles
// what takes the portable Swift code in `SHA1.swift` dozens; that code stays the reference and
// the fallback, and the tests hold the two to the same digests.
#include "sha1_hardware.h"

#if defined(__x86_64__) || defined(__i386__)

#include <cpuid.h>
#include <immintrin.h>

int gloss_sha1_hardware_available(void) {
    unsigned int eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
    const int ssse3 = (ecx >> 9) & 1, sse41 = (ecx >> 19) & 1;
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return 0;
    const int sha = (ebx >> 29) & 1;
    return ssse3 && sse41 && sha;
}

// Four of the eighty rounds, `group` (0 to 19) counting them: the message words of the group are
// in `w`; `e` takes them into the fifth state word and `next` keeps the state for the group after.
// The message schedule runs three groups ahead: `w1` gets its last step (sha1msg2), `w3` its
// first (sha1msg1), and `w2` the XOR between them, each only while a later group still needs it.
#define ROUNDS(group, e, next, w, w1, w2, w3)                                   \
    do {                                                                        \
        e = (group) == 0 ? _mm_add_epi32(e, w) : _mm_sha1nexte_epu32(e, w);     \
        next = abcd;                                                            \
        if ((group) >= 3 && (group) <= 18) w1 = _mm_sha1msg2_epu32(w1, w);      \
        abcd = _mm_sha1rnds4_epu32(abcd, e, (group) / 5);                       \
        if ((group) >= 1 && (group) <= 16) w3 = _mm_sha1msg1_epu32(w3, w);      \
        if ((group) >= 2 && (group) <= 17) w2 = _mm_xor_si128(w2, w);           \
    } while (0)

__attribute__((target("sha,ssse3,sse4.1")))
void gloss_sha1_compress_hardware(uint32_t state[5], const unsigned char *blocks, size_t count) {
    // The words are big-endian in the message and kept in reverse order in a register.
    const __m128i byteOrder = _mm_set_epi64x(0x0001020304050607ULL, 0x08090a0b0c0d0e0fULL);
    __m128i abcd = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)state), 0x1B);
    __m128i e0 = _mm_set_epi32((int)state[4], 0, 0, 0), e1;
    for (; count > 0; count--, blocks += 64) {
        const __m128i savedABCD = abcd, savedE = e0;
        __m128i w0 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(blocks + 0)), byteOrder);
        __m128i w1 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(blocks + 16)), byteOrder);
        __m128i w2 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(blocks + 32)), byteOrder);
        __m128i w3 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(blocks + 48)), byteOrder);
        ROUNDS(0, e0, e1, w0, w1, w2, w3);
        ROUNDS(1, e1, e0, w1, w2, w3, w0);
        ROUNDS(2, e0, e1, w2, w3, w0, w1);
        ROUNDS(3, e1, e0, w3, w0, w1, w2);
        ROUNDS(4, e0, e1, w0, w1, w2, w3);
        ROUNDS(5, e1, e0, w1, w2, w3, w0);
        ROUNDS(6, e0, e1, w2, w3, w0, w1);
        ROUNDS(7, e1, e0, w3, w0, w1, w2);
        ROUNDS(8, e0, e1, w0, w1, w2, w3);
        ROUNDS(9, e1, e0, w1, w2, w3, w0);
        ROUNDS(10, e0, e1, w2, w3, w0, w1);
        ROUNDS(11, e1, e0, w3, w0, w1, w2);
        ROUNDS(12, e0, e1, w0, w1, w2, w3);
        ROUNDS(13, e1, e0, w1, w2, w3, w0);
        ROUNDS(14, e0, e1, w2, w3, w0, w1);
        ROUNDS(15, e1, e0, w3, w0, w1, w2);
        ROUNDS(16, e0, e1, w0, w1, w2, w3);
        ROUNDS(17, e1, e0, w1, w2, w3, w0);
        ROUNDS(18, e0, e1, w2, w3, w0, w1);
        ROUNDS(19, e1, e0, w3, w0, w1, w2);
        e0 = _mm_sha1nexte_epu32(e0, savedE);
        abcd = _mm_add_epi32(abcd, savedABCD);
    }
    _mm_storeu_si128((__m128i *)state, _mm_shuffle_epi32(abcd, 0x1B));
    state[4] = (uint32_t)_mm_extract_epi32(e0, 3);
}

#else

int gloss_sha1_hardware_available(void) { return 0; }

void gloss_sha1_compress_hardware(uint32_t state[5], const unsigned char *blocks, size_t count) {
    (void)state, (void)blocks, (void)count;
}

#endif
