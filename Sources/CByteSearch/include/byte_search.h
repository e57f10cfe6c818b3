#ifndef GLOSS_BYTE_SEARCH_H
#define GLOSS_BYTE_SEARCH_H

#include <stddef.h>

/// The C library's memmem, which glibc declares only under _GNU_SOURCE (Swift's Glibc module does
/// not see it): the first occurrence of `needle` in `haystack`, or NULL.
const void *gloss_memmem(const void *haystack, size_t haystack_length, const void *needle, size_t needle_length);

#endif
