// Number literals, scanned exactly like CPython 3.11's tok_get() so that the
// many "invalid ... literal" errors land on the same character. The scanner
// reads with nextc()/backup() and reports errors with fail_before_cur(),
// i.e. CPython's syntaxerror(tok, ...) relative to tok->cur.
#include <cctype>
#include <cstdlib>

#include "lexer/lexer_impl.h"

namespace pyco::lex {
namespace {

bool is_digit(int c) { return c >= '0' && c <= '9'; }
bool is_potential_identifier_char(int c) { return std::isalnum(c) || c == '_' || c >= 128; }

// 3.11 only rejects ASCII letters right after a number: "1€" is the number 1
// followed by an (invalid) identifier.
bool is_ascii_identifier_char(int c) { return c < 128 && is_potential_identifier_char(c); }

bool is_digit_of(int c, int base) {
    switch (base) {
    case 2: return c == '0' || c == '1';
    case 8: return c >= '0' && c <= '7';
    case 16: return std::isxdigit(c) != 0;
    default: return is_digit(c);
    }
}

std::string without_underscores(const char* begin, const char* end) {
    std::string out;
    for (const char* p = begin; p < end; ++p)
        if (*p != '_') out += *p;
    return out;
}

} // namespace

// Digits with single '_' separators; `c` is the character after the tail.
// CPython's tok_decimal_tail().
bool Lexer::scan_decimal_tail(int& c) {
    for (;;) {
        do {
            c = nextc();
        } while (is_digit(c));
        if (c != '_') return true;
        c = nextc();
        if (!is_digit(c)) {
            backup(c);
            fail_before_cur("invalid decimal literal");
            return false;
        }
    }
}

// True if the input continues with `rest` and then a non-identifier
// character (a keyword such as "and" right after a number). Consumes nothing.
bool Lexer::lookahead(const char* rest) {
    const char* saved = cur_;
    for (const char* s = rest; *s; ++s) {
        if (nextc() != *s) {
            cur_ = saved;
            return false;
        }
    }
    bool ok = !is_potential_identifier_char(nextc());
    cur_ = saved;
    return ok;
}

// A number directly followed by a letter is an error ("1abc"), except when a
// keyword that can follow a number in valid code starts there ("1if x else
// y"): CPython only warns about those, and pyco stays silent.
bool Lexer::verify_end_of_number(int c, const char* kind) {
    bool keyword = false;
    switch (c) {
    case 'a': keyword = lookahead("nd"); break;
    case 'e': keyword = lookahead("lse"); break;
    case 'f': keyword = lookahead("or"); break;
    case 'o': keyword = lookahead("r"); break;
    case 'n': keyword = lookahead("ot"); break;
    case 'i': keyword = *cur_ == 'f' || *cur_ == 'n' || *cur_ == 's'; break;
    default: break;
    }
    if (!keyword && is_ascii_identifier_char(c)) {
        backup(c);
        fail_before_cur(std::string("invalid ") + kind + " literal");
        return false;
    }
    return true;
}

// The digits after 0x / 0o / 0b; `c` is the first character after the prefix
// on entry and the first one after the literal on exit.
bool Lexer::scan_based_integer(int& c, int base, const char* kind) {
    c = nextc();
    do {
        if (c == '_') c = nextc();
        if (!is_digit_of(c, base)) {
            if (base != 16 && is_digit(c)) {
                fail_before_cur(std::string("invalid digit '") + static_cast<char>(c) + "' in " + kind + " literal");
            } else {
                backup(c);
                fail_before_cur(std::string("invalid ") + kind + " literal");
            }
            return false;
        }
        do {
            c = nextc();
        } while (is_digit_of(c, base));
    } while (c == '_');
    if (base != 16 && is_digit(c)) {
        fail_before_cur(std::string("invalid digit '") + static_cast<char>(c) + "' in " + kind + " literal");
        return false;
    }
    return verify_end_of_number(c, kind);
}

void Lexer::emit_number(const char* start, TokenKind kind, int base) {
    Token token;
    token.kind = kind;
    token.span = SourceSpan{pos(start), pos(cur_)};
    if (kind == TokenKind::Integer) {
        const char* digits = base == 10 ? start : start + 2; // skip 0x/0o/0b
        token.text = without_underscores(digits, cur_);
        token.int_base = base;
    } else {
        token.text.assign(start, cur_);
        const char* end = kind == TokenKind::Imaginary ? cur_ - 1 : cur_;
        token.float_value = std::strtod(without_underscores(start, end).c_str(), nullptr);
    }
    emit_token(std::move(token));
}

// Mirrors the "Number" part of tok_get(), including its gotos (expressed as
// the flags below). `start` is the first digit or the '.' of ".5".
void Lexer::lex_number(const char* start) {
    cur_ = start;
    int c = nextc();
    bool fraction = false; // saw '.' (or start with ".")
    bool exponent = false;
    if (c == '.') {
        c = nextc();
        fraction = true;
    } else if (c == '0') {
        c = nextc();
        int base = (c == 'x' || c == 'X') ? 16 : (c == 'o' || c == 'O') ? 8 : (c == 'b' || c == 'B') ? 2 : 0;
        if (base != 0) {
            const char* kind = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
            if (!scan_based_integer(c, base, kind)) return;
            backup(c);
            return emit_number(start, TokenKind::Integer, base);
        }
        // "0", "00", "0_0" ... or a float/imaginary such as "0.5", "07e1", "09j".
        for (;;) {
            if (c == '_') {
                c = nextc();
                if (!is_digit(c)) {
                    backup(c);
                    return fail_before_cur("invalid decimal literal");
                }
            }
            if (c != '0') break;
            c = nextc();
        }
        const char* zeros_end = cur_;
        bool nonzero = false;
        if (is_digit(c)) {
            nonzero = true;
            backup(c);
            if (!scan_decimal_tail(c)) return;
        }
        if (c == '.') {
            c = nextc();
            fraction = true;
        } else if (c == 'e' || c == 'E') {
            exponent = true;
        } else if (c == 'j' || c == 'J') {
            // imaginary: handled below
        } else if (nonzero) {
            backup(c);
            LexError error;
            error.message = "leading zeros in decimal integer literals are not permitted; "
                            "use an 0o prefix for octal integers";
            error.pos = pos(start);
            error.end_col = pos(zeros_end).col - 1;
            return fail(error);
        } else {
            if (!verify_end_of_number(c, "decimal")) return;
            backup(c);
            return emit_number(start, TokenKind::Integer, 10);
        }
    } else {
        backup(c);
        if (!scan_decimal_tail(c)) return;
        if (c == '.') {
            c = nextc();
            fraction = true;
        } else if (c == 'e' || c == 'E') {
            exponent = true;
        } else if (c != 'j' && c != 'J') {
            if (!verify_end_of_number(c, "decimal")) return;
            backup(c);
            return emit_number(start, TokenKind::Integer, 10);
        }
    }

    if (fraction && is_digit(c)) {
        backup(c);
        if (!scan_decimal_tail(c)) return;
    }
    if (c == 'e' || c == 'E') exponent = true;
    if (exponent) {
        int e = c;
        c = nextc();
        if (c == '+' || c == '-') {
            c = nextc();
            if (!is_digit(c)) {
                backup(c);
                return fail_before_cur("invalid decimal literal");
            }
        } else if (!is_digit(c)) {
            // "1e" / "1else": the 'e' is not part of the number.
            backup(c);
            if (!verify_end_of_number(e, "decimal")) return;
            backup(e);
            return emit_number(start, fraction ? TokenKind::Float : TokenKind::Integer, 10);
        }
        backup(c);
        if (!scan_decimal_tail(c)) return;
    }
    if (c == 'j' || c == 'J') {
        c = nextc();
        if (!verify_end_of_number(c, "imaginary")) return;
        backup(c);
        return emit_number(start, TokenKind::Imaginary, 10);
    }
    if (!verify_end_of_number(c, "decimal")) return;
    backup(c);
    emit_number(start, TokenKind::Float, 10);
}

} // namespace pyco::lex
