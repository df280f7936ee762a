// parse_module: lexer -> Bison parser -> ast::Module, or a CPython-style
// SyntaxError. Also the nested parse of f-string replacement fields.
#include "parser/parser.h"

#include "parser/builder.h"
#include "parser/driver.h"
#include "parser/errors.h"

namespace pyco {

namespace parse {

namespace {

// Makes `tokens` the current token vector for the builder helpers for the
// lifetime of the guard (nested f-string parses restore the outer one).
class CurrentTokens {
public:
    explicit CurrentTokens(const std::vector<Token>& tokens) : saved_(&current_tokens()) {
        set_current_tokens(&tokens);
    }
    ~CurrentTokens() { set_current_tokens(saved_); }
    CurrentTokens(const CurrentTokens&) = delete;
    CurrentTokens& operator=(const CurrentTokens&) = delete;

private:
    const std::vector<Token>* saved_;
};

bool before(const SyntaxErrorInfo& a, const SyntaxErrorInfo& b) {
    return a.lineno < b.lineno || (a.lineno == b.lineno && a.col_offset < b.col_offset);
}

// CPython reads tokens lazily: a lexer error wins unless the parser raised a
// specific (non-generic) error before reaching it. A generic "invalid
// syntax" makes CPython tokenize the rest of the file, so any lexer error
// replaces it.
SyntaxErrorInfo pick_error(const SyntaxErrorInfo& parse_error, const LexError& lex_error) {
    SyntaxErrorInfo lex = from_lex_error(lex_error);
    bool generic = parse_error.message == "invalid syntax";
    if (!generic && before(parse_error, lex)) return parse_error;
    return lex;
}

} // namespace

ExprPtr parse_fstring_expression(const FStringPart& part) {
    // Parse "(" + expression + ")" like CPython 3.11 does.
    std::vector<Token> tokens;
    Token open;
    open.kind = TokenKind::LParen;
    open.span = {part.expr_pos, part.expr_pos};
    tokens.push_back(open);
    SourcePos end = part.expr_pos;
    for (const Token& t : part.expr_tokens) {
        if (t.kind == TokenKind::Newline || t.kind == TokenKind::EndOfFile) continue;
        tokens.push_back(t);
        end = t.span.end;
    }
    Token close;
    close.kind = TokenKind::RParen;
    close.span = {end, end};
    tokens.push_back(close);
    Token eof;
    eof.kind = TokenKind::EndOfFile;
    eof.span = {end, end};
    tokens.push_back(eof);

    CurrentTokens guard(tokens);
    Driver driver(tokens, StartSymbol::FStringField);
    try {
        if (driver.run()) return driver.take_expression();
    } catch (ParseError& error) {
        error.info.message = "f-string: " + error.info.message;
        throw;
    }
    SyntaxErrorInfo info = describe_syntax_error(tokens, driver.failure(), part.expr_source);
    info.message = "f-string: " + info.message;
    info.incomplete_input = false;
    throw ParseError{info};
}

} // namespace parse

ParseResult parse_module(const std::string& source) {
    using namespace parse;
    ParseResult result;
    LexResult lexed = tokenize(source);
    if (lexed.tokens.empty() || lexed.tokens.back().kind != TokenKind::EndOfFile) {
        Token eof;
        eof.kind = TokenKind::EndOfFile;
        if (!lexed.tokens.empty()) eof.span = {lexed.tokens.back().span.end, lexed.tokens.back().span.end};
        lexed.tokens.push_back(eof);
    }

    std::optional<SyntaxErrorInfo> error;
    CurrentTokens guard(lexed.tokens);
    Driver driver(lexed.tokens, StartSymbol::Module);
    try {
        if (!driver.run()) error = describe_syntax_error(lexed.tokens, driver.failure(), source);
    } catch (const ParseError& e) {
        error = e.info;
    }

    if (!lexed.errors.empty()) {
        result.error = error ? pick_error(*error, lexed.errors.front()) : from_lex_error(lexed.errors.front());
        return result;
    }
    if (error) {
        result.error = std::move(error);
        return result;
    }
    result.module = std::make_unique<ast::Module>();
    result.module->body = driver.take_module();
    return result;
}

} // namespace pyco
