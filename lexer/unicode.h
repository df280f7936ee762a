// Unicode helpers for the lexer: UTF-8 decoding/encoding and the character
// classes CPython's tokenizer needs (identifier characters, printability,
// \N{...} names). Tables come from unicode_tables.inc (generated).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pyco::lex {

// Decodes one UTF-8 sequence at `p` (input is already validated). Returns
// the code point and stores the sequence length in `len`.
char32_t decode_utf8(const char* p, int& len);

// Appends the UTF-8 encoding of `cp` (any value up to 0x10FFFF, surrogates
// included, as CPython's surrogatepass would) to `out`.
void append_utf8(std::string& out, char32_t cp);

// Why a byte sequence is not valid UTF-8, in CPython codec wording.
struct Utf8Problem {
    size_t offset = 0;     // index of the offending start byte
    std::string reason;    // "invalid start byte", "invalid continuation byte", ...
};
std::optional<Utf8Problem> find_invalid_utf8(std::string_view bytes);

bool is_xid_start(char32_t cp);    // may start an identifier ('_' included)
bool is_xid_continue(char32_t cp); // may continue an identifier
bool is_printable(char32_t cp);    // Python's str.isprintable()

// \N{NAME} lookup (case-insensitive). Only names of common blocks are known.
std::optional<char32_t> lookup_char_name(std::string_view name);

} // namespace pyco::lex
