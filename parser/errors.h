// Phrasing syntax errors like CPython 3.11.
#pragma once

#include <string>
#include <vector>

#include "lexer/token.h"
#include "parser/driver.h"
#include "parser/parser.h"

namespace pyco::parse {

// Turn the point where the LALR parser failed into CPython's message and
// position (its generic "invalid syntax" plus the invalid_* rules that can
// only be recognized once parsing has failed). `source` locates the end of
// input for errors at EOF. `furthest_token`, if given, receives the index of
// the furthest token CPython's parser would have read (it decides whether a
// later "'(' was never closed" takes over).
SyntaxErrorInfo describe_syntax_error(const std::vector<Token>& tokens, const SyntaxFailure& failure,
                                      const std::string& source, size_t* furthest_token = nullptr);

// True when the failure happened at the end of the input (REPL continuation).
bool failed_at_eof(const std::vector<Token>& tokens, const SyntaxFailure& failure);

// A lexer error as a SyntaxErrorInfo (incomplete_input set for the errors
// that only mean "the input ended too early").
SyntaxErrorInfo from_lex_error(const LexError& error);

} // namespace pyco::parse
