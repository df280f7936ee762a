// The tokenizer proper: line layout (NEWLINE / INDENT / DEDENT), brackets,
// names, operators and the dispatch to number and string scanners. Token
// recognition is done by re2c (rules below); the layout logic follows
// CPython 3.11's tok_get() step by step so that errors match it exactly.
#include <cstdio>
#include <unordered_map>

#include "lexer/lexer_impl.h"
#include "lexer/unicode.h"

namespace pyco {

const char* token_kind_name(TokenKind kind) {
    switch (kind) {
#define PYCO_TOKEN_NAME(name, spelling) \
    case TokenKind::name:               \
        return spelling;
        PYCO_TOKEN_KINDS(PYCO_TOKEN_NAME)
#undef PYCO_TOKEN_NAME
    }
    return "?";
}

LexResult tokenize(const std::string& source) { return tokenize(source, ""); }

LexResult tokenize(const std::string& source, const std::string& filename) {
    lex::PreparedSource prepared = lex::prepare_source(source, filename);
    if (prepared.error) {
        LexResult result;
        result.errors.push_back(*prepared.error);
        return result;
    }
    return lex::Lexer(prepared.text, SourcePos{1, 0}, /*expression_mode=*/false).run();
}

namespace lex {

// Keywords are the token kinds from False to Yield in the X-macro list; their
// spelling doubles as the keyword text.
const TokenKind* keyword_kind(std::string_view name) {
    static const std::unordered_map<std::string_view, TokenKind> keywords = [] {
        std::unordered_map<std::string_view, TokenKind> map;
        for (int k = static_cast<int>(TokenKind::False); k <= static_cast<int>(TokenKind::Yield); ++k) {
            auto kind = static_cast<TokenKind>(k);
            map.emplace(token_kind_name(kind), kind);
        }
        return map;
    }();
    auto it = keywords.find(name);
    return it == keywords.end() ? nullptr : &it->second;
}

Lexer::Lexer(std::string_view text, SourcePos origin, bool expression_mode)
    : base_(text.data()),
      end_(text.data() + text.size()),
      cur_(text.data()),
      line_start_(text.data()),
      line_(origin.line),
      first_line_col_(origin.col),
      origin_line_(origin.line),
      expression_mode_(expression_mode),
      at_line_start_(!expression_mode) {}

LexResult Lexer::run() {
    while (!done_) {
        if (at_line_start_) {
            lex_line_start();
        } else {
            lex_token();
        }
    }
    return std::move(result_);
}

// ---------------------------------------------------------------------------
// Scanning primitives

int Lexer::nextc() {
    if (cur_ == end_) return 0;
    return static_cast<unsigned char>(*cur_++);
}

void Lexer::backup(int c) {
    if (c != 0) --cur_;
}

void Lexer::note_newline(const char* nl) {
    ++line_;
    line_start_ = nl + 1;
}

SourcePos Lexer::pos(const char* p) const {
    int col = static_cast<int>(p - line_start_);
    if (line_ == origin_line_) col += first_line_col_;
    return SourcePos{line_, col};
}

// CPython's syntaxerror(tok, ...) reports offset = number of characters
// before tok->cur, i.e. the caret sits on the character *before* cur.
SourcePos Lexer::pos_before(const char* p) const {
    if (p == line_start_) return pos(p);
    const char* q = p - 1;
    while (q > line_start_ && (static_cast<unsigned char>(*q) & 0xC0) == 0x80) --q;
    return pos(q);
}

// ---------------------------------------------------------------------------
// Errors: the first one wins and stops the lexer.

void Lexer::fail(LexError error) {
    if (soft_error_) {
        // CPython only lets errors that raise an exception in its tokenizer
        // replace a parser error; an unclosed bracket wins if it was opened
        // on an earlier line.
        bool replaces = error.rank == LexError::Rank::Tokenizer ||
                        (error.rank == LexError::Rank::UnclosedBracket && soft_error_->pos.line > error.pos.line);
        if (!replaces) error = *soft_error_;
    }
    if (result_.errors.empty()) result_.errors.push_back(error);
    done_ = true;
}

void Lexer::fail_soft(LexError error) {
    error.rank = LexError::Rank::AtPosition;
    if (!soft_error_) soft_error_ = error;
}

void Lexer::fail_at(SourcePos at, std::string message, std::string type) {
    LexError error;
    error.type = std::move(type);
    error.message = std::move(message);
    error.pos = at;
    fail(error);
}

void Lexer::fail_before_cur(std::string message) { fail_at(pos_before(cur_), std::move(message)); }

// ---------------------------------------------------------------------------
// Token output

void Lexer::emit_token(Token token) {
    bool is_literal = token.kind == TokenKind::String || token.kind == TokenKind::Bytes ||
                      token.kind == TokenKind::FString;
    if (pending_ && !is_literal) {
        LexError error = pending_->error;
        if (pending_->at_next_token) error.pos = token.span.begin;
        pending_.reset();
        fail_soft(error);
    }
    if (soft_error_) return; // only scanning on for tokenizer errors
    result_.tokens.push_back(std::move(token));
}

void Lexer::emit(TokenKind kind, const char* start, const char* end) {
    Token token;
    token.kind = kind;
    token.span = SourceSpan{pos(start), pos(end)};
    token.text.assign(start, end);
    emit_token(std::move(token));
}

void Lexer::emit_layout(TokenKind kind, SourcePos at) {
    Token token;
    token.kind = kind;
    token.span = SourceSpan{at, at};
    emit_token(std::move(token));
}

// ---------------------------------------------------------------------------
// Layout: indentation at the start of a logical line (CPython's atbol block).

namespace {
constexpr int kTabSize = 8;
constexpr int kAltTabSize = 1; // the "alternate" size used to detect TabError
constexpr size_t kMaxIndent = 100;
} // namespace

void Lexer::lex_line_start() {
    at_line_start_ = false;
    int col = 0;
    int altcol = 0;
    int cont_line_col = 0; // a backslash in the indentation fixes the column
    for (;;) {
        int c = nextc();
        if (c == ' ') {
            ++col, ++altcol;
        } else if (c == '\t') {
            col = (col / kTabSize + 1) * kTabSize;
            altcol = (altcol / kAltTabSize + 1) * kAltTabSize;
        } else if (c == '\f') { // form feed resets the column (for Emacs users)
            col = altcol = 0;
        } else if (c == '\\') {
            cont_line_col = cont_line_col ? cont_line_col : col;
            if (!skip_line_continuation(cur_ - 1)) return;
        } else {
            backup(c);
            break;
        }
    }
    // Lines holding only whitespace and/or a comment are ignored entirely.
    if (*cur_ == '#' || *cur_ == '\n') {
        while (*cur_ != '\n') ++cur_;
        note_newline(cur_++);
        at_line_start_ = true;
        return;
    }
    if (cont_line_col) col = altcol = cont_line_col;

    SourcePos first = pos(cur_);
    auto tab_error = [&] {
        LexError error;
        error.type = "TabError";
        error.message = "inconsistent use of tabs and spaces in indentation";
        error.pos = SourcePos{line_, 0};
        error.rank = LexError::Rank::AtPosition;
        fail(error);
    };
    if (col == indents_.back()) {
        if (altcol != alt_indents_.back()) tab_error();
    } else if (col > indents_.back()) {
        if (indents_.size() >= kMaxIndent) {
            LexError error;
            error.type = "IndentationError";
            error.message = "too many levels of indentation";
            error.pos = SourcePos{line_, 0};
            error.rank = LexError::Rank::AtPosition;
            fail(error);
            return;
        }
        if (altcol <= alt_indents_.back()) return tab_error();
        // The grammar only allows INDENT after "...:" NEWLINE; CPython's
        // parser reports any other one as an IndentationError.
        size_t n = result_.tokens.size();
        // It is raised without re-tokenizing the rest, so later tokenizer
        // errors do not replace it (unlike other parser-level errors).
        if (!soft_error_ && (n < 2 || result_.tokens[n - 2].kind != TokenKind::Colon)) {
            LexError error;
            error.type = "IndentationError";
            error.message = "unexpected indent";
            error.pos = SourcePos{line_, first.col > 0 ? first.col - 1 : 0};
            error.rank = LexError::Rank::AtPosition;
            fail(error);
            return;
        }
        indents_.push_back(col);
        alt_indents_.push_back(altcol);
        Token indent;
        indent.kind = TokenKind::Indent;
        indent.span = SourceSpan{SourcePos{line_, 0}, first};
        indent.text.assign(line_start_, cur_);
        emit_token(std::move(indent));
    } else {
        int dedents = 0;
        while (indents_.size() > 1 && col < indents_.back()) {
            indents_.pop_back();
            alt_indents_.pop_back();
            ++dedents;
        }
        if (col != indents_.back()) {
            // CPython puts the caret at the end of the offending line.
            const char* eol = cur_;
            while (*eol != '\n' && eol != end_) ++eol;
            LexError error;
            error.type = "IndentationError";
            error.message = "unindent does not match any outer indentation level";
            error.pos = pos(eol);
            error.rank = LexError::Rank::AtPosition;
            fail(error);
            return;
        }
        if (altcol != alt_indents_.back()) return tab_error();
        while (dedents-- > 0) emit_layout(TokenKind::Dedent, first);
    }
}

// After a backslash: it must end the line, and more input must follow.
bool Lexer::skip_line_continuation(const char* backslash) {
    cur_ = backslash + 1;
    int c = nextc();
    if (c != '\n') {
        LexError error;
        error.message = "unexpected character after line continuation character";
        error.pos = pos(backslash + 1);
        error.rank = LexError::Rank::AtPosition;
        fail(error);
        return false;
    }
    SourcePos after = pos(backslash + 1);
    note_newline(cur_ - 1);
    if (cur_ == end_) {
        LexError error;
        error.message = "unexpected EOF while parsing";
        error.pos = after;
        error.incomplete_input = true;
        error.rank = LexError::Rank::AtPosition;
        fail(error);
        return false;
    }
    return true;
}

void Lexer::lex_eof() {
    if (!brackets_.empty()) {
        const Bracket& open = brackets_.back();
        LexError error;
        error.message = std::string("'") + open.ch + "' was never closed";
        error.pos = open.pos;
        error.incomplete_input = true;
        error.rank = LexError::Rank::UnclosedBracket;
        fail(error);
        return;
    }
    if (expression_mode_) {
        Token newline;
        newline.kind = TokenKind::Newline;
        newline.span = SourceSpan{pos(cur_), pos(cur_)};
        emit_token(std::move(newline));
    } else {
        // Close every open block; the final NEWLINE was already produced
        // because prepared text always ends with '\n'.
        while (indents_.size() > 1) {
            indents_.pop_back();
            emit_layout(TokenKind::Dedent, pos(cur_));
        }
    }
    if (soft_error_) {
        fail(*soft_error_); // no tokenizer error came after it
        return;
    }
    emit_layout(TokenKind::EndOfFile, pos(cur_));
    done_ = true;
}

// ---------------------------------------------------------------------------
// Brackets

namespace {
constexpr size_t kMaxBracketLevel = 200; // CPython's MAXLEVEL

char opening_for(char close) { return close == ')' ? '(' : close == ']' ? '[' : '{'; }
} // namespace

void Lexer::lex_open_bracket(const char* start, TokenKind kind) {
    if (brackets_.size() >= kMaxBracketLevel) {
        fail_before_cur("too many nested parentheses");
        return;
    }
    brackets_.push_back(Bracket{*start, pos(start)});
    emit(kind, start, cur_);
}

void Lexer::lex_close_bracket(const char* start, TokenKind kind) {
    if (brackets_.empty()) {
        fail_at(pos(start), std::string("unmatched '") + *start + "'");
        return;
    }
    Bracket open = brackets_.back();
    if (open.ch != opening_for(*start)) {
        std::string message = std::string("closing parenthesis '") + *start +
                              "' does not match opening parenthesis '" + open.ch + "'";
        if (open.pos.line != line_) message += " on line " + std::to_string(open.pos.line);
        fail_at(pos(start), message);
        return;
    }
    brackets_.pop_back();
    emit(kind, start, cur_);
}

// ---------------------------------------------------------------------------
// Names

// CPython accepts any run of ASCII letters/digits/'_' and non-ASCII
// characters as a potential identifier, then checks XID_Start/XID_Continue
// and reports the first offending character.
bool Lexer::verify_identifier(const char* start, const char* end) {
    for (const char* p = start; p < end;) {
        int len = 0;
        char32_t cp = decode_utf8(p, len);
        bool ok = p == start ? is_xid_start(cp) : is_xid_continue(cp);
        if (!ok) {
            char hex[16];
            std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(cp));
            if (is_printable(cp)) {
                fail_at(pos(p), "invalid character '" + std::string(p, len) + "' (U+" + hex + ")");
            } else {
                fail_at(pos(p), std::string("invalid non-printable character U+") + hex);
            }
            return false;
        }
        p += len;
    }
    return true;
}

void Lexer::lex_name(const char* start) {
    bool ascii = true;
    for (const char* p = start; p < cur_; ++p) ascii = ascii && static_cast<unsigned char>(*p) < 0x80;
    if (!ascii && !verify_identifier(start, cur_)) return;
    const TokenKind* keyword = keyword_kind(std::string_view(start, cur_ - start));
    emit(keyword ? *keyword : TokenKind::Name, start, cur_);
}

// An ASCII character that starts no token: control characters get their own
// message; others ('$', '?', '!', '`') are an OP to CPython's tokenizer that
// the parser then rejects as "invalid syntax".
void Lexer::lex_invalid_character(const char* start) {
    auto c = static_cast<unsigned char>(*start);
    if (c < 0x20 || c == 0x7F) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "%04X", c);
        fail_at(pos(start), std::string("invalid non-printable character U+") + hex);
        return;
    }
    LexError error;
    error.message = "invalid syntax";
    error.pos = pos(start);
    error.end_col = error.pos.col + 1;
    fail_soft(error);
}

// ---------------------------------------------------------------------------
// One token (or the end of a logical line) after the indentation.

/*!re2c
    re2c:api:style = free-form;
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYCURSOR = "cur_";
    re2c:define:YYMARKER = "marker_";
    re2c:yyfill:enable = 0;

    id_start    = [a-zA-Z_] | [\x80-\uD7FF\uE000-\U0010FFFF];
    id_continue = id_start | [0-9];
    str_prefix  = [rRuUbBfF] | [bB][rR] | [rR][bB] | [fF][rR] | [rR][fF];
*/

void Lexer::lex_token() {
    for (;;) {
        const char* start = cur_;
        /*!re2c
            "\x00"  { cur_ = start; lex_eof(); return; }
            [ \t\f]+ { continue; }
            "#" [^\n\x00]* { continue; }
            "\n" {
                if (level() > 0) { // implicit line joining inside brackets
                    note_newline(start);
                    continue;
                }
                emit(TokenKind::Newline, start, cur_);
                note_newline(start);
                at_line_start_ = true;
                return;
            }
            "\\" {
                if (!skip_line_continuation(start)) return;
                continue;
            }

            id_start id_continue* { lex_name(start); return; }
            str_prefix? ['"]       { lex_string(start, cur_ - 1); return; }
            [0-9] | "." [0-9]      { lex_number(start); return; }

            "(" { lex_open_bracket(start, TokenKind::LParen); return; }
            "[" { lex_open_bracket(start, TokenKind::LBracket); return; }
            "{" { lex_open_bracket(start, TokenKind::LBrace); return; }
            ")" { lex_close_bracket(start, TokenKind::RParen); return; }
            "]" { lex_close_bracket(start, TokenKind::RBracket); return; }
            "}" { lex_close_bracket(start, TokenKind::RBrace); return; }

            ":"   { emit(TokenKind::Colon, start, cur_); return; }
            ","   { emit(TokenKind::Comma, start, cur_); return; }
            ";"   { emit(TokenKind::Semicolon, start, cur_); return; }
            "."   { emit(TokenKind::Dot, start, cur_); return; }
            "..." { emit(TokenKind::Ellipsis, start, cur_); return; }
            "->"  { emit(TokenKind::Arrow, start, cur_); return; }
            ":="  { emit(TokenKind::Walrus, start, cur_); return; }

            "+"  { emit(TokenKind::Plus, start, cur_); return; }
            "-"  { emit(TokenKind::Minus, start, cur_); return; }
            "*"  { emit(TokenKind::Star, start, cur_); return; }
            "**" { emit(TokenKind::DoubleStar, start, cur_); return; }
            "/"  { emit(TokenKind::Slash, start, cur_); return; }
            "//" { emit(TokenKind::DoubleSlash, start, cur_); return; }
            "%"  { emit(TokenKind::Percent, start, cur_); return; }
            "@"  { emit(TokenKind::At, start, cur_); return; }
            "<<" { emit(TokenKind::LeftShift, start, cur_); return; }
            ">>" { emit(TokenKind::RightShift, start, cur_); return; }
            "&"  { emit(TokenKind::Amper, start, cur_); return; }
            "|"  { emit(TokenKind::VBar, start, cur_); return; }
            "^"  { emit(TokenKind::Circumflex, start, cur_); return; }
            "~"  { emit(TokenKind::Tilde, start, cur_); return; }

            "<"  { emit(TokenKind::Less, start, cur_); return; }
            ">"  { emit(TokenKind::Greater, start, cur_); return; }
            "==" { emit(TokenKind::EqEqual, start, cur_); return; }
            "!=" { emit(TokenKind::NotEqual, start, cur_); return; }
            "<=" { emit(TokenKind::LessEqual, start, cur_); return; }
            ">=" { emit(TokenKind::GreaterEqual, start, cur_); return; }
            "="  { emit(TokenKind::Equal, start, cur_); return; }

            "+="  { emit(TokenKind::PlusEqual, start, cur_); return; }
            "-="  { emit(TokenKind::MinusEqual, start, cur_); return; }
            "*="  { emit(TokenKind::StarEqual, start, cur_); return; }
            "/="  { emit(TokenKind::SlashEqual, start, cur_); return; }
            "//=" { emit(TokenKind::DoubleSlashEqual, start, cur_); return; }
            "%="  { emit(TokenKind::PercentEqual, start, cur_); return; }
            "@="  { emit(TokenKind::AtEqual, start, cur_); return; }
            "&="  { emit(TokenKind::AmperEqual, start, cur_); return; }
            "|="  { emit(TokenKind::VBarEqual, start, cur_); return; }
            "^="  { emit(TokenKind::CircumflexEqual, start, cur_); return; }
            "<<=" { emit(TokenKind::LeftShiftEqual, start, cur_); return; }
            ">>=" { emit(TokenKind::RightShiftEqual, start, cur_); return; }
            "**=" { emit(TokenKind::DoubleStarEqual, start, cur_); return; }

            * { lex_invalid_character(start); return; }
        */
    }
}

} // namespace lex
} // namespace pyco
