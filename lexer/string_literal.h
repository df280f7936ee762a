// Internal: the pieces of a string literal, shared by strings.cpp and
// fstrings.cpp.
#pragma once

#include <string>
#include <string_view>

#include "lexer/lexer_impl.h"

namespace pyco::lex {

struct Lexer::StringLiteral {
    const char* start = nullptr;      // first prefix character (or the quote)
    SourcePos start_pos;
    const char* body_begin = nullptr; // after the opening quote(s)
    const char* body_end = nullptr;   // at the closing quote(s)
    const char* end = nullptr;        // after the closing quote(s)
    int quote_size = 1;               // 1 or 3
    bool raw = false;
    bool bytes = false;
    bool fstring = false;
};

// Cursor over an f-string body (CPython's `str`/`end` in string_parser.c).
struct Lexer::FStringScan {
    const StringLiteral* lit;
    const char* s;
    const char* end;
};

// Decodes the escapes of a str literal body into UTF-8. On a malformed
// escape returns false and sets `error` to CPython's "(unicode error) ..."
// message.
bool decode_str_escapes(std::string_view body, std::string& out, std::string& error);

} // namespace pyco::lex
