// String and bytes literals: finding the end of a literal (CPython's
// tok_get() "letter_quote" loop) and decoding its escapes (CPython's
// decode_unicode_with_escapes() / _PyBytes_DecodeEscape()).
//
// Decoding errors are raised by CPython's *parser*, after it has read the
// token following the literals, so they are kept as a pending error (see
// PendingError) rather than reported at once.
#include <cstdio>

#include "lexer/lexer_impl.h"
#include "lexer/string_literal.h"
#include "lexer/unicode.h"

namespace pyco::lex {
namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool is_octal(char c) { return c >= '0' && c <= '7'; }

// The single-character escapes shared by str and bytes; 0 if `c` is not one.
char simple_escape(char c) {
    switch (c) {
    case '\\': return '\\';
    case '\'': return '\'';
    case '"': return '"';
    case 'a': return '\a';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case 'v': return '\v';
    default: return 0;
    }
}

// Reads up to three octal digits at p (the first is known to be octal).
unsigned read_octal(const char*& p, const char* end) {
    unsigned value = 0;
    for (int i = 0; i < 3 && p < end && is_octal(*p); ++i, ++p) value = value * 8 + (*p - '0');
    return value;
}

} // namespace

// ---------------------------------------------------------------------------
// Finding the literal's end

bool Lexer::find_string_end(const char* start, StringLiteral& lit) {
    lit.start = start;
    lit.start_pos = pos(start);
    const char* open = cur_;
    int quote = nextc();
    int quote_size = 1;
    int end_quote_size = 0;
    int c = nextc();
    if (c == quote) {
        c = nextc();
        if (c == quote) {
            quote_size = 3;
        } else {
            end_quote_size = 1; // empty string
        }
    }
    if (c != quote) backup(c);
    lit.quote_size = quote_size;
    lit.body_begin = open + quote_size;

    while (end_quote_size != quote_size) {
        c = nextc();
        if (c == 0 || (quote_size == 1 && c == '\n')) {
            // CPython reports the line where it gave up; at the end of input
            // that is the last line read, not the empty one after it.
            int detected = line_;
            if (c == 0 && cur_ > base_ && cur_[-1] == '\n') --detected;
            LexError error;
            error.pos = lit.start_pos;
            if (quote_size == 3) {
                error.message = "unterminated triple-quoted string literal (detected at line " +
                                std::to_string(detected) + ")";
                error.incomplete_input = true;
            } else {
                error.message = "unterminated string literal (detected at line " + std::to_string(detected) + ")";
            }
            fail(error);
            return false;
        }
        if (c == '\n') note_newline(cur_ - 1);
        if (c == quote) {
            end_quote_size += 1;
        } else {
            end_quote_size = 0;
            if (c == '\\') {
                int escaped = nextc(); // skip the escaped character
                if (escaped == '\n') note_newline(cur_ - 1);
            }
        }
    }
    lit.body_end = cur_ - quote_size;
    lit.end = cur_;
    return true;
}

SourcePos Lexer::pos_in_literal(const StringLiteral& lit, const char* p) const {
    SourcePos at = lit.start_pos;
    const char* line_begin = nullptr;
    for (const char* q = lit.start; q < p; ++q) {
        if (*q == '\n') {
            ++at.line;
            line_begin = q + 1;
        }
    }
    at.col = line_begin ? static_cast<int>(p - line_begin) : lit.start_pos.col + static_cast<int>(p - lit.start);
    return at;
}

void Lexer::defer_literal_error(std::string message, bool at_next_token, SourcePos at, int end_col) {
    if (pending_) return; // the first literal error is the one reported
    LexError error;
    error.message = std::move(message);
    error.pos = at;
    error.end_col = end_col;
    pending_ = PendingError{error, at_next_token};
}

// ---------------------------------------------------------------------------
// Escape decoding

// Decodes a str body. On a malformed escape returns false with `error` set
// to CPython's message. CPython first rewrites every non-ASCII character as
// a 10-byte "\UXXXXXXXX" (and a backslash before one as "\u005c") before
// running the unicode-escape codec, so error positions count those widths.
bool decode_str_escapes(std::string_view body, std::string& out, std::string& error) {
    const char* p = body.data();
    const char* end = p + body.size();
    size_t conv = 0; // position in CPython's rewritten buffer
    auto width = [](const char* from, const char* to) {
        size_t w = 0;
        for (const char* q = from; q < to;) {
            int len = 1;
            if (static_cast<unsigned char>(*q) >= 0x80) {
                decode_utf8(q, len);
                w += 10;
            } else {
                w += 1;
            }
            q += len;
        }
        return w;
    };
    auto report = [&](const char* bad_end, const char* message) {
        size_t last = conv + width(p, bad_end) - 1;
        error = "(unicode error) 'unicodeescape' codec can't decode bytes in position " + std::to_string(conv) + "-" +
                std::to_string(last) + ": " + message;
        return false;
    };
    while (p < end) {
        if (*p != '\\') {
            const char* q = p;
            while (q < end && *q != '\\') ++q;
            out.append(p, q);
            conv += width(p, q);
            p = q;
            continue;
        }
        if (p + 1 == end || static_cast<unsigned char>(p[1]) >= 0x80) {
            out += '\\'; // a backslash before a non-ASCII character stays
            conv += 6;
            ++p;
            continue;
        }
        const char* s = p + 2; // after the escape letter
        char c = p[1];
        if (char simple = simple_escape(c)) {
            out += simple;
        } else if (c == '\n') {
            // backslash-newline: line continuation inside the literal
        } else if (is_octal(c)) {
            s = p + 1;
            append_utf8(out, read_octal(s, end));
        } else if (c == 'x' || c == 'u' || c == 'U') {
            int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            const char* message = c == 'x' ? "truncated \\xXX escape"
                                  : c == 'u' ? "truncated \\uXXXX escape"
                                             : "truncated \\UXXXXXXXX escape";
            char32_t cp = 0;
            for (; count > 0; --count, ++s) {
                if (s >= end || hex_value(*s) < 0) return report(s, message);
                cp = cp * 16 + static_cast<char32_t>(hex_value(*s));
            }
            if (cp > 0x10FFFF) return report(s, "illegal Unicode character");
            append_utf8(out, cp);
        } else if (c == 'N') {
            const char* message = "malformed \\N character escape";
            if (s >= end) return report(s, message);
            if (*s != '{') return report(s, message);
            const char* name = ++s;
            while (s < end && *s != '}') ++s;
            if (s >= end) return report(s, message);
            if (s == name) return report(s, message);
            auto cp = lookup_char_name(std::string_view(name, s - name));
            ++s;
            if (!cp) return report(s, "unknown Unicode character name");
            append_utf8(out, *cp);
        } else {
            // Invalid escapes such as "\d" are kept verbatim (CPython only
            // emits a DeprecationWarning, which pyco does not print).
            s = p + 1;
            out += '\\';
        }
        conv += width(p, s);
        p = s;
    }
    return true;
}

namespace {

// Decodes a bytes body (ASCII only, already checked) into raw byte values.
bool decode_bytes_escapes(std::string_view body, std::string& out, std::string& error) {
    const char* begin = body.data();
    const char* end = begin + body.size();
    for (const char* p = begin; p < end;) {
        if (*p != '\\' || p + 1 == end) {
            out += *p++;
            continue;
        }
        char c = p[1];
        const char* s = p + 2;
        if (char simple = simple_escape(c)) {
            out += simple;
        } else if (c == '\n') {
            // line continuation
        } else if (is_octal(c)) {
            s = p + 1;
            out += static_cast<char>(read_octal(s, end) & 0xFF);
        } else if (c == 'x') {
            if (s + 1 < end && hex_value(s[0]) >= 0 && hex_value(s[1]) >= 0) {
                out += static_cast<char>(hex_value(s[0]) * 16 + hex_value(s[1]));
                s += 2;
            } else {
                error = "(value error) invalid \\x escape at position " + std::to_string(p - begin);
                return false;
            }
        } else {
            s = p + 1; // unknown escape: keep the backslash
            out += '\\';
        }
        p = s;
    }
    return true;
}

} // namespace

// Fills the token's payload. Errors become the pending literal error.
void Lexer::decode_literal(StringLiteral& lit, Token& token) {
    std::string_view body(lit.body_begin, lit.body_end - lit.body_begin);
    std::string error;
    if (lit.bytes) {
        for (char ch : body) {
            if (static_cast<unsigned char>(ch) >= 0x80) {
                SourcePos end = pos(lit.end);
                defer_literal_error("bytes can only contain ASCII literal characters", false, lit.start_pos,
                                    end.line == lit.start_pos.line ? end.col : -1);
                return;
            }
        }
        if (lit.raw) {
            token.str_value.assign(body);
        } else if (!decode_bytes_escapes(body, token.str_value, error)) {
            defer_literal_error(error, true, lit.start_pos);
        }
        return;
    }
    if (lit.raw) {
        token.str_value.assign(body);
    } else if (!decode_str_escapes(body, token.str_value, error)) {
        defer_literal_error(error, true, lit.start_pos);
    }
}

void Lexer::lex_string(const char* start, const char* quote) {
    StringLiteral lit;
    for (const char* p = start; p < quote; ++p) {
        char c = static_cast<char>(*p | 0x20); // lower case
        lit.raw |= c == 'r';
        lit.bytes |= c == 'b';
        lit.fstring |= c == 'f';
    }
    cur_ = quote;
    if (!find_string_end(start, lit)) return;

    Token token;
    token.kind = lit.bytes ? TokenKind::Bytes : lit.fstring ? TokenKind::FString : TokenKind::String;
    token.span = SourceSpan{lit.start_pos, pos(cur_)};
    token.text.assign(start, cur_);
    if (lit.fstring) {
        token.fstring = std::make_shared<std::vector<FStringPart>>();
        FStringScan scan{&lit, lit.body_begin, lit.body_end};
        parse_fstring(scan, *token.fstring, 0);
    } else {
        decode_literal(lit, token);
    }
    emit_token(std::move(token));
}

} // namespace pyco::lex
