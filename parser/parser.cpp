// parse_module: lexer -> Bison parser -> ast::Module, or a CPython-style
// SyntaxError. Also the nested parse of f-string replacement fields.
#include "parser/parser.h"

#include <limits>

#include "parser/ast_depth.h"
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

bool contains(const std::string& text, const char* part) {
    return text.find(part) != std::string::npos;
}

// CPython tokenizes lazily, and after any parser error it tokenizes the rest
// of the source (_PyPegen_tokenize_full_source_to_check_for_errors):
//   * tokenizer errors that raise (unterminated strings, bad literals,
//     unmatched brackets, ...) replace the parser's error;
//   * an unclosed bracket replaces it if the parser had read a token on a
//     later line than the bracket's;
//   * the others (indentation, stray characters) are only reported when the
//     parser gets that far.
// The input is only "incomplete" if the parser did not fail before its end.
SyntaxErrorInfo pick_error(const SyntaxErrorInfo& parse_error, int furthest_line, const LexError& lex_error) {
    SyntaxErrorInfo lex = from_lex_error(lex_error);
    // The lexer stops at its error, so a parser failure at the end of the
    // tokens is a consequence of it.
    if (parse_error.incomplete_input) return lex;
    lex.incomplete_input = false;
    if (contains(lex.message, "was never closed")) {
        // Incomplete only if the parser itself ran into the end (checked
        // above); reading to the end while phrasing an error is not.
        return furthest_line > lex.lineno ? lex : parse_error;
    }
    bool raising = lex.type == "SyntaxError" && lex.message != "invalid syntax" &&
                   !contains(lex.message, "unexpected EOF");
    if (raising) return lex;
    return before(parse_error, lex) ? parse_error : lex;
}

} // namespace

namespace {

// tokens -> "(" tokens ")" EndOfFile, the form CPython 3.11 compiles
// f-string expressions in. The parentheses sit at `open_at` / `close_at`
// (for an f-string field: where its '{' is and right after the expression
// text), which is where CPython locates a tuple's parentheses.
std::vector<Token> parenthesized(std::vector<Token> inner, SourcePos open_at, SourcePos close_at) {
    std::vector<Token> tokens;
    Token open;
    open.kind = TokenKind::LParen;
    open.span = {open_at, {open_at.line, open_at.col + 1}};
    tokens.push_back(open);
    for (Token& t : inner) {
        if (t.kind == TokenKind::Newline || t.kind == TokenKind::EndOfFile) continue;
        tokens.push_back(std::move(t));
    }
    SourcePos end = close_at;
    Token close;
    close.kind = TokenKind::RParen;
    close.span = {close_at, {close_at.line, close_at.col + 1}};
    tokens.push_back(close);
    Token eof;
    eof.kind = TokenKind::EndOfFile;
    eof.span = {end, end};
    tokens.push_back(eof);
    return tokens;
}

// CPython 3.11 reports f-string expression errors relative to the
// "(expr)" string it parses: columns on the expression's first line are
// shifted to start at 1.
void relocate_fstring_error(SyntaxErrorInfo& info, SourcePos expr_pos) {
    info.message = "f-string: " + info.message;
    info.incomplete_input = false;
    if (info.lineno == expr_pos.line && info.col_offset >= 0) info.col_offset += 1 - expr_pos.col;
    if (info.end_lineno == expr_pos.line && info.end_col_offset >= 0) info.end_col_offset += 1 - expr_pos.col;
}

// Where `text` ends when it starts at `begin`.
SourcePos advance(SourcePos begin, const std::string& text) {
    for (char c : text) {
        if (c == '\n') {
            ++begin.line;
            begin.col = 0;
        } else {
            ++begin.col;
        }
    }
    return begin;
}

} // namespace

ExprPtr parse_fstring_expression(const FStringPart& part) {
    SourcePos open_at{part.expr_pos.line, part.expr_pos.col - 1};
    std::vector<Token> tokens = parenthesized(part.expr_tokens, open_at, advance(part.expr_pos, part.expr_source));
    CurrentTokens guard(tokens);
    Driver driver(tokens, StartSymbol::FStringField);
    try {
        if (driver.run()) return driver.take_expression();
    } catch (ParseError& error) {
        relocate_fstring_error(error.info, part.expr_pos);
        throw;
    }
    SyntaxErrorInfo info = describe_syntax_error(tokens, driver.failure(), part.expr_source);
    relocate_fstring_error(info, part.expr_pos);
    throw ParseError{info};
}

ExprPtr parse_expression_tokens(const std::vector<Token>& source, size_t begin, size_t end) {
    if (begin >= end) return nullptr;
    std::vector<Token> inner(source.begin() + static_cast<long>(begin), source.begin() + static_cast<long>(end));
    std::vector<Token> tokens = parenthesized(std::move(inner), source[begin].span.begin, source[end - 1].span.end);
    CurrentTokens guard(tokens);
    Driver driver(tokens, StartSymbol::FStringField);
    try {
        if (driver.run()) return driver.take_expression();
    } catch (const ParseError&) {
    }
    return nullptr;
}

} // namespace parse

ParseResult parse_module(const std::string& source, const std::string& filename) {
    using namespace parse;
    ParseResult result;
    LexResult lexed = tokenize(source, filename);
    if (lexed.tokens.empty() || lexed.tokens.back().kind != TokenKind::EndOfFile) {
        Token eof;
        eof.kind = TokenKind::EndOfFile;
        if (!lexed.tokens.empty()) eof.span = {lexed.tokens.back().span.end, lexed.tokens.back().span.end};
        lexed.tokens.push_back(eof);
    }

    std::optional<SyntaxErrorInfo> error;
    size_t furthest = 0; // furthest token CPython would have read
    CurrentTokens guard(lexed.tokens);
    reset_depth_tracking();
    Driver driver(lexed.tokens, StartSymbol::Module);
    try {
        if (!driver.run()) error = describe_syntax_error(lexed.tokens, driver.failure(), source, &furthest);
    } catch (const ParseError& e) {
        error = e.info;
        // The parser's lookahead, or the token after the reported range.
        size_t after = token_index_at({e.info.end_lineno, std::max(e.info.end_col_offset, e.info.col_offset)});
        furthest = std::max(driver.lookahead_index(), after);
    }

    if (!lexed.errors.empty()) {
        if (!error) {
            result.error = from_lex_error(lexed.errors.front());
            return result;
        }
        // Reading up to the end of the tokens means reading the unclosed
        // bracket's end of file.
        bool at_end = true;
        for (size_t k = furthest; k < lexed.tokens.size() && at_end; ++k) {
            TokenKind kind = lexed.tokens[k].kind;
            at_end = kind == TokenKind::Newline || kind == TokenKind::Dedent || kind == TokenKind::EndOfFile;
        }
        furthest = std::min(furthest, lexed.tokens.size() - 1);
        int furthest_line = at_end ? std::numeric_limits<int>::max() : lexed.tokens[furthest].span.begin.line;
        result.error = pick_error(*error, furthest_line, lexed.errors.front());
        return result;
    }
    if (error) {
        result.error = std::move(error);
        return result;
    }
    result.module = std::make_unique<ast::Module>();
    result.module->body = driver.take_module();
    // CPython's compiler gives up on such trees too; ours must not even
    // recurse into them (dump, destructors, compiler).
    reset_depth_tracking();
    if (ast_depth(*result.module) > kMaxAstDepth) {
        destroy_iteratively(std::move(result.module->body));
        result.module.reset();
        SyntaxErrorInfo info;
        info.type = "RecursionError";
        info.message = "maximum recursion depth exceeded during compilation";
        info.lineno = 1;
        result.error = info;
    }
    return result;
}

} // namespace pyco
