// The bridge between the lexer's Token vector and the Bison parser: feeds
// tokens (with a hidden start token selecting the entry point), collects
// the result, and records where a syntax error was detected so errors.cpp
// can phrase it like CPython.
#pragma once

#include <string>
#include <vector>

#include "grammar.hpp"
#include "lexer/token.h"
#include "parser/ast.h"
#include "parser/builder.h"

namespace pyco::parse {

enum class StartSymbol { Module, FStringField };

// Where the LALR parser gave up: the lookahead token and the terminals the
// parser state would have accepted instead.
struct SyntaxFailure {
    size_t token_index = 0;
    grammar::Parser::symbol_kind_type lookahead{};
    std::vector<grammar::Parser::symbol_kind_type> expected;
    bool expects(grammar::Parser::symbol_kind_type kind) const;
};

class Driver {
public:
    // `tokens` must outlive the driver and end with EndOfFile.
    Driver(const std::vector<Token>& tokens, StartSymbol start);

    // Runs the parser. Returns false on a plain syntax error (see failure());
    // errors raised by grammar actions propagate as ParseError.
    bool run();

    const std::vector<Token>& tokens() const { return tokens_; }
    const SyntaxFailure& failure() const { return failure_; }
    // Index of the last token handed to the parser.
    size_t lookahead_index() const { return next_ == 0 ? 0 : next_ - 1; }
    StmtList take_module() { return std::move(module_); }
    ExprPtr take_expression() { return std::move(expression_); }

    // --- used by the grammar
    grammar::Parser::symbol_type next_symbol();
    void set_module(StmtList body) { module_ = std::move(body); }
    void set_expression(ExprPtr expr) { expression_ = std::move(expr); }
    const Token* token_after(const Token* token) const;
    // Raise `message` at the token following `token` (CPython reports
    // several errors at the last token it has read).
    [[noreturn]] void raise_at_token_after(const Token* token, const std::string& message) const;
    // Raise `message` over the tokens from `first` to `last` (null: `first` alone).
    [[noreturn]] void raise_at_tokens(const Token* first, const Token* last, const std::string& message) const;
    void record_syntax_error(grammar::Parser::symbol_kind_type lookahead,
                             std::vector<grammar::Parser::symbol_kind_type> expected);

private:
    const std::vector<Token>& tokens_;
    StartSymbol start_;
    bool started_ = false;
    size_t next_ = 0; // index of the next token to hand out
    SyntaxFailure failure_;
    StmtList module_;
    ExprPtr expression_;
};

} // namespace pyco::parse
