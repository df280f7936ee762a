#include "parser/driver.h"

#include <algorithm>

namespace pyco::parse {

using P = grammar::Parser;

bool SyntaxFailure::expects(P::symbol_kind_type kind) const {
    return std::find(expected.begin(), expected.end(), kind) != expected.end();
}

Driver::Driver(const std::vector<Token>& tokens, StartSymbol start)
    : tokens_(tokens), start_(start) {}

bool Driver::run() {
    P parser(*this);
    return parser.parse() == 0;
}

namespace {

// Token kinds map 1:1 onto the grammar's terminals; every terminal carries
// a pointer to its Token except the end marker.
template <P::token::token_kind_type K>
P::symbol_type make_symbol(const Token& token) {
    if constexpr (K == P::token::TOK_EndOfFile)
        return P::symbol_type(K, token.span);
    else
        return P::symbol_type(K, &token, token.span);
}

} // namespace

P::symbol_type Driver::next_symbol() {
    if (!started_) {
        started_ = true;
        SourceSpan at = tokens_.empty() ? SourceSpan{} : SourceSpan{tokens_[0].span.begin, tokens_[0].span.begin};
        return start_ == StartSymbol::Module ? P::make_START_MODULE(at) : P::make_START_FSTRING(at);
    }
    if (next_ >= tokens_.size()) {
        SourceSpan at = tokens_.empty() ? SourceSpan{} : tokens_.back().span;
        return P::make_EndOfFile(at);
    }
    const Token& token = tokens_[next_++];
    switch (token.kind) {
#define PYCO_TOKEN_CASE(name, spelling) \
    case TokenKind::name:               \
        return make_symbol<P::token::TOK_##name>(token);
        PYCO_TOKEN_KINDS(PYCO_TOKEN_CASE)
#undef PYCO_TOKEN_CASE
    }
    return P::make_EndOfFile(token.span);
}

const Token* Driver::token_after(const Token* token) const {
    size_t index = static_cast<size_t>(token - tokens_.data()) + 1;
    return index < tokens_.size() ? &tokens_[index] : &tokens_.back();
}

void Driver::raise_at_token_after(const Token* token, const std::string& message) const {
    const Token* next = token_after(token);
    SourceSpan span = next->span;
    if (next->kind == TokenKind::Newline) span.end = span.begin; // CPython's NEWLINE is empty
    raise_error(span, message);
}

void Driver::raise_at_tokens(const Token* first, const Token* last, const std::string& message) const {
    raise_error(SourceSpan{first->span.begin, (last ? last : first)->span.end}, message);
}

void Driver::record_syntax_error(P::symbol_kind_type lookahead, std::vector<P::symbol_kind_type> expected) {
    failure_.token_index = next_ == 0 ? 0 : next_ - 1;
    failure_.lookahead = lookahead;
    failure_.expected = std::move(expected);
}

} // namespace pyco::parse
