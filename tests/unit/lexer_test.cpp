// Lexer unit tests. Expected tokens, positions and error messages were taken
// from CPython 3.11.7 (the `tokenize` module for token streams, `compile()`
// or running the file for errors); CPython's 1-based SyntaxError.offset is
// col + 1 here, and columns are bytes (all samples with a caret are ASCII
// before the caret unless noted).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexer/token.h"

using namespace pyco;

namespace {

LexResult lex(const std::string& source) { return tokenize(source); }

// Short kind names: keywords/operators by spelling, others by role.
std::string short_name(TokenKind kind) {
    switch (kind) {
    case TokenKind::EndOfFile: return "EOF";
    case TokenKind::Integer: return "INT";
    case TokenKind::Float: return "FLOAT";
    case TokenKind::Imaginary: return "IMAG";
    case TokenKind::String: return "STR";
    case TokenKind::Bytes: return "BYTES";
    case TokenKind::FString: return "FSTR";
    default: return token_kind_name(kind);
    }
}

std::string kinds_of(const std::vector<Token>& tokens) {
    std::string out;
    for (const Token& t : tokens) {
        if (!out.empty()) out += ' ';
        out += short_name(t.kind);
    }
    return out;
}

// Kinds of a successful lex; fails the test on a lexer error.
std::string kinds(const std::string& source) {
    LexResult r = lex(source);
    EXPECT_TRUE(r.errors.empty()) << source << " -> " << (r.errors.empty() ? "" : r.errors[0].message);
    return kinds_of(r.tokens);
}

// The single token of an expression statement "SOURCE\n".
Token only_token(const std::string& source) {
    LexResult r = lex(source);
    EXPECT_TRUE(r.errors.empty()) << source << " -> " << (r.errors.empty() ? "" : r.errors[0].message);
    EXPECT_EQ(r.tokens.size(), 3u) << source << ": " << kinds_of(r.tokens);
    return r.tokens.empty() ? Token{} : r.tokens[0];
}

std::string str_value(const std::string& literal) { return only_token(literal).str_value; }

LexError error_of(const std::string& source) {
    LexResult r = lex(source);
    EXPECT_FALSE(r.errors.empty()) << "no error for: " << source;
    return r.errors.empty() ? LexError{} : r.errors[0];
}

// type, message, line, col (= CPython offset - 1)
void expect_error(const std::string& source, const std::string& type, const std::string& message, int line, int col) {
    LexError e = error_of(source);
    EXPECT_EQ(e.type, type) << source;
    EXPECT_EQ(e.message, message) << source;
    EXPECT_EQ(e.pos.line, line) << source;
    EXPECT_EQ(e.pos.col, col) << source;
}

void expect_syntax_error(const std::string& source, const std::string& message, int line, int col) {
    expect_error(source, "SyntaxError", message, line, col);
}

void expect_pos(const Token& t, int line, int col, int end_line, int end_col) {
    EXPECT_EQ(t.span.begin.line, line);
    EXPECT_EQ(t.span.begin.col, col);
    EXPECT_EQ(t.span.end.line, end_line);
    EXPECT_EQ(t.span.end.col, end_col);
}

const std::vector<FStringPart>& parts_of(const std::string& source) {
    static Token keep;
    keep = only_token(source);
    static const std::vector<FStringPart> none;
    return keep.fstring ? *keep.fstring : none;
}

} // namespace

// ---------------------------------------------------------------------------
// Layout: NEWLINE / INDENT / DEDENT

TEST(LexerLayout, EmptyFileIsJustEndOfFile) {
    LexResult r = lex("");
    EXPECT_EQ(kinds_of(r.tokens), "EOF");
    expect_pos(r.tokens[0], 1, 0, 1, 0);
}

TEST(LexerLayout, BlankAndCommentLinesProduceNothing) {
    LexResult r = lex("\n   \n# comment\n    # indented comment\n");
    EXPECT_EQ(kinds_of(r.tokens), "EOF");
    expect_pos(r.tokens[0], 5, 0, 5, 0);
}

TEST(LexerLayout, StatementEndsWithNewline) {
    LexResult r = lex("x = 1\n");
    EXPECT_EQ(kinds_of(r.tokens), "NAME = INT NEWLINE EOF");
    expect_pos(r.tokens[3], 1, 5, 1, 6);
    expect_pos(r.tokens[4], 2, 0, 2, 0);
}

TEST(LexerLayout, MissingFinalNewlineIsSynthesized) {
    LexResult r = lex("x = 1");
    EXPECT_EQ(kinds_of(r.tokens), "NAME = INT NEWLINE EOF");
    expect_pos(r.tokens[3], 1, 5, 1, 6);
}

TEST(LexerLayout, CommentAfterCode) {
    LexResult r = lex("x = 1  # note\n");
    EXPECT_EQ(kinds_of(r.tokens), "NAME = INT NEWLINE EOF");
    expect_pos(r.tokens[3], 1, 13, 1, 14);
}

TEST(LexerLayout, NestedBlocks) {
    LexResult r = lex("if x:\n  if y:\n    z\nw");
    EXPECT_EQ(kinds_of(r.tokens),
              "if NAME : NEWLINE INDENT if NAME : NEWLINE INDENT NAME NEWLINE DEDENT DEDENT NAME NEWLINE EOF");
    expect_pos(r.tokens[4], 2, 0, 2, 2);   // INDENT spans the whitespace
    expect_pos(r.tokens[9], 3, 0, 3, 4);
    expect_pos(r.tokens[12], 4, 0, 4, 0);  // DEDENTs sit at the next token
    expect_pos(r.tokens[16], 5, 0, 5, 0);
}

TEST(LexerLayout, DedentToIntermediateLevel) {
    EXPECT_EQ(kinds("if a:\n  if b:\n    c\n  d\ne\n"),
              "if NAME : NEWLINE INDENT if NAME : NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE DEDENT NAME "
              "NEWLINE EOF");
}

TEST(LexerLayout, DedentSeveralLevelsAtOnce) {
    EXPECT_EQ(kinds("if a:\n if b:\n  if c:\n   d\ne\n"),
              "if NAME : NEWLINE INDENT if NAME : NEWLINE INDENT if NAME : NEWLINE INDENT NAME NEWLINE DEDENT "
              "DEDENT DEDENT NAME NEWLINE EOF");
}

TEST(LexerLayout, DedentsBeforeEndOfFile) {
    LexResult r = lex("if a:\n  if b:\n    c\n");
    EXPECT_EQ(kinds_of(r.tokens),
              "if NAME : NEWLINE INDENT if NAME : NEWLINE INDENT NAME NEWLINE DEDENT DEDENT EOF");
    expect_pos(r.tokens[12], 4, 0, 4, 0);
    expect_pos(r.tokens[14], 4, 0, 4, 0);
}

TEST(LexerLayout, BlankLinesAndCommentsInsideBlocksAreIgnored) {
    EXPECT_EQ(kinds("if a:\n  b\n\n# c\n      # d\n  c\n"),
              "if NAME : NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT EOF");
}

TEST(LexerLayout, TabsIndent) {
    EXPECT_EQ(kinds("if a:\n\tif b:\n\t\tc\n\td\n"),
              "if NAME : NEWLINE INDENT if NAME : NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE DEDENT EOF");
}

TEST(LexerLayout, SameTabsAndSpacesMixIsConsistent) {
    EXPECT_EQ(kinds("if a:\n  \tb\n  \tc\n"), "if NAME : NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT EOF");
}

TEST(LexerLayout, BracketsJoinLines) {
    LexResult r = lex("x = (1,\n  2)\n");
    EXPECT_EQ(kinds_of(r.tokens), "NAME = ( INT , INT ) NEWLINE EOF");
    expect_pos(r.tokens[5], 2, 2, 2, 3);
}

TEST(LexerLayout, BracketsIgnoreIndentation) {
    EXPECT_EQ(kinds("if 1:\n  x = (\n1)\n  y\n"),
              "if INT : NEWLINE INDENT NAME = ( INT ) NEWLINE NAME NEWLINE DEDENT EOF");
}

TEST(LexerLayout, AllBracketKindsSpanLines) {
    EXPECT_EQ(kinds("x = [\n{\n1: (\n2)}\n]\n"), "NAME = [ { INT : ( INT ) } ] NEWLINE EOF");
}

TEST(LexerLayout, BackslashContinuation) {
    LexResult r = lex("x = 1 + \\\n    2\n");
    EXPECT_EQ(kinds_of(r.tokens), "NAME = INT + INT NEWLINE EOF");
    expect_pos(r.tokens[4], 2, 4, 2, 5);
}

TEST(LexerLayout, BackslashFollowedByBlankLineEndsStatement) {
    EXPECT_EQ(kinds("x = 1 \\\n\ny = 2\n"), "NAME = INT NEWLINE NAME = INT NEWLINE EOF");
}

TEST(LexerLayout, FormFeedResetsIndentationColumn) {
    EXPECT_EQ(kinds("if a:\n  b\n\f  c\n"), "if NAME : NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT EOF");
}

TEST(LexerLayout, CrLfLineEndings) {
    LexResult r = lex("if x:\r\n  y\r\n");
    EXPECT_EQ(kinds_of(r.tokens), "if NAME : NEWLINE INDENT NAME NEWLINE DEDENT EOF");
    expect_pos(r.tokens[5], 2, 2, 2, 3);
}

TEST(LexerLayout, CrLineEndings) {
    EXPECT_EQ(kinds("x = 1\ry = 2\r"), "NAME = INT NEWLINE NAME = INT NEWLINE EOF");
}

TEST(LexerLayout, Utf8BomIsSkipped) {
    LexResult r = lex("\xEF\xBB\xBFx = 1\n");
    EXPECT_EQ(kinds_of(r.tokens), "NAME = INT NEWLINE EOF");
    expect_pos(r.tokens[0], 1, 0, 1, 1);
}

TEST(LexerLayout, Utf8CodingCookieIsAccepted) {
    EXPECT_EQ(kinds("# -*- coding: utf-8 -*-\nx = 1\n"), "NAME = INT NEWLINE EOF");
}

TEST(LexerLayout, Latin1CodingCookieTranscodes) {
    EXPECT_EQ(str_value("# coding: latin-1\n'\xE9'\n"), "\xC3\xA9");
}

TEST(LexerLayout, SemicolonSeparatedStatements) {
    EXPECT_EQ(kinds("a; b\n"), "NAME ; NAME NEWLINE EOF");
}

// ---------------------------------------------------------------------------
// Layout errors

TEST(LexerLayoutErrors, UnexpectedIndent) {
    expect_error("x = 1\n    y = 2\n", "IndentationError", "unexpected indent", 2, 3);
}

TEST(LexerLayoutErrors, UnexpectedIndentOnFirstLine) {
    expect_error("  x = 1\n", "IndentationError", "unexpected indent", 1, 1);
}

TEST(LexerLayoutErrors, UnexpectedIndentAfterBackslashLine) {
    expect_error("x = 1\n    \\\n  y = 2\n", "IndentationError", "unexpected indent", 3, 1);
}

TEST(LexerLayoutErrors, UnindentDoesNotMatch) {
    expect_error("if x:\n    a\n  bcd = 1\n", "IndentationError",
                 "unindent does not match any outer indentation level", 3, 9);
}

TEST(LexerLayoutErrors, UnindentDoesNotMatchWithoutFinalNewline) {
    expect_error("if x:\n    a\n  b", "IndentationError", "unindent does not match any outer indentation level", 3,
                 3);
}

TEST(LexerLayoutErrors, TabErrorTabThenSpaces) {
    expect_error("if x:\n\ta\n        b\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 0);
}

TEST(LexerLayoutErrors, TabErrorSpacesThenTab) {
    expect_error("if 1:\n        x\n\ty\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 0);
}

TEST(LexerLayoutErrors, TooManyIndentationLevels) {
    std::string deep;
    for (int i = 0; i < 100; ++i) deep += std::string(i, ' ') + "if 1:\n";
    deep += std::string(100, ' ') + "pass\n";
    expect_error(deep, "IndentationError", "too many levels of indentation", 101, 0);
}

TEST(LexerLayoutErrors, NinetyNineIndentationLevelsAreFine) {
    std::string deep;
    for (int i = 0; i < 99; ++i) deep += std::string(i, ' ') + "if 1:\n";
    deep += std::string(99, ' ') + "pass\n";
    EXPECT_TRUE(lex(deep).errors.empty());
}

TEST(LexerLayoutErrors, CharacterAfterLineContinuation) {
    expect_syntax_error("x = 1 \\ y\n", "unexpected character after line continuation character", 1, 7);
}

TEST(LexerLayoutErrors, CharacterAfterLineContinuationOnLaterLine) {
    expect_syntax_error("x = 1\ny = 2 \\ z\n", "unexpected character after line continuation character", 2, 7);
}

TEST(LexerLayoutErrors, BackslashAtEndOfFile) {
    LexError e = error_of("x = 1 \\");
    EXPECT_EQ(e.message, "unexpected EOF while parsing");
    EXPECT_EQ(e.pos.line, 1);
    EXPECT_EQ(e.pos.col, 7);
    EXPECT_TRUE(e.incomplete_input);
}

TEST(LexerLayoutErrors, BackslashNewlineAtEndOfFile) {
    expect_syntax_error("if x:\n  y\n\n  \\\n", "unexpected EOF while parsing", 4, 3);
}

TEST(LexerLayoutErrors, ErrorKeepsTokensLexedBefore) {
    LexResult r = lex("x = 1\ny = )\n");
    EXPECT_EQ(kinds_of(r.tokens), "NAME = INT NEWLINE NAME =");
    ASSERT_EQ(r.errors.size(), 1u);
}

// ---------------------------------------------------------------------------
// Brackets

TEST(LexerBrackets, NeverClosed) {
    LexError e = error_of("x = (1,\n");
    EXPECT_EQ(e.message, "'(' was never closed");
    EXPECT_EQ(e.pos.line, 1);
    EXPECT_EQ(e.pos.col, 4);
    EXPECT_TRUE(e.incomplete_input);
}

TEST(LexerBrackets, NeverClosedReportsInnermost) {
    expect_syntax_error("x = [1,\n(2,\n", "'(' was never closed", 2, 0);
}

TEST(LexerBrackets, NeverClosedWithoutNewline) { expect_syntax_error("x = {1:", "'{' was never closed", 1, 4); }

TEST(LexerBrackets, Unmatched) {
    expect_syntax_error("x = 1)\n", "unmatched ')'", 1, 5);
    expect_syntax_error("x = 1}\n", "unmatched '}'", 1, 5);
    expect_syntax_error("]\n", "unmatched ']'", 1, 0);
}

TEST(LexerBrackets, MismatchOnSameLine) {
    expect_syntax_error("x = (1]\n", "closing parenthesis ']' does not match opening parenthesis '('", 1, 6);
}

TEST(LexerBrackets, MismatchOnOtherLine) {
    expect_syntax_error("x = (1,\n2]\n", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2,
                        1);
}

TEST(LexerBrackets, TooManyNested) {
    expect_syntax_error("x = " + std::string(201, '(') + std::string(201, ')') + "\n", "too many nested parentheses", 1,
                        204);
    EXPECT_TRUE(lex("x = " + std::string(200, '(') + std::string(200, ')') + "\n").errors.empty());
}

// ---------------------------------------------------------------------------
// Names and keywords

TEST(LexerNames, KeywordsAndNames) {
    EXPECT_EQ(kinds("if iffy else async await None True False\n"),
              "if NAME else async await None True False NEWLINE EOF");
}

TEST(LexerNames, EveryKeyword) {
    const char* keywords[] = {"False", "None",   "True",    "and",      "as",       "assert", "async",
                              "await", "break",  "class",   "continue", "def",      "del",    "elif",
                              "else",  "except", "finally", "for",      "from",     "global", "if",
                              "import", "in",    "is",      "lambda",   "nonlocal", "not",    "or",
                              "pass",  "raise",  "return",  "try",      "while",    "with",   "yield"};
    for (const char* kw : keywords) {
        Token t = only_token(std::string(kw) + "\n");
        EXPECT_STREQ(token_kind_name(t.kind), kw);
    }
}

TEST(LexerNames, SoftKeywordsAreNames) { EXPECT_EQ(kinds("match case _ type\n"), "NAME NAME NAME NAME NEWLINE EOF"); }

TEST(LexerNames, NameText) {
    Token t = only_token("_private_1\n");
    EXPECT_EQ(t.kind, TokenKind::Name);
    EXPECT_EQ(t.text, "_private_1");
}

TEST(LexerNames, NonAsciiIdentifiers) {
    LexResult r = lex("\xC3\xA9t\xC3\xA9 = \xCE\xBB + \xD0\xBF\xD0\xB5\xD1\x80 + \xE5\x8F\x98\xE9\x87\x8F\n");
    EXPECT_EQ(kinds_of(r.tokens), "NAME = NAME + NAME + NAME NEWLINE EOF");
    EXPECT_EQ(r.tokens[0].text, "\xC3\xA9t\xC3\xA9");
    expect_pos(r.tokens[0], 1, 0, 1, 5); // byte columns
    EXPECT_EQ(r.tokens[6].text, "\xE5\x8F\x98\xE9\x87\x8F");
}

TEST(LexerNames, InvalidCharacter) {
    expect_syntax_error("x = \xE2\x82\xAC\n", "invalid character '\xE2\x82\xAC' (U+20AC)", 1, 4);
}

TEST(LexerNames, InvalidCharacterInsideName) {
    expect_syntax_error("x = a\xE2\x82\xAC" "b\n", "invalid character '\xE2\x82\xAC' (U+20AC)", 1, 5);
}

TEST(LexerNames, InvalidCharacterAfterNumber) {
    expect_syntax_error("x = 1\xE2\x82\xAC\n", "invalid character '\xE2\x82\xAC' (U+20AC)", 1, 5);
}

TEST(LexerNames, NonPrintableNonAscii) {
    expect_syntax_error("x = \xC2\xA0\n", "invalid non-printable character U+00A0", 1, 4);
}

TEST(LexerNames, NonPrintableAscii) {
    expect_syntax_error("a = \x01\n", "invalid non-printable character U+0001", 1, 4);
    expect_syntax_error("a = \x0B\n", "invalid non-printable character U+000B", 1, 4);
}

TEST(LexerNames, StrayAsciiCharacterIsInvalidSyntax) {
    LexError e = error_of("a = $\n");
    EXPECT_EQ(e.message, "invalid syntax");
    EXPECT_EQ(e.pos.col, 4);
    EXPECT_EQ(e.end_col, 5);
    expect_syntax_error("a = ?\n", "invalid syntax", 1, 4);
    expect_syntax_error("a = !b\n", "invalid syntax", 1, 4);
}

// ---------------------------------------------------------------------------
// Operators

TEST(LexerOperators, EveryOperatorAndDelimiter) {
    LexResult r = lex("( ) [ ] { } : , ; . ... -> + - * ** / // % @ << >> & | ^ ~ := < > == != <= >= = "
                      "+= -= *= /= //= %= @= &= |= ^= <<= >>= **=\n");
    ASSERT_TRUE(r.errors.empty());
    EXPECT_EQ(kinds_of(r.tokens), "( ) [ ] { } : , ; . ... -> + - * ** / // % @ << >> & | ^ ~ := < > == != <= >= "
                                  "= += -= *= /= //= %= @= &= |= ^= <<= >>= **= NEWLINE EOF");
}

TEST(LexerOperators, LongestMatchWithoutSpaces) {
    EXPECT_EQ(kinds("a**=b//c->d...e:=f\n"), "NAME **= NAME // NAME -> NAME ... NAME := NAME NEWLINE EOF");
}

TEST(LexerOperators, TwoDotsAreTwoTokens) { EXPECT_EQ(kinds("..\n"), ". . NEWLINE EOF"); }

TEST(LexerOperators, OperatorPositions) {
    LexResult r = lex("a //= b\n");
    expect_pos(r.tokens[1], 1, 2, 1, 5);
    EXPECT_EQ(r.tokens[1].text, "//=");
}

TEST(LexerOperators, TokenKindNames) {
    EXPECT_STREQ(token_kind_name(TokenKind::EndOfFile), "end of file");
    EXPECT_STREQ(token_kind_name(TokenKind::DoubleStarEqual), "**=");
    EXPECT_STREQ(token_kind_name(TokenKind::Walrus), ":=");
    EXPECT_STREQ(token_kind_name(TokenKind::Lambda), "lambda");
}

// ---------------------------------------------------------------------------
// Numbers

TEST(LexerNumbers, DecimalInteger) {
    Token t = only_token("12345\n");
    EXPECT_EQ(t.kind, TokenKind::Integer);
    EXPECT_EQ(t.text, "12345");
    EXPECT_EQ(t.int_base, 10);
    expect_pos(t, 1, 0, 1, 5);
}

TEST(LexerNumbers, UnderscoresAreDropped) { EXPECT_EQ(only_token("1_000_000\n").text, "1000000"); }

TEST(LexerNumbers, Zeros) {
    EXPECT_EQ(only_token("0\n").text, "0");
    EXPECT_EQ(only_token("00\n").text, "00");
    EXPECT_EQ(only_token("0_0\n").text, "00");
}

TEST(LexerNumbers, Hexadecimal) {
    Token t = only_token("0x_1F\n");
    EXPECT_EQ(t.text, "1F");
    EXPECT_EQ(t.int_base, 16);
    EXPECT_EQ(only_token("0XdeadBEEF\n").text, "deadBEEF");
}

TEST(LexerNumbers, Octal) {
    Token t = only_token("0o1_7\n");
    EXPECT_EQ(t.text, "17");
    EXPECT_EQ(t.int_base, 8);
    EXPECT_EQ(only_token("0O7\n").int_base, 8);
}

TEST(LexerNumbers, Binary) {
    Token t = only_token("0b1010\n");
    EXPECT_EQ(t.text, "1010");
    EXPECT_EQ(t.int_base, 2);
    EXPECT_EQ(only_token("0B_1\n").text, "1");
}

TEST(LexerNumbers, HugeIntegerKeepsAllDigits) {
    EXPECT_EQ(only_token("123456789012345678901234567890\n").text, "123456789012345678901234567890");
}

TEST(LexerNumbers, Floats) {
    struct Case {
        const char* src;
        double value;
    } cases[] = {{"1.", 1.0},        {".5", 0.5},       {"1e10", 1e10},      {"1_000.5e-3", 1.0005},
                 {"1E+5", 1e5},      {"3.14", 3.14},    {"07.5", 7.5},       {"00_7.5", 7.5},
                 {"5e1_0", 5e10},    {"0e0", 0.0},      {"1.5_5", 1.55},     {"0.", 0.0}};
    for (const Case& c : cases) {
        Token t = only_token(std::string(c.src) + "\n");
        EXPECT_EQ(t.kind, TokenKind::Float) << c.src;
        EXPECT_DOUBLE_EQ(t.float_value, c.value) << c.src;
        EXPECT_EQ(t.text, c.src);
    }
}

TEST(LexerNumbers, Imaginary) {
    struct Case {
        const char* src;
        double value;
    } cases[] = {{"1j", 1.0}, {"1.5J", 1.5}, {"1_000j", 1000.0}, {"5.j", 5.0}, {"1e3j", 1000.0}, {"09j", 9.0},
                 {".5j", 0.5}};
    for (const Case& c : cases) {
        Token t = only_token(std::string(c.src) + "\n");
        EXPECT_EQ(t.kind, TokenKind::Imaginary) << c.src;
        EXPECT_DOUBLE_EQ(t.float_value, c.value) << c.src;
    }
}

TEST(LexerNumbers, AttributeOfInteger) { EXPECT_EQ(kinds("1 .real\n"), "INT . NAME NEWLINE EOF"); }

TEST(LexerNumbers, KeywordRightAfterNumberIsAllowed) {
    EXPECT_EQ(kinds("x = 1 if 1else 2\n"), "NAME = INT if INT else INT NEWLINE EOF");
    EXPECT_EQ(kinds("0xfor\n"), "INT or NEWLINE EOF");
    EXPECT_EQ(kinds("1or 2\n"), "INT or INT NEWLINE EOF");
    EXPECT_EQ(kinds("1.else\n"), "FLOAT else NEWLINE EOF");
}

TEST(LexerNumbers, DoubleUnderscore) { expect_syntax_error("1__0\n", "invalid decimal literal", 1, 1); }
TEST(LexerNumbers, TrailingUnderscore) { expect_syntax_error("1_\n", "invalid decimal literal", 1, 1); }
TEST(LexerNumbers, DoubleUnderscoreBeforeFraction) {
    expect_syntax_error("x = 1__0.5\n", "invalid decimal literal", 1, 5);
}
TEST(LexerNumbers, UnderscoreAfterZero) { expect_syntax_error("x = 0__1\n", "invalid decimal literal", 1, 5); }
TEST(LexerNumbers, FractionTrailingUnderscore) { expect_syntax_error("x = 1.5_\n", "invalid decimal literal", 1, 7); }
TEST(LexerNumbers, LetterAfterDecimal) { expect_syntax_error("x = 1abc\n", "invalid decimal literal", 1, 4); }
TEST(LexerNumbers, EmptyExponent) {
    expect_syntax_error("x = 1e\n", "invalid decimal literal", 1, 4);
    expect_syntax_error("x = 0e\n", "invalid decimal literal", 1, 4);
}
TEST(LexerNumbers, SignWithoutExponentDigits) { expect_syntax_error("x = 1e+\n", "invalid decimal literal", 1, 6); }
TEST(LexerNumbers, LetterAfterImaginary) {
    expect_syntax_error("x = 1jx\n", "invalid imaginary literal", 1, 5);
    expect_syntax_error("x = 1.e5j_\n", "invalid imaginary literal", 1, 8);
}

TEST(LexerNumbers, LeadingZeros) {
    LexError e = error_of("012\n");
    EXPECT_EQ(e.message,
              "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
    EXPECT_EQ(e.pos.col, 0);
    EXPECT_EQ(e.end_col, 1);
    LexError e2 = error_of("x = 0_7\n");
    EXPECT_EQ(e2.pos.col, 4);
    EXPECT_EQ(e2.end_col, 6);
}

TEST(LexerNumbers, HexErrors) {
    expect_syntax_error("x = 0x\n", "invalid hexadecimal literal", 1, 5);
    expect_syntax_error("x = 0xg\n", "invalid hexadecimal literal", 1, 5);
    expect_syntax_error("x = 0x_\n", "invalid hexadecimal literal", 1, 6);
    expect_syntax_error("x = 0x1_\n", "invalid hexadecimal literal", 1, 7);
}

TEST(LexerNumbers, OctalErrors) {
    expect_syntax_error("x = 0o8\n", "invalid digit '8' in octal literal", 1, 6);
    expect_syntax_error("x = 0o18\n", "invalid digit '8' in octal literal", 1, 7);
    expect_syntax_error("x = 0o\n", "invalid octal literal", 1, 5);
}

TEST(LexerNumbers, BinaryErrors) {
    expect_syntax_error("x = 0b2\n", "invalid digit '2' in binary literal", 1, 6);
    expect_syntax_error("x = 0b12\n", "invalid digit '2' in binary literal", 1, 7);
    expect_syntax_error("x = 0b\n", "invalid binary literal", 1, 5);
    expect_syntax_error("x = 0ba\n", "invalid binary literal", 1, 5);
}

// ---------------------------------------------------------------------------
// Strings and bytes

TEST(LexerStrings, SingleAndDoubleQuotes) {
    Token t = only_token("'abc'\n");
    EXPECT_EQ(t.kind, TokenKind::String);
    EXPECT_EQ(t.str_value, "abc");
    EXPECT_EQ(t.text, "'abc'");
    expect_pos(t, 1, 0, 1, 5);
    EXPECT_EQ(str_value("\"a'b\"\n"), "a'b");
    EXPECT_EQ(str_value("''\n"), "");
}

TEST(LexerStrings, TripleQuotedSpansLines) {
    LexResult r = lex("x = '''a\nb\"\"\"\n'c'''\n");
    EXPECT_EQ(kinds_of(r.tokens), "NAME = STR NEWLINE EOF");
    EXPECT_EQ(r.tokens[2].str_value, "a\nb\"\"\"\n'c");
    expect_pos(r.tokens[2], 1, 4, 3, 5);
    expect_pos(r.tokens[3], 3, 5, 3, 6);
}

TEST(LexerStrings, EmptyTripleQuoted) { EXPECT_EQ(str_value("\"\"\"\"\"\"\n"), ""); }

TEST(LexerStrings, Prefixes) {
    for (const char* p : {"r", "R", "u", "U"}) {
        Token t = only_token(std::string(p) + "'x'\n");
        EXPECT_EQ(t.kind, TokenKind::String) << p;
    }
    for (const char* p : {"b", "B", "br", "Br", "bR", "BR", "rb", "rB", "Rb", "RB"}) {
        EXPECT_EQ(only_token(std::string(p) + "'x'\n").kind, TokenKind::Bytes) << p;
    }
    for (const char* p : {"f", "F", "fr", "Fr", "fR", "FR", "rf", "rF", "Rf", "RF"}) {
        EXPECT_EQ(only_token(std::string(p) + "'x'\n").kind, TokenKind::FString) << p;
    }
}

TEST(LexerStrings, InvalidPrefixIsAName) {
    EXPECT_EQ(kinds("ur'x'\n"), "NAME STR NEWLINE EOF");
    EXPECT_EQ(kinds("bu'x'\n"), "NAME STR NEWLINE EOF");
}

TEST(LexerStrings, AdjacentLiteralsStaySeparate) { EXPECT_EQ(kinds("'a' \"b\" f'c'\n"), "STR STR FSTR NEWLINE EOF"); }

TEST(LexerStrings, SimpleEscapes) {
    EXPECT_EQ(str_value(R"('\n\t\\\'\"\a\b\f\v\r')" "\n"), "\n\t\\'\"\a\b\f\v\r");
}

TEST(LexerStrings, OctalEscapes) {
    EXPECT_EQ(str_value(R"('\0')" "\n"), std::string(1, '\0'));
    EXPECT_EQ(str_value(R"('\101\60')" "\n"), "A0");
    EXPECT_EQ(str_value(R"('\1234')" "\n"), "S4");
    EXPECT_EQ(str_value(R"('\777')" "\n"), "\xC7\xBF"); // U+01FF
}

TEST(LexerStrings, HexAndUnicodeEscapes) {
    EXPECT_EQ(str_value(R"('\x41\xe9')" "\n"), "A\xC3\xA9");
    EXPECT_EQ(str_value(R"('\u20ac')" "\n"), "\xE2\x82\xAC");
    EXPECT_EQ(str_value(R"('\U0001F600')" "\n"), "\xF0\x9F\x98\x80");
}

TEST(LexerStrings, NamedEscapes) {
    EXPECT_EQ(str_value(R"('\N{BULLET}')" "\n"), "\xE2\x80\xA2");
    EXPECT_EQ(str_value(R"('\N{latin small letter e with acute}')" "\n"), "\xC3\xA9");
    EXPECT_EQ(str_value(R"('\N{GREEK SMALL LETTER ALPHA}')" "\n"), "\xCE\xB1");
}

TEST(LexerStrings, InvalidEscapesAreKept) {
    EXPECT_EQ(str_value(R"('\d\w\ ')" "\n"), R"(\d\w\ )");
    EXPECT_EQ(str_value("'\\\xC3\xA9'\n"), "\\\xC3\xA9");
}

TEST(LexerStrings, BackslashNewlineInsideString) {
    EXPECT_EQ(str_value("'ab\\\ncd'\n"), "abcd");
    EXPECT_EQ(str_value("'''ab\\\ncd'''\n"), "abcd");
}

TEST(LexerStrings, RawStringsKeepBackslashes) {
    EXPECT_EQ(str_value(R"(r'\n\x41\'')" "\n"), R"(\n\x41\')");
    EXPECT_EQ(str_value("r'a\\\nb'\n"), "a\\\nb");
}

TEST(LexerStrings, NonAsciiText) { EXPECT_EQ(str_value("'\xC3\xA9\xE2\x82\xAC'\n"), "\xC3\xA9\xE2\x82\xAC"); }

TEST(LexerStrings, BytesValues) {
    Token t = only_token(R"(b'a\x00\xff\n\777')" "\n");
    EXPECT_EQ(t.kind, TokenKind::Bytes);
    EXPECT_EQ(t.str_value, std::string("a\0\xff\n\xff", 5));
}

TEST(LexerStrings, BytesKeepUnicodeEscapesVerbatim) {
    EXPECT_EQ(str_value(R"(b'\u0041\N{DASH}')" "\n"), R"(\u0041\N{DASH})");
}

TEST(LexerStrings, RawBytes) { EXPECT_EQ(str_value(R"(rb'\x41')" "\n"), R"(\x41)"); }

TEST(LexerStrings, BytesMustBeAscii) {
    LexError e = error_of("x = b'\xC3\xA9' + 1\n");
    EXPECT_EQ(e.message, "bytes can only contain ASCII literal characters");
    EXPECT_EQ(e.pos.col, 4);
    EXPECT_EQ(e.end_col, 9); // CPython: offset 5, end_offset 10
}

TEST(LexerStrings, Unterminated) {
    expect_syntax_error("x = 'abc\n", "unterminated string literal (detected at line 1)", 1, 4);
    expect_syntax_error("x = 'abc\\", "unterminated string literal (detected at line 1)", 1, 4);
    EXPECT_FALSE(error_of("x = 'abc\n").incomplete_input);
}

TEST(LexerStrings, UnterminatedAfterBackslashNewline) {
    expect_syntax_error("x = 'abc\\\ndef\n", "unterminated string literal (detected at line 2)", 1, 4);
}

TEST(LexerStrings, UnterminatedReportsPrefixPosition) {
    expect_syntax_error("x = rb'abc\n", "unterminated string literal (detected at line 1)", 1, 4);
}

TEST(LexerStrings, UnterminatedTripleQuoted) {
    LexError e = error_of("'''abc\n");
    EXPECT_EQ(e.message, "unterminated triple-quoted string literal (detected at line 1)");
    EXPECT_EQ(e.pos.line, 1);
    EXPECT_EQ(e.pos.col, 0);
    EXPECT_TRUE(e.incomplete_input);
}

TEST(LexerStrings, UnterminatedTripleQuotedDetectedAtLastLine) {
    expect_syntax_error("'''abc\n\n\n", "unterminated triple-quoted string literal (detected at line 3)", 1, 0);
    expect_syntax_error("x = 1\n'''abc\n\ndef\n  ", "unterminated triple-quoted string literal (detected at line 5)",
                        2, 0);
    expect_syntax_error("x = '''abc\\\n", "unterminated triple-quoted string literal (detected at line 1)", 1, 4);
}

// Escape errors are raised by CPython's parser once it has read the next
// token, and point at that token.
TEST(LexerStrings, TruncatedHexEscape) {
    expect_syntax_error("x = '\\x4' + 1\n",
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX "
                        "escape",
                        1, 10);
    expect_syntax_error("x = 'ab\\x4' + 1\n",
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX "
                        "escape",
                        1, 12);
}

TEST(LexerStrings, EscapeErrorPositionCountsNonAsciiAsTen) {
    expect_syntax_error("x = '\xC3\xA9\\x4' + 1\n",
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX "
                        "escape",
                        1, 12);
}

TEST(LexerStrings, TruncatedUnicodeEscapes) {
    expect_syntax_error("x = '\\u12' + 1\n",
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX "
                        "escape",
                        1, 11);
    expect_syntax_error("x = '\\U11111111' + 1\n",
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode "
                        "character",
                        1, 17);
}

TEST(LexerStrings, BadNamedEscapes) {
    expect_syntax_error("x = '\\N{foo}' + 1\n",
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode "
                        "character name",
                        1, 14);
    expect_syntax_error("x = '\\N{foo' + 1\n",
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: malformed \\N "
                        "character escape",
                        1, 13);
}

TEST(LexerStrings, BadBytesHexEscape) {
    expect_syntax_error("x = b'\\x4' + 1\n", "(value error) invalid \\x escape at position 0", 1, 11);
}

TEST(LexerStrings, EscapeErrorWaitsForTheLiteralRun) {
    // The error lands on the first token after all adjacent literals.
    expect_syntax_error("x = '\\x4' 'a'\n",
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX "
                        "escape",
                        1, 13);
}

// ---------------------------------------------------------------------------
// f-strings

TEST(LexerFStrings, PlainTextIsOneLiteral) {
    const auto& parts = parts_of("f'hello'\n");
    ASSERT_EQ(parts.size(), 1u);
    EXPECT_TRUE(parts[0].is_literal);
    EXPECT_EQ(parts[0].literal, "hello");
}

TEST(LexerFStrings, EmptyFString) { EXPECT_TRUE(parts_of("f''\n").empty()); }

TEST(LexerFStrings, LiteralAndField) {
    const auto& parts = parts_of("f'a{x}b'\n");
    ASSERT_EQ(parts.size(), 3u);
    EXPECT_EQ(parts[0].literal, "a");
    EXPECT_FALSE(parts[1].is_literal);
    EXPECT_EQ(parts[1].expr_source, "x");
    EXPECT_EQ(parts[1].conversion, 0);
    EXPECT_FALSE(parts[1].has_format_spec);
    EXPECT_EQ(parts[2].literal, "b");
}

TEST(LexerFStrings, ExpressionTokensHaveFilePositions) {
    const auto& parts = parts_of("f'a{x + 1}'\n");
    ASSERT_EQ(parts.size(), 2u);
    const FStringPart& field = parts[1];
    EXPECT_EQ(field.expr_pos.line, 1);
    EXPECT_EQ(field.expr_pos.col, 4);
    EXPECT_EQ(kinds_of(field.expr_tokens), "NAME + INT NEWLINE EOF");
    expect_pos(field.expr_tokens[0], 1, 4, 1, 5);
    expect_pos(field.expr_tokens[2], 1, 8, 1, 9);
}

TEST(LexerFStrings, MultiLineExpressionInTripleQuoted) {
    LexResult r = lex("x = f'''{\na +\n  b}'''\n");
    ASSERT_TRUE(r.errors.empty());
    const FStringPart& field = (*r.tokens[2].fstring)[0];
    EXPECT_EQ(kinds_of(field.expr_tokens), "NAME + NAME NEWLINE EOF");
    expect_pos(field.expr_tokens[0], 2, 0, 2, 1);
    expect_pos(field.expr_tokens[2], 3, 2, 3, 3);
}

TEST(LexerFStrings, DoubledBraces) {
    const auto& parts = parts_of("f'{{a}} {{{x}}}'\n");
    ASSERT_EQ(parts.size(), 3u);
    EXPECT_EQ(parts[0].literal, "{a} {");
    EXPECT_EQ(parts[1].expr_source, "x");
    EXPECT_EQ(parts[2].literal, "}");
}

TEST(LexerFStrings, Conversions) {
    for (char c : {'r', 's', 'a'}) {
        const auto& parts = parts_of(std::string("f'{x!") + c + "}'\n");
        ASSERT_EQ(parts.size(), 1u);
        EXPECT_EQ(parts[0].conversion, c);
    }
}

TEST(LexerFStrings, FormatSpec) {
    const auto& parts = parts_of("f'{x:>10}'\n");
    ASSERT_EQ(parts.size(), 1u);
    EXPECT_TRUE(parts[0].has_format_spec);
    ASSERT_EQ(parts[0].format_spec.size(), 1u);
    EXPECT_EQ(parts[0].format_spec[0].literal, ">10");
}

TEST(LexerFStrings, EmptyFormatSpec) {
    const auto& parts = parts_of("f'{x:}'\n");
    EXPECT_TRUE(parts[0].has_format_spec);
    EXPECT_TRUE(parts[0].format_spec.empty());
}

TEST(LexerFStrings, NestedFieldsInFormatSpec) {
    const auto& parts = parts_of("f'{x:{width}.{prec}}'\n");
    ASSERT_EQ(parts.size(), 1u);
    const auto& spec = parts[0].format_spec;
    ASSERT_EQ(spec.size(), 3u);
    EXPECT_EQ(spec[0].expr_source, "width");
    EXPECT_EQ(spec[1].literal, ".");
    EXPECT_EQ(spec[2].expr_source, "prec");
    EXPECT_EQ(spec[2].expr_pos.col, 14);
}

TEST(LexerFStrings, ConversionAndSpec) {
    const auto& parts = parts_of("f'{x!r:^{w}}'\n");
    EXPECT_EQ(parts[0].conversion, 'r');
    ASSERT_EQ(parts[0].format_spec.size(), 2u);
    EXPECT_EQ(parts[0].format_spec[0].literal, "^");
}

TEST(LexerFStrings, SelfDocumentingDefaultsToRepr) {
    const auto& parts = parts_of("f'a{x = }b'\n");
    ASSERT_EQ(parts.size(), 3u);
    EXPECT_EQ(parts[0].literal, "ax = "); // merged with the text before
    EXPECT_TRUE(parts[1].self_documenting);
    EXPECT_EQ(parts[1].conversion, 'r');
    EXPECT_EQ(parts[1].expr_source, "x ");
    EXPECT_EQ(parts[2].literal, "b");
}

TEST(LexerFStrings, SelfDocumentingWithConversion) {
    const auto& parts = parts_of("f'{x=!s:>3}'\n");
    EXPECT_EQ(parts[0].literal, "x=");
    EXPECT_EQ(parts[1].conversion, 's');
    EXPECT_TRUE(parts[1].has_format_spec);
}

TEST(LexerFStrings, SelfDocumentingWithSpecHasNoConversion) {
    const auto& parts = parts_of("f'{x=:>3}'\n");
    EXPECT_EQ(parts[0].literal, "x=");
    EXPECT_EQ(parts[1].conversion, 0);
}

TEST(LexerFStrings, ComparisonOperatorsAreNotFieldEnds) {
    const auto& parts = parts_of("f'{a!=b}{a==b}{a<=b}{a>=b}{a<b}'\n");
    ASSERT_EQ(parts.size(), 5u);
    EXPECT_EQ(parts[0].expr_source, "a!=b");
    EXPECT_EQ(kinds_of(parts[0].expr_tokens), "NAME != NAME NEWLINE EOF");
    EXPECT_EQ(parts[3].expr_source, "a>=b");
    EXPECT_EQ(parts[4].expr_source, "a<b");
}

TEST(LexerFStrings, BracketsAndStringsInsideExpression) {
    const auto& parts = parts_of("f\"{d['}']:{x}} {f(a, b)[0]!r}\"\n");
    ASSERT_EQ(parts.size(), 3u);
    EXPECT_EQ(parts[0].expr_source, "d['}']");
    EXPECT_EQ(kinds_of(parts[0].expr_tokens), "NAME [ STR ] NEWLINE EOF");
    EXPECT_EQ(parts[2].expr_source, "f(a, b)[0]");
}

TEST(LexerFStrings, WalrusNeedsParentheses) {
    // "{x:=5}" is x with format spec "=5", as in CPython.
    const auto& parts = parts_of("f'{x:=5}'\n");
    EXPECT_EQ(parts[0].expr_source, "x");
    EXPECT_EQ(parts[0].format_spec[0].literal, "=5");
}

TEST(LexerFStrings, NestedFString) {
    const auto& parts = parts_of("f\"{f'{x}'}\"\n");
    ASSERT_EQ(parts.size(), 1u);
    ASSERT_EQ(kinds_of(parts[0].expr_tokens), "FSTR NEWLINE EOF");
    EXPECT_EQ((*parts[0].expr_tokens[0].fstring)[0].expr_source, "x");
}

TEST(LexerFStrings, LiteralEscapesAreDecoded) {
    const auto& parts = parts_of("f'\\t\\N{BULLET}{x}\\x41'\n");
    EXPECT_EQ(parts[0].literal, "\t\xE2\x80\xA2");
    EXPECT_EQ(parts[2].literal, "A");
}

TEST(LexerFStrings, RawFStringKeepsBackslashes) {
    const auto& parts = parts_of("rf'\\t{x}'\n");
    EXPECT_EQ(parts[0].literal, "\\t");
}

TEST(LexerFStrings, BackslashBeforeBraceStaysLiteral) {
    const auto& parts = parts_of("f'\\{x}'\n");
    ASSERT_EQ(parts.size(), 2u);
    EXPECT_EQ(parts[0].literal, "\\");
    EXPECT_EQ(parts[1].expr_source, "x");
}

TEST(LexerFStrings, BracesInsideFormatSpecField) {
    // "{{a}}" inside a spec is a field holding the set display {a}.
    const auto& parts = parts_of("f'{x:{{a}}}'\n");
    ASSERT_EQ(parts[0].format_spec.size(), 1u);
    EXPECT_EQ(parts[0].format_spec[0].expr_source, "{a}");
}

// f-string errors point at the token after the literal run, like CPython.
TEST(LexerFStrings, EmptyExpression) {
    expect_syntax_error("x = f'{}'\n", "f-string: empty expression not allowed", 1, 9);
    expect_syntax_error("x = f'{}' + 1\n", "f-string: empty expression not allowed", 1, 10);
    expect_syntax_error("x = 'a' f'{}'\n", "f-string: empty expression not allowed", 1, 13);
    expect_syntax_error("x = (1 +\n f'{}')\n", "f-string: empty expression not allowed", 2, 6);
    expect_syntax_error("x = f'''\n{}'''\n", "f-string: empty expression not allowed", 2, 5);
}

TEST(LexerFStrings, SingleClosingBrace) {
    expect_syntax_error("x = f'}'\n", "f-string: single '}' is not allowed", 1, 8);
}

TEST(LexerFStrings, ExpectingClosingBrace) {
    expect_syntax_error("x = f'{a'\n", "f-string: expecting '}'", 1, 9);
    expect_syntax_error("x = f'{a:'\n", "f-string: expecting '}'", 1, 10);
    expect_syntax_error("x = f'{a!r'\n", "f-string: expecting '}'", 1, 11);
    expect_syntax_error("x = f'{{}'\n", "f-string: single '}' is not allowed", 1, 10);
}

TEST(LexerFStrings, InvalidConversion) {
    expect_syntax_error("x = f'{a!x}'\n", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 12);
    expect_syntax_error("x = f'{a!}'\n", "f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 11);
    expect_syntax_error("x = f'{a:{b!z}}'\n", "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                        1, 16);
}

TEST(LexerFStrings, BackslashInExpression) {
    expect_syntax_error("x = f'{a\\n}'\n", "f-string expression part cannot include a backslash", 1, 12);
}

TEST(LexerFStrings, HashInExpression) {
    expect_syntax_error("x = f'{a#}'\n", "f-string expression part cannot include '#'", 1, 11);
}

TEST(LexerFStrings, ExpressionRequiredBeforeConversion) {
    expect_syntax_error("x = f'{!r}'\n", "f-string: expression required before '!'", 1, 11);
}

TEST(LexerFStrings, UnmatchedAndMismatchedBrackets) {
    expect_syntax_error("x = f'{a)}'\n", "f-string: unmatched ')'", 1, 11);
    expect_syntax_error("x = f'{(a]}'\n", "f-string: closing parenthesis ']' does not match opening parenthesis '('",
                        1, 12);
    expect_syntax_error("x = f'{(}'\n", "f-string: closing parenthesis '}' does not match opening parenthesis '('", 1,
                        10);
}

TEST(LexerFStrings, UnterminatedStringInExpression) {
    expect_syntax_error("x = f'{\"a}'\n", "f-string: unterminated string", 1, 11);
}

TEST(LexerFStrings, NestedTooDeeply) {
    expect_syntax_error("x = f'{a:{b:{c}}}'\n", "f-string: expressions nested too deeply", 1, 18);
}

TEST(LexerFStrings, SameQuoteEndsTheString) {
    // 3.11: the inner ' closes the f-string, leaving "{" unterminated.
    expect_syntax_error("x = f'{'a'}'\n", "f-string: expecting '}'", 1, 8);
}

TEST(LexerFStrings, ErrorInsideExpressionTokens) {
    // CPython reports this one relative to "(1_)"; pyco keeps file positions.
    LexError e = error_of("x = f'{1_}'\n");
    EXPECT_EQ(e.message, "invalid decimal literal");
    EXPECT_EQ(e.pos.col, 8);
}

// ---------------------------------------------------------------------------
// Source decoding errors

TEST(LexerSource, NullBytes) {
    // No column (-1): CPython's file tokenizer shows the line up to the NUL, no caret.
    expect_syntax_error(std::string("x=1\ny=\0\n", 8), "source code cannot contain null bytes", 2, -1);
}

TEST(LexerSource, InvalidUtf8LikeCompile) {
    expect_syntax_error("x=1\n\xFF" "ab\n",
                        "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", 2, 2);
    expect_syntax_error("x = 1\ny = '\xC3\xA9' \xFF\n",
                        "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", 2, 9);
    // (CPython: offset 9 in characters = byte column 9 here, after the 2-byte e-acute.)
    // CPython decodes the identifier-like token around the bad byte.
    expect_syntax_error("x=1\nab\xC3(\n",
                        "(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 2: unexpected end of data", 2,
                        2);
}

TEST(LexerSource, InvalidUtf8LikeRunningAFile) {
    LexResult r = tokenize("x=1\n\xFF\n", "f.py");
    ASSERT_EQ(r.errors.size(), 1u);
    EXPECT_EQ(r.errors[0].message,
              "Non-UTF-8 code starting with '\\xff' in file f.py on line 2, but no encoding declared; see "
              "https://peps.python.org/pep-0263/ for details");
    EXPECT_EQ(r.errors[0].pos.line, 2);
}

TEST(LexerSource, UnknownEncoding) {
    expect_syntax_error("# -*- coding: foo -*-\nx = 1\n", "unknown encoding: foo", 1, 0);
    LexResult r = tokenize("# -*- coding: foo -*-\n", "f.py");
    EXPECT_EQ(r.errors[0].message, "encoding problem: foo");
}

TEST(LexerSource, BomWithOtherEncoding) {
    expect_syntax_error("\xEF\xBB\xBF# coding: latin-1\nx=1\n", "encoding problem: iso-8859-1 with BOM", 1, 0);
}

// ---------------------------------------------------------------------------
// Which error wins (LexError::rank): after a parser-level error CPython
// tokenizes the rest of the file, and most tokenizer errors replace it.

TEST(LexerErrorRank, TokenizerErrorsWinOverEarlierParserLevelErrors) {
    expect_syntax_error("x = f'{}'\ny = 0x\n", "invalid hexadecimal literal", 2, 5);
    expect_syntax_error("x = $\ny = 0x\n", "invalid hexadecimal literal", 2, 5);
    EXPECT_EQ(error_of("x = $\ny = 0x\n").rank, LexError::Rank::Tokenizer);
}

TEST(LexerErrorRank, ParserLevelErrorStopsTheTokenStream) {
    LexResult r = lex("x = f'{}'\ny = 1\n");
    EXPECT_EQ(kinds_of(r.tokens), "NAME = FSTR");
    EXPECT_EQ(r.errors[0].rank, LexError::Rank::AtPosition);
}

TEST(LexerErrorRank, PositionalTokenizerErrorsDoNotReplace) {
    expect_syntax_error("x = f'{}'\n  \\ y\n", "f-string: empty expression not allowed", 1, 9);
    expect_syntax_error("x = '\\x4'\nif 1:\n\tx\n        y\n",
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX "
                        "escape",
                        1, 9);
}

TEST(LexerErrorRank, UnexpectedIndentIsNotReplaced) {
    expect_error("  x\ny = 0x\n", "IndentationError", "unexpected indent", 1, 1);
}

TEST(LexerErrorRank, UnclosedBracketFromEarlierLineWins) {
    LexError e = error_of("foo(\nx = $\n");
    EXPECT_EQ(e.message, "'(' was never closed");
    EXPECT_EQ(e.rank, LexError::Rank::UnclosedBracket);
    expect_syntax_error("x = f'{}' + (\n", "f-string: empty expression not allowed", 1, 10);
}

TEST(LexerErrorRank, IndentationErrorsArePositional) {
    EXPECT_EQ(error_of("if x:\n\ta\n        b\n").rank, LexError::Rank::AtPosition);
    EXPECT_EQ(error_of("if x:\n    a\n  b\n").rank, LexError::Rank::AtPosition);
    EXPECT_EQ(error_of("x = 1 \\ y\n").rank, LexError::Rank::AtPosition);
}
