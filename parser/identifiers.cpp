// NAME tokens -> identifiers. CPython NFKC-normalizes non-ASCII identifiers
// (_PyPegen_new_identifier); we apply each character's NFKC form from a
// generated table, which covers everything except combining sequences that
// NFKC would compose across characters.
#include <algorithm>
#include <cstdint>
#include <iterator>

#include "parser/builder.h"

namespace pyco::parse {

namespace {

struct NfkcEntry {
    uint32_t code_point;
    const char* utf8;
};

constexpr NfkcEntry kNfkc[] = {
#include "parser/unicode_nfkc.inc"
};

// Decodes the (valid, lexer-checked) UTF-8 sequence at s[i].
uint32_t decode(const std::string& s, size_t& i) {
    auto b0 = static_cast<uint8_t>(s[i]);
    int len = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
    uint32_t cp = len == 1 ? b0 : len == 2 ? (b0 & 0x1Fu) : len == 3 ? (b0 & 0x0Fu) : (b0 & 0x07u);
    for (int k = 1; k < len && i + static_cast<size_t>(k) < s.size(); ++k)
        cp = (cp << 6) | (static_cast<uint8_t>(s[i + static_cast<size_t>(k)]) & 0x3Fu);
    i += static_cast<size_t>(len);
    return cp;
}

} // namespace

std::string identifier(const Token* token) {
    const std::string& text = token->text;
    if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<uint8_t>(c) < 0x80; }))
        return text;
    std::string out;
    for (size_t i = 0; i < text.size();) {
        size_t start = i;
        uint32_t cp = decode(text, i);
        auto it = std::lower_bound(std::begin(kNfkc), std::end(kNfkc), cp,
                                   [](const NfkcEntry& e, uint32_t c) { return e.code_point < c; });
        if (it != std::end(kNfkc) && it->code_point == cp) out += it->utf8;
        else out.append(text, start, i - start);
    }
    return out;
}

} // namespace pyco::parse
