// UTF-8 codec primitives and the character database (see unicode.h).
#include "runtime/unicode.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace pyco {

namespace {

// A run of code points mapped by one delta: every code point of
// [first, last] whose distance from `first` is a multiple of `stride`.
struct CaseRange {
    uint32_t first;
    uint32_t last;
    int32_t delta;
    uint32_t stride;
};
// A mapping to several code points (or an irregular single one).
struct SpecialCase {
    uint32_t cp;
    uint32_t count;
    uint32_t out[3];
};

#include "runtime/unicode_data.inc"

} // namespace

// ---------------------------------------------------------------- UTF-8

int utf8_encode(uint32_t cp, char* out) {
    auto byte = [](uint32_t v) { return static_cast<char>(static_cast<unsigned char>(v)); };
    if (cp < 0x80) {
        out[0] = byte(cp);
        return 1;
    }
    if (cp < 0x800) {
        out[0] = byte(0xC0 | cp >> 6);
        out[1] = byte(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = byte(0xE0 | cp >> 12);
        out[1] = byte(0x80 | (cp >> 6 & 0x3F));
        out[2] = byte(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = byte(0xF0 | cp >> 18);
    out[1] = byte(0x80 | (cp >> 12 & 0x3F));
    out[2] = byte(0x80 | (cp >> 6 & 0x3F));
    out[3] = byte(0x80 | (cp & 0x3F));
    return 4;
}

void utf8_append(std::string& out, uint32_t cp) {
    char buf[4];
    out.append(buf, static_cast<size_t>(utf8_encode(cp, buf)));
}

// Follows CPython's decoder (Objects/stringlib/codecs.h): the second byte's
// allowed range depends on the lead byte (which excludes overlong forms,
// surrogates and code points above U+10FFFF), and an error covers the lead
// byte plus the continuation bytes accepted before the offending one.
bool utf8_find_error(std::string_view s, size_t from, Utf8Error* err) {
    const auto* data = reinterpret_cast<const unsigned char*>(s.data());
    const size_t n = s.size();
    size_t i = from;
    auto fail = [&](size_t start, size_t end, const char* reason) {
        *err = Utf8Error{start, end, reason};
        return false;
    };
    while (i < n) {
        unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int need;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (lead < 0xC2) return fail(i, i + 1, "invalid start byte");
        if (lead < 0xE0) {
            need = 1;
        } else if (lead < 0xF0) {
            need = 2;
            if (lead == 0xE0) lo = 0xA0;
            if (lead == 0xED) hi = 0x9F;
        } else if (lead < 0xF5) {
            need = 3;
            if (lead == 0xF0) lo = 0x90;
            if (lead == 0xF4) hi = 0x8F;
        } else {
            return fail(i, i + 1, "invalid start byte");
        }
        for (int k = 1; k <= need; ++k) {
            if (i + k >= n) return fail(i, n, "unexpected end of data");
            unsigned char c = data[i + k];
            bool ok = k == 1 ? (c >= lo && c <= hi) : utf8_is_continuation(c);
            if (!ok) return fail(i, i + k, "invalid continuation byte");
        }
        i += need + 1;
    }
    return true;
}

bool utf8_valid(std::string_view s, size_t* error_pos) {
    Utf8Error err;
    if (utf8_find_error(s, 0, &err)) return true;
    if (error_pos) *error_pos = err.start;
    return false;
}

bool is_ascii(std::string_view s) {
    // Eight bytes at a time: the common case is long ASCII text.
    const char* p = s.data();
    size_t n = s.size(), i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t word;
        std::memcpy(&word, p + i, 8);
        if (word & 0x8080808080808080ull) return false;
    }
    for (; i < n; ++i)
        if (static_cast<unsigned char>(p[i]) >= 0x80) return false;
    return true;
}

int64_t utf8_length(std::string_view s) {
    int64_t count = 0;
    for (char c : s) count += !utf8_is_continuation(static_cast<unsigned char>(c));
    return count;
}

size_t utf8_offset(std::string_view s, int64_t index) {
    size_t i = 0;
    for (; index > 0; --index) i += utf8_sequence_length(static_cast<unsigned char>(s[i]));
    return i;
}

// ---------------------------------------------------------------- properties

namespace {

uint16_t flags_of(uint32_t cp) {
    if (cp < 256) return kLatin1Flags[cp];
    if (cp > kMaxCodePoint) return 0;
    // The run containing cp is the last one starting at or before it.
    const uint32_t* it = std::upper_bound(std::begin(kPropertyStarts), std::end(kPropertyStarts), cp);
    return kPropertyFlags[it - std::begin(kPropertyStarts) - 1];
}

bool has(uint32_t cp, uint16_t flag) { return (flags_of(cp) & flag) != 0; }

template <size_t NR, size_t NS>
int map_with(uint32_t cp, const CaseRange (&ranges)[NR], const SpecialCase (&specials)[NS], uint32_t out[3]) {
    const SpecialCase* sp = std::lower_bound(std::begin(specials), std::end(specials), cp,
                                             [](const SpecialCase& e, uint32_t c) { return e.cp < c; });
    if (sp != std::end(specials) && sp->cp == cp) {
        std::copy(sp->out, sp->out + sp->count, out);
        return static_cast<int>(sp->count);
    }
    const CaseRange* r = std::upper_bound(std::begin(ranges), std::end(ranges), cp,
                                          [](uint32_t c, const CaseRange& e) { return c < e.first; });
    out[0] = cp;
    if (r != std::begin(ranges)) {
        --r;
        if (cp <= r->last && (cp - r->first) % r->stride == 0) out[0] = static_cast<uint32_t>(static_cast<int64_t>(cp) + r->delta);
    }
    return 1;
}

} // namespace

bool unicode_isalpha(uint32_t cp) { return has(cp, kAlpha); }
bool unicode_isdecimal(uint32_t cp) { return has(cp, kDecimal); }
bool unicode_isdigit(uint32_t cp) { return has(cp, kDigit); }
bool unicode_isnumeric(uint32_t cp) { return has(cp, kNumeric); }
bool unicode_isalnum(uint32_t cp) { return has(cp, kAlpha | kDecimal | kDigit | kNumeric); }
bool unicode_islower(uint32_t cp) { return has(cp, kLower); }
bool unicode_isupper(uint32_t cp) { return has(cp, kUpper); }
bool unicode_istitle(uint32_t cp) { return has(cp, kTitle); }
bool unicode_isspace(uint32_t cp) { return has(cp, kSpace); }
bool unicode_islinebreak(uint32_t cp) { return has(cp, kLinebreak); }
bool unicode_isprintable(uint32_t cp) { return has(cp, kPrintable); }
bool unicode_iscased(uint32_t cp) { return has(cp, kCased); }
bool unicode_iscaseignorable(uint32_t cp) { return has(cp, kCaseIgnorable); }
bool unicode_is_xid_start(uint32_t cp) { return has(cp, kXidStart); }
bool unicode_is_xid_continue(uint32_t cp) { return has(cp, kXidContinue); }

int unicode_decimal_value(uint32_t cp) {
    if (cp >= '0' && cp <= '9') return static_cast<int>(cp - '0');
    if (!has(cp, kDecimal)) return -1;
    const uint32_t* it = std::upper_bound(std::begin(kDecimalZeros), std::end(kDecimalZeros), cp);
    return static_cast<int>(cp - it[-1]);
}

int unicode_case_map(uint32_t cp, CaseMapping mapping, uint32_t out[3]) {
    switch (mapping) {
    case CaseMapping::Lower: return map_with(cp, kLowerRanges, kLowerSpecial, out);
    case CaseMapping::Upper: return map_with(cp, kUpperRanges, kUpperSpecial, out);
    case CaseMapping::Title: return map_with(cp, kTitleRanges, kTitleSpecial, out);
    case CaseMapping::Fold: return map_with(cp, kFoldRanges, kFoldSpecial, out);
    }
    out[0] = cp;
    return 1;
}

} // namespace pyco
