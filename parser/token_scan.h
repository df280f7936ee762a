// Token-level scanning used to phrase syntax errors the way CPython's
// invalid_* rules do (they look at expressions that the LALR parser never
// got to build: the operands around a missing comma, the right-hand side
// after a bad assignment target, ...).
#pragma once

#include <cstddef>
#include <vector>

#include "lexer/token.h"

namespace pyco::parse::scan {

constexpr size_t npos = static_cast<size_t>(-1);

enum class Level {
    BitwiseOr,   // operands joined by | ^ & << >> + - * / // % @ **
    Disjunction, // plus comparisons, not, and, or
    Expression,  // plus `a if b else c` and lambda
};

bool is_open_bracket(TokenKind kind);
bool is_close_bracket(TokenKind kind);
// Can this token start an expression (an atom or a prefix operator)?
bool starts_expression(TokenKind kind);
// Can this token end an operand (an atom or a closing bracket)?
bool ends_operand(TokenKind kind);

size_t matching_close(const std::vector<Token>& tokens, size_t open);
size_t matching_open(const std::vector<Token>& tokens, size_t close);

// Index just past the expression of `level` starting at `first`, or npos.
size_t skip_expression(const std::vector<Token>& tokens, size_t first, Level level);
// First token of the longest expression of `level` ending at `last`.
size_t expression_start(const std::vector<Token>& tokens, size_t last, Level level);
// Bracket nesting depth just before token `index`.
int depth_at(const std::vector<Token>& tokens, size_t index);

} // namespace pyco::parse::scan
