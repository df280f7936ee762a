// f-strings, split into literal and replacement-field parts the way
// CPython 3.11's Parser/string_parser.c does it (fstring_parse,
// fstring_find_literal, fstring_find_expr). Each field's expression is
// tokenized by a nested Lexer in expression mode, so its tokens carry real
// file positions.
//
// All errors here are raised by CPython's parser after it has read the token
// following the literals, and placed on that token: they are deferred with
// at_next_token = true (see PendingError).
#include "lexer/lexer_impl.h"
#include "lexer/string_literal.h"

namespace pyco::lex {
namespace {

constexpr int kMaxNesting = 200; // CPython's MAXLEVEL for brackets in a field

// Adjacent literal text is merged into one part, as CPython's JoinedStr does.
void add_literal(std::vector<FStringPart>& parts, const std::string& text) {
    if (text.empty()) return;
    if (!parts.empty() && parts.back().is_literal) {
        parts.back().literal += text;
        return;
    }
    FStringPart part;
    part.literal = text;
    parts.push_back(std::move(part));
}

bool is_py_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

} // namespace

// Top-level loop: literal text, then a field, until the end of the string
// (recurse_level 0) or the '}' closing a format spec (recurse_level 1).
bool Lexer::parse_fstring(FStringScan& scan, std::vector<FStringPart>& parts, int recurse_level) {
    for (;;) {
        std::string literal;
        int result = find_fstring_literal(scan, literal, recurse_level);
        if (result < 0) return false;
        add_literal(parts, literal);
        if (result == 1) continue; // a doubled brace was just un-doubled
        if (scan.s >= scan.end || *scan.s == '}') break;
        if (!parse_fstring_field(scan, parts, recurse_level)) return false;
    }
    if (recurse_level == 0 && scan.s < scan.end - 1) {
        defer_literal_error("f-string: unexpected end of string", true, {});
        return false;
    }
    if (recurse_level != 0 && (scan.s >= scan.end || *scan.s != '}')) {
        defer_literal_error("f-string: expecting '}'", true, {});
        return false;
    }
    return true;
}

// Literal text up to an un-doubled '{' (or '}' in a format spec). Returns
// 1 after a doubled brace (the caller loops), 0 at a field/end, -1 on error.
int Lexer::find_fstring_literal(FStringScan& scan, std::string& literal, int recurse_level) {
    const char* s = scan.s;
    const char* literal_start = s;
    const char* end = scan.end;
    int result = 0;
    const char* literal_end = nullptr;
    while (s < end) {
        char ch = *s++;
        if (!scan.lit->raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                // Skip "\N{NAME}" so its braces are not taken for a field.
                if (s < end && *s++ == '{') {
                    while (s < end && *s++ != '}') {
                    }
                }
                continue;
            }
            // "\{" falls through: the backslash stays literal and '{' opens a field.
        }
        if (ch == '{' || ch == '}') {
            if (recurse_level == 0) {
                if (s < end && *s == ch) { // "{{" or "}}"
                    literal_end = s;
                    scan.s = s + 1;
                    result = 1;
                    break;
                }
                if (ch == '}') {
                    defer_literal_error("f-string: single '}' is not allowed", true, {});
                    return -1;
                }
            }
            --s; // at the '{' of a field, or the '}' ending a format spec
            break;
        }
    }
    if (result == 0) {
        literal_end = s;
        scan.s = s;
    }
    std::string_view text(literal_start, literal_end - literal_start);
    if (scan.lit->raw) {
        literal.assign(text);
        return result;
    }
    std::string error;
    if (!decode_str_escapes(text, literal, error)) {
        defer_literal_error(error, true, {});
        return -1;
    }
    return result;
}

// Finds where the expression of a field ends: at a top-level '!', ':', '}'
// or '=' that is not part of "!=", "==", "<=", ">=". Strings inside the
// expression are skipped; backslashes and '#' are rejected.
bool Lexer::scan_fstring_expression(FStringScan& scan, const char*& expr_end) {
    char quote_char = 0;
    int string_type = 0; // 1 or 3 while inside a string
    std::vector<char> parens;
    const char* end = scan.end;
    const char*& s = scan.s;
    for (; s < end; ++s) {
        char ch = *s;
        if (ch == '\\') {
            defer_literal_error("f-string expression part cannot include a backslash", true, {});
            return false;
        }
        if (quote_char) {
            if (ch == quote_char) {
                if (string_type == 3) {
                    if (s + 2 < end && s[1] == ch && s[2] == ch) {
                        s += 2;
                        quote_char = 0;
                    }
                } else {
                    quote_char = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (s + 2 < end && s[1] == ch && s[2] == ch) {
                string_type = 3;
                s += 2;
            } else {
                string_type = 1;
            }
            quote_char = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (static_cast<int>(parens.size()) >= kMaxNesting) {
                defer_literal_error("f-string: too many nested parenthesis", true, {});
                return false;
            }
            parens.push_back(ch);
        } else if (ch == '#') {
            defer_literal_error("f-string expression part cannot include '#'", true, {});
            return false;
        } else if (parens.empty() && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (s + 1 < end && s[1] == '=' && ch != ':' && ch != '}') {
                ++s; // "!=", "==", "<=", ">=" are operators
                continue;
            }
            if (ch == '>' || ch == '<') continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (parens.empty()) {
                defer_literal_error(std::string("f-string: unmatched '") + ch + "'", true, {});
                return false;
            }
            char opening = parens.back();
            parens.pop_back();
            if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') || (opening == '{' && ch == '}'))) {
                defer_literal_error(std::string("f-string: closing parenthesis '") + ch +
                                        "' does not match opening parenthesis '" + opening + "'",
                                    true, {});
                return false;
            }
        }
    }
    expr_end = s;
    if (quote_char) {
        defer_literal_error("f-string: unterminated string", true, {});
        return false;
    }
    if (!parens.empty()) {
        defer_literal_error(std::string("f-string: unmatched '") + parens.back() + "'", true, {});
        return false;
    }
    if (s >= end) {
        defer_literal_error("f-string: expecting '}'", true, {});
        return false;
    }
    return true;
}

// CPython's fstring_compile_expr(): reject blank expressions, then tokenize
// the text as if parenthesized.
bool Lexer::lex_fstring_expression(FStringScan& scan, const char* begin, const char* end, FStringPart& part) {
    const char* p = begin;
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\f')) ++p;
    if (p == end) {
        if (*end == '!' || *end == ':' || *end == '=') {
            defer_literal_error(std::string("f-string: expression required before '") + *end + "'", true, {});
        } else {
            defer_literal_error("f-string: empty expression not allowed", true, {});
        }
        return false;
    }
    part.expr_source.assign(begin, end);
    part.expr_pos = pos_in_literal(*scan.lit, begin);
    LexResult sub = Lexer(part.expr_source, part.expr_pos, /*expression_mode=*/true).run();
    if (!sub.errors.empty()) {
        if (!pending_) pending_ = PendingError{sub.errors.front(), false};
        return false;
    }
    part.expr_tokens = std::move(sub.tokens);
    return true;
}

// One replacement field "{expr[=][!conv][:spec]}", scan.s at its '{'.
bool Lexer::parse_fstring_field(FStringScan& scan, std::vector<FStringPart>& parts, int recurse_level) {
    if (recurse_level >= 2) {
        defer_literal_error("f-string: expressions nested too deeply", true, {});
        return false;
    }
    auto expecting_brace = [&] {
        defer_literal_error("f-string: expecting '}'", true, {});
        return false;
    };
    const char*& s = scan.s;
    const char* end = scan.end;
    ++s; // the '{'
    const char* expr_start = s;
    const char* expr_end = nullptr;
    if (!scan_fstring_expression(scan, expr_end)) return false;

    FStringPart field;
    field.is_literal = false;
    if (!lex_fstring_expression(scan, expr_start, expr_end, field)) return false;

    if (*s == '=') { // self-documenting "{x = }": the text up to here is literal
        ++s;
        while (s < end && is_py_space(*s)) ++s;
        if (s >= end) return expecting_brace();
        add_literal(parts, std::string(expr_start, s));
        field.self_documenting = true;
    }
    if (*s == '!') {
        ++s;
        if (s >= end) return expecting_brace();
        char conversion = *s++;
        if (conversion != 's' && conversion != 'r' && conversion != 'a') {
            defer_literal_error("f-string: invalid conversion character: expected 's', 'r', or 'a'", true, {});
            return false;
        }
        field.conversion = conversion;
    }
    if (s < end && *s == ':') {
        ++s;
        if (s >= end) return expecting_brace();
        field.has_format_spec = true;
        if (!parse_fstring(scan, field.format_spec, recurse_level + 1)) return false;
    }
    if (s >= end || *s != '}') return expecting_brace();
    ++s;
    // "{x=}" defaults to repr() unless a conversion or a format spec is given.
    if (field.self_documenting && field.conversion == 0 && !field.has_format_spec) field.conversion = 'r';
    parts.push_back(std::move(field));
    return true;
}

} // namespace pyco::lex
