#ifndef GLOSS_SHA1_HARDWARE_H
#define GLOSS_SHA1_HARDWARE_H

#include <stddef.h>
#include <stdint.h>

/// Whether this processor has the instructions gloss_sha1_compress_hardware needs (x86's SHA
/// extensions, with SSSE3 and SSE4.1): 1 or 0. Always 0 on other architectures.
int gloss_sha1_hardware_available(void);

/// Folds `count` consecutive 64-byte blocks into `state` (SHA-1's five words, in order) with the
/// processor's SHA instructions. Call it only when gloss_sha1_hardware_available() returned 1.
void gloss_sha1_compress_hardware(uint32_t state[5], const unsigned char *blocks, size_t count);

#endif
