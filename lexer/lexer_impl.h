// Internal lexer machinery shared by lexer.re (layout + token dispatch),
// numbers.cpp, strings.cpp and fstrings.cpp. Not part of the public API.
//
// The Lexer mirrors the structure of CPython 3.11's Parser/tokenizer.c so
// that error messages and caret positions come out identical: scanning uses
// the same nextc()/backup() steps, and errors are placed where CPython's
// `tok->cur` would be.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lexer/token.h"

namespace pyco::lex {

// Turns raw file bytes into the text the lexer scans: BOM and coding cookie
// handled, validated UTF-8, "\r\n"/"\r" turned into "\n", and a final "\n"
// added when missing (as CPython does). On failure `error` is set.
struct PreparedSource {
    std::string text;
    std::optional<LexError> error;
};
PreparedSource prepare_source(const std::string& raw, const std::string& filename);

const TokenKind* keyword_kind(std::string_view name); // nullptr if not a keyword

class Lexer {
public:
    // Lexes `text` (NUL-terminated, no NUL inside). `origin` is where the
    // text starts in the file: (1, 0) for a module, the expression's position
    // for an f-string replacement field. In expression mode the text is
    // lexed as if wrapped in parentheses (like CPython's "(expr)" trick):
    // no layout tokens, and the result ends with Newline, EndOfFile.
    Lexer(std::string_view text, SourcePos origin, bool expression_mode);

    LexResult run();

private:
    // --- scanning primitives (lexer.re) ---
    int nextc();            // next byte, 0 at the end (and cursor stays)
    void backup(int c);     // undo nextc() of `c`
    void note_newline(const char* nl); // bookkeeping after consuming '\n' at nl
    SourcePos pos(const char* p) const; // p must be on the current line
    SourcePos pos_before(const char* p) const; // the character before p

    // --- errors ---
    void fail(LexError error);
    void fail_soft(LexError error);
    void fail_at(SourcePos at, std::string message, std::string type = "SyntaxError");
    void fail_before_cur(std::string message); // CPython's syntaxerror(tok, ...)

    // --- layout and tokens (lexer.re) ---
    void lex_line_start();
    void lex_token();
    void lex_eof();
    void lex_name(const char* start);
    bool verify_identifier(const char* start, const char* end);
    void lex_open_bracket(const char* start, TokenKind kind);
    void lex_close_bracket(const char* start, TokenKind kind);
    void lex_invalid_character(const char* start);
    bool skip_line_continuation(const char* backslash);
    void emit(TokenKind kind, const char* start, const char* end);
    void emit_token(Token token);
    void emit_layout(TokenKind kind, SourcePos at);
    int level() const { return static_cast<int>(brackets_.size()) + (expression_mode_ ? 1 : 0); }

    // --- numbers (numbers.cpp) ---
    void lex_number(const char* start);
    bool scan_decimal_tail(int& c);
    bool verify_end_of_number(int c, const char* kind);
    bool lookahead(const char* rest);
    bool scan_based_integer(int& c, int base, const char* kind);
    void emit_number(const char* start, TokenKind kind, int base);

    // --- strings (strings.cpp, fstrings.cpp) ---
    struct StringLiteral;
    void lex_string(const char* start, const char* quote);
    bool find_string_end(const char* start, StringLiteral& lit);
    void decode_literal(StringLiteral& lit, Token& token);
    void defer_literal_error(std::string message, bool at_next_token, SourcePos at, int end_col = -1);
    SourcePos pos_in_literal(const StringLiteral& lit, const char* p) const;

    struct FStringScan;
    bool parse_fstring(FStringScan& scan, std::vector<FStringPart>& parts, int recurse_level);
    int find_fstring_literal(FStringScan& scan, std::string& literal, int recurse_level);
    bool parse_fstring_field(FStringScan& scan, std::vector<FStringPart>& parts, int recurse_level);
    bool scan_fstring_expression(FStringScan& scan, const char*& expr_end);
    bool lex_fstring_expression(FStringScan& scan, const char* begin, const char* end, FStringPart& part);

    // input
    const char* base_;       // start of the text
    const char* end_;        // the terminating NUL
    const char* cur_;        // scanning position (re2c's YYCURSOR)
    const char* marker_ = nullptr; // re2c's YYMARKER
    const char* line_start_; // start of the current line
    int line_;               // current line number
    int first_line_col_;     // column of base_ on its line (expression mode)
    int origin_line_;
    bool expression_mode_;

    // layout state (CPython's indstack/altindstack/pendin/atbol/level)
    bool at_line_start_ = true;
    std::vector<int> indents_{0};
    std::vector<int> alt_indents_{0};
    struct Bracket {
        char ch;
        SourcePos pos;
    };
    std::vector<Bracket> brackets_;

    // A literal's decoding error (bad escape, f-string syntax) is raised by
    // CPython's parser only once it has read the token after the run of
    // adjacent literals, and is placed there; keep it until then.
    struct PendingError {
        LexError error;
        bool at_next_token; // position = next token's start
    };
    std::optional<PendingError> pending_;

    // An error CPython's *parser* raises (stray '$', literal errors) and
    // later replaces by a tokenizer error found further on. Lexing goes on without emitting tokens, because a
    // later tokenizer error would replace it in CPython.
    std::optional<LexError> soft_error_;

    LexResult result_;
    bool done_ = false;
};

} // namespace pyco::lex
