// Unicode support shared by str, bytes, the lexer and the builtins: UTF-8
// encoding, decoding and validation, and the character database (the
// properties behind str.isalpha() & co, and the full case mappings).
//
// Text is strict UTF-8 everywhere in pyco, so lone surrogates (which CPython
// can hold in a str) are not representable: validation rejects them, as
// CPython's own UTF-8 codec does.
//
// The database is generated from CPython 3.11 itself (Unicode 14.0) by
// scripts/gen_unicode_data.py, so every predicate and mapping agrees with
// CPython's str methods code point for code point.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace pyco {

constexpr uint32_t kMaxCodePoint = 0x10FFFF;
constexpr uint32_t kReplacementChar = 0xFFFD;

inline bool is_surrogate(uint32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

// ---------------------------------------------------------------- UTF-8

// Length of the sequence a lead byte starts, for valid UTF-8 (1 to 4).
inline int utf8_sequence_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if (lead < 0xE0) return 2;
    if (lead < 0xF0) return 3;
    return 4;
}
inline bool utf8_is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Encode `cp` (<= kMaxCodePoint, not a surrogate) into out[0..3]; returns
// the number of bytes written.
int utf8_encode(uint32_t cp, char* out);
void utf8_append(std::string& out, uint32_t cp);

// Decode the code point at `p` in valid UTF-8 and advance `p` past it.
inline uint32_t utf8_decode(const char*& p) {
    auto b = [&](int i) { return static_cast<uint32_t>(static_cast<unsigned char>(p[i])); };
    uint32_t c = b(0);
    if (c < 0x80) {
        p += 1;
        return c;
    }
    if (c < 0xE0) {
        c = (c & 0x1F) << 6 | (b(1) & 0x3F);
        p += 2;
    } else if (c < 0xF0) {
        c = (c & 0x0F) << 12 | (b(1) & 0x3F) << 6 | (b(2) & 0x3F);
        p += 3;
    } else {
        c = (c & 0x07) << 18 | (b(1) & 0x3F) << 12 | (b(2) & 0x3F) << 6 | (b(3) & 0x3F);
        p += 4;
    }
    return c;
}
// Decode the code point that ends just before `p`, moving `p` back to its start.
inline uint32_t utf8_decode_backward(const char*& p) {
    do {
        --p;
    } while (utf8_is_continuation(static_cast<unsigned char>(*p)));
    const char* q = p;
    return utf8_decode(q);
}

// The first invalid sequence in a buffer, described as CPython's UTF-8 codec
// reports it: bytes [start, end) and a reason ("invalid start byte",
// "invalid continuation byte" or "unexpected end of data"). The error
// handlers 'replace' and 'ignore' treat [start, end) as one bad unit.
struct Utf8Error {
    size_t start;
    size_t end;
    const char* reason;
};
// Scan `s` from byte `from`; returns true if the rest is valid, otherwise
// false with *err describing the first invalid sequence.
bool utf8_find_error(std::string_view s, size_t from, Utf8Error* err);
// Strict UTF-8 check (no overlong forms, no surrogates, <= U+10FFFF). On
// failure, *error_pos (if given) is the offset of the first offending byte.
bool utf8_valid(std::string_view s, size_t* error_pos = nullptr);

bool is_ascii(std::string_view s);
// Number of code points in valid UTF-8.
int64_t utf8_length(std::string_view s);
// Byte offset of the code point number `index` (0 <= index <= length).
size_t utf8_offset(std::string_view s, int64_t index);

// ---------------------------------------------------------------- properties

// Each predicate is CPython's answer for a one-character string, e.g.
// unicode_isalpha(c) == chr(c).isalpha().
bool unicode_isalpha(uint32_t cp);
bool unicode_isdecimal(uint32_t cp);
bool unicode_isdigit(uint32_t cp);
bool unicode_isnumeric(uint32_t cp);
bool unicode_isalnum(uint32_t cp); // alpha, decimal, digit or numeric
bool unicode_islower(uint32_t cp);
bool unicode_isupper(uint32_t cp);
bool unicode_istitle(uint32_t cp); // general category Lt only
bool unicode_isspace(uint32_t cp);
bool unicode_islinebreak(uint32_t cp); // a line boundary for str.splitlines()
bool unicode_isprintable(uint32_t cp);
bool unicode_iscased(uint32_t cp);
bool unicode_iscaseignorable(uint32_t cp);
bool unicode_is_xid_start(uint32_t cp);    // may start an identifier ('_' included)
bool unicode_is_xid_continue(uint32_t cp); // may continue an identifier
// 0..9 for a decimal digit of any script ('7', '٧', '７'), -1 otherwise.
int unicode_decimal_value(uint32_t cp);

// Full case mappings (SpecialCasing included, e.g. 'ß'.upper() == 'SS'):
// writes 1 to 3 code points to `out` and returns how many. The context
// sensitive final-sigma rule of str.lower() is applied by the caller.
enum class CaseMapping : uint8_t { Lower, Upper, Title, Fold };
int unicode_case_map(uint32_t cp, CaseMapping mapping, uint32_t out[3]);

} // namespace pyco
