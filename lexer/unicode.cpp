#include "lexer/unicode.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <iterator>

namespace pyco::lex {
namespace {

struct CodePointRange {
    char32_t lo;
    char32_t hi; // inclusive
};

struct CharName {
    const char* name;
    char32_t cp;
};

#include "lexer/unicode_tables.inc"

template <size_t N>
bool in_ranges(const CodePointRange (&table)[N], char32_t cp) {
    auto it = std::upper_bound(std::begin(table), std::end(table), cp,
                               [](char32_t c, const CodePointRange& r) { return c < r.lo; });
    return it != std::begin(table) && cp <= std::prev(it)->hi;
}

bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

} // namespace

char32_t decode_utf8(const char* p, int& len) {
    auto b0 = static_cast<unsigned char>(p[0]);
    if (b0 < 0x80) {
        len = 1;
        return b0;
    }
    int extra = b0 >= 0xF0 ? 3 : b0 >= 0xE0 ? 2 : 1;
    char32_t cp = b0 & (0x3F >> extra);
    for (int i = 1; i <= extra; ++i) cp = (cp << 6) | (static_cast<unsigned char>(p[i]) & 0x3F);
    len = extra + 1;
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Mirrors CPython's UTF-8 decoder (Objects/stringlib/codecs.h): the second
// byte's allowed range depends on the lead byte (no overlongs, surrogates
// or code points above U+10FFFF).
std::optional<Utf8Problem> find_invalid_utf8(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        auto b0 = static_cast<unsigned char>(s[i]);
        if (b0 < 0x80) {
            ++i;
            continue;
        }
        if (b0 < 0xC2 || b0 > 0xF4) return Utf8Problem{i, "invalid start byte"};
        size_t need = b0 >= 0xF0 ? 3 : b0 >= 0xE0 ? 2 : 1;
        unsigned char lo = 0x80, hi = 0xBF;
        if (b0 == 0xE0) lo = 0xA0;
        if (b0 == 0xED) hi = 0x9F;
        if (b0 == 0xF0) lo = 0x90;
        if (b0 == 0xF4) hi = 0x8F;
        for (size_t k = 1; k <= need; ++k) {
            if (i + k >= s.size()) return Utf8Problem{i, "unexpected end of data"};
            auto b = static_cast<unsigned char>(s[i + k]);
            bool ok = k == 1 ? (b >= lo && b <= hi) : is_continuation(b);
            if (!ok) return Utf8Problem{i, "invalid continuation byte"};
        }
        i += need + 1;
    }
    return std::nullopt;
}

bool is_xid_start(char32_t cp) { return in_ranges(kXidStart, cp); }
bool is_xid_continue(char32_t cp) { return in_ranges(kXidContinue, cp); }
bool is_printable(char32_t cp) { return !in_ranges(kNonPrintable, cp); }

std::optional<char32_t> lookup_char_name(std::string_view name) {
    std::string upper(name);
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    auto it = std::lower_bound(std::begin(kCharNames), std::end(kCharNames), upper,
                               [](const CharName& e, const std::string& key) { return key.compare(e.name) > 0; });
    if (it != std::end(kCharNames) && upper == it->name) return it->cp;
    return std::nullopt;
}

} // namespace pyco::lex
