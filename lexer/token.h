// Tokens: the contract between lexer/ (re2c) and parser/ (Bison).
//
// The lexer turns UTF-8 source into a flat vector of Tokens that already
// carries Python's layout structure (NEWLINE / INDENT / DEDENT), so the
// grammar never sees whitespace. Literal values are decoded here (escapes,
// digit separators, f-string splitting) because only the lexer knows the
// exact source spelling; the parser just moves them into AST nodes.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace pyco {

// Positions follow CPython: lines are 1-based, columns are 0-based UTF-8 byte
// offsets into the line (what CPython reports as col_offset).
struct SourcePos {
    int line = 1;
    int col = 0;
};

struct SourceSpan {
    SourcePos begin;
    SourcePos end;
};

// One X-macro list of every token kind: NAME(spelling-for-messages).
#define PYCO_TOKEN_KINDS(X)                                                    \
    X(EndOfFile, "end of file")                                                \
    X(Newline, "NEWLINE")                                                      \
    X(Indent, "INDENT")                                                        \
    X(Dedent, "DEDENT")                                                        \
    X(Name, "NAME")                                                            \
    X(Integer, "integer")      /* text = digits without '_', base in int_base */ \
    X(Float, "float")          /* float_value */                               \
    X(Imaginary, "imaginary")  /* float_value = imaginary part */              \
    X(String, "string")        /* str_value: decoded UTF-8 */                  \
    X(Bytes, "bytes")          /* str_value: raw byte values 0..255 */         \
    X(FString, "f-string")     /* fstring: parts, see FStringPart */           \
    /* keywords */                                                             \
    X(False, "False") X(None, "None") X(True, "True") X(And, "and")            \
    X(As, "as") X(Assert, "assert") X(Async, "async") X(Await, "await")        \
    X(Break, "break") X(Class, "class") X(Continue, "continue") X(Def, "def")  \
    X(Del, "del") X(Elif, "elif") X(Else, "else") X(Except, "except")          \
    X(Finally, "finally") X(For, "for") X(From, "from") X(Global, "global")    \
    X(If, "if") X(Import, "import") X(In, "in") X(Is, "is")                    \
    X(Lambda, "lambda") X(Nonlocal, "nonlocal") X(Not, "not") X(Or, "or")      \
    X(Pass, "pass") X(Raise, "raise") X(Return, "return") X(Try, "try")        \
    X(While, "while") X(With, "with") X(Yield, "yield")                        \
    /* operators and delimiters */                                             \
    X(LParen, "(") X(RParen, ")") X(LBracket, "[") X(RBracket, "]")            \
    X(LBrace, "{") X(RBrace, "}") X(Colon, ":") X(Comma, ",")                  \
    X(Semicolon, ";") X(Dot, ".") X(Ellipsis, "...") X(Arrow, "->")            \
    X(Plus, "+") X(Minus, "-") X(Star, "*") X(DoubleStar, "**")                \
    X(Slash, "/") X(DoubleSlash, "//") X(Percent, "%") X(At, "@")              \
    X(LeftShift, "<<") X(RightShift, ">>") X(Amper, "&") X(VBar, "|")          \
    X(Circumflex, "^") X(Tilde, "~") X(Walrus, ":=")                           \
    X(Less, "<") X(Greater, ">") X(EqEqual, "==") X(NotEqual, "!=")            \
    X(LessEqual, "<=") X(GreaterEqual, ">=") X(Equal, "=")                     \
    X(PlusEqual, "+=") X(MinusEqual, "-=") X(StarEqual, "*=")                  \
    X(SlashEqual, "/=") X(DoubleSlashEqual, "//=") X(PercentEqual, "%=")       \
    X(AtEqual, "@=") X(AmperEqual, "&=") X(VBarEqual, "|=")                    \
    X(CircumflexEqual, "^=") X(LeftShiftEqual, "<<=")                          \
    X(RightShiftEqual, ">>=") X(DoubleStarEqual, "**=")

enum class TokenKind : uint8_t {
#define PYCO_TOKEN_ENUM(name, spelling) name,
    PYCO_TOKEN_KINDS(PYCO_TOKEN_ENUM)
#undef PYCO_TOKEN_ENUM
};

const char* token_kind_name(TokenKind kind);

struct Token;

// An f-string is split by the lexer into literal text and replacement
// fields; each field's expression is kept as source text plus its own token
// list so the parser can parse it as an expression with correct positions.
//
// Layout (mirrors CPython 3.11's JoinedStr): adjacent literal text is merged
// into one part and empty literals are omitted, so literals and fields
// alternate. "{{"/"}}" are already un-doubled, escapes decoded (not in rf'').
// For "{x = }" the literal "x = " (exact source text) ends the preceding
// literal part and the field has self_documenting = true and conversion 'r'
// unless "!s"/"!a"/"!r" or a format spec was given. A field's expr_tokens
// are lexed as if parenthesized (no NEWLINE/INDENT inside, newlines allowed
// in triple-quoted f-strings) and end with Newline, EndOfFile. format_spec
// uses the same layout one level down ("{x:{w}.{p}}"); has_format_spec is
// true even for an empty spec "{x:}".
struct FStringPart {
    bool is_literal = true;
    std::string literal;                  // decoded text when is_literal
    std::string expr_source;              // the expression's source text
    std::vector<Token> expr_tokens;       // tokens of the expression (ends with Newline, EndOfFile)
    SourcePos expr_pos;                   // where the expression starts
    char conversion = 0;                  // 0, 'r', 's' or 'a'
    bool self_documenting = false;        // {x=}: literal "x=" precedes the field
    std::vector<FStringPart> format_spec; // nested parts of the spec after ':'
    bool has_format_spec = false;
};

struct Token {
    TokenKind kind = TokenKind::EndOfFile;
    SourceSpan span;
    std::string text;        // NAME text (NFKC not applied), Integer digits, raw spelling otherwise
    std::string str_value;   // String / Bytes decoded payload
    double float_value = 0;  // Float / Imaginary
    int int_base = 10;       // Integer: 2, 8, 10 or 16
    std::shared_ptr<std::vector<FStringPart>> fstring; // FString parts
};

// A lexing failure, reported the way CPython reports it.
struct LexError {
    std::string type = "SyntaxError"; // or "IndentationError", "TabError"
    std::string message;              // e.g. "unterminated string literal (detected at line 3)"
    SourcePos pos;                    // 1-based line, 0-based byte column of the caret
    int end_col = -1;                 // CPython's end offset when it reports a range,
                                      // 0-based like col (end_offset = end_col + 1); -1 if none
    bool no_location = false;         // a file's encoding problem: CPython names no line
    bool incomplete_input = false;    // caused only by the end of input (unterminated
                                      // triple-quoted string, unclosed bracket, trailing
                                      // backslash): the REPL should read more lines
    // How this error ranks against the parser's own errors. CPython's
    // tokenizer runs lazily under its parser, and after a parser error it
    // tokenizes the rest of the file so that most tokenizer errors win.
    // `tokens` stops where the error is, so the parser applies the rank:
    enum class Rank : uint8_t {
        Tokenizer,       // wins over any parser error, even an earlier one
        AtPosition,      // reported only if the parser reaches it without failing first
                         // (CPython parser-level errors such as "unexpected indent",
                         // bad escapes, f-string errors; and backslash/indentation errors)
        UnclosedBracket, // like AtPosition, but also wins over a parser error on a
                         // line after pos.line ("'(' was never closed")
    };
    Rank rank = Rank::Tokenizer;
};

// Literal decoding notes: \N{NAME} knows the names of the Latin, Greek,
// Cyrillic, punctuation/symbol/arrow/math/dingbat and common emoji blocks
// (lexer/gen_unicode_tables.py); other names report CPython's "unknown
// Unicode character name" error. Invalid escapes such as "\d" are kept
// verbatim, silently. Lone surrogates (\ud800) are stored as 3-byte UTF-8.
//
// Token stream conventions (see lexer/lexer.re):
//  * Every logical line ends with Newline (synthesized if the file lacks a
//    final line break); blank and comment-only lines produce nothing, so a
//    file with no statements yields just EndOfFile: `file: statements? EndOfFile`.
//  * Indent comes right after the Newline of a line ending in ':'; any other
//    indentation increase is reported as "unexpected indent". Dedents come
//    before the first token of the dedented line, and all pending Dedents are
//    emitted before EndOfFile (at line last+1, col 0).
//  * Newline spans its '\n' (col = end of the line); Indent spans the
//    leading whitespace; Dedent/EndOfFile are empty spans.
//  * Adjacent string literals stay separate tokens; the parser joins them.
//  * Literal decoding errors (bad escapes, f-string syntax) are raised by
//    CPython's parser once it has read the token after the run of adjacent
//    literals, and point at that token; pyco reports them the same way.
//    Errors inside an f-string expression use real file positions (CPython
//    reports them relative to the parenthesized expression text).
//  * On error, `tokens` holds what was lexed before the error (no EndOfFile),
//    so the parser may still report an earlier syntax error of its own; see
//    LexError::rank for which error CPython would report.
//    Columns are byte offsets; CPython's SyntaxError.offset counts
//    characters, so convert with the line text when printing.
struct LexResult {
    std::vector<Token> tokens; // ends with Newline (if needed), Dedents, EndOfFile
    std::vector<LexError> errors; // empty on success; first one is reported
};

// Tokenize a whole module. `source` is the raw file content (UTF-8).
LexResult tokenize(const std::string& source);

// Same, for a file: `filename` only changes the wording of source decoding
// errors to what `python3 FILE` prints (e.g. "Non-UTF-8 code starting with
// '\xff' in file FILE on line 1, ..."); without it they read like compile().
LexResult tokenize(const std::string& source, const std::string& filename);

} // namespace pyco
