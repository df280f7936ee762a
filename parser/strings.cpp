// Adjacent string literals and f-strings -> Constant / JoinedStr, following
// CPython 3.11's _PyPegen_concatenate_strings: adjacent literal pieces are
// merged, empty ones dropped; every piece is located at the whole literal,
// except inside format specs, whose JoinedStr and constant pieces are
// located at the f-string token that holds them (3.11's quirk).
#include <string>

#include "parser/builder.h"

namespace pyco::parse {

namespace {

// CPython records a 'u' prefix of the first literal as Constant.kind = 'u'.
bool has_u_prefix(const Token& token) {
    return token.kind == TokenKind::String && !token.text.empty() &&
           (token.text[0] == 'u' || token.text[0] == 'U');
}

class JoinedStrBuilder {
public:
    // `span`: the whole concatenation; `part_span`: where JoinedStr and
    // constants built by this builder are located.
    JoinedStrBuilder(const SourceSpan& span, const SourceSpan& part_span) : span_(span), part_span_(part_span) {}
    explicit JoinedStrBuilder(const SourceSpan& span) : JoinedStrBuilder(span, span) {}

    // The f-string token being added (format specs are located at it).
    void set_token_span(const SourceSpan& span) { token_span_ = span; }

    void add_literal(const std::string& text) { pending_ += text; }
    // The first constant piece gets kind='u'.
    void set_u_prefix(bool u) { u_prefix_ = u; }

    void add_parts(const std::vector<FStringPart>& parts) {
        for (const auto& part : parts) {
            if (part.is_literal) add_literal(part.literal);
            else add_field(part);
        }
    }

    ExprPtr finish() {
        flush();
        auto joined = make<ast::JoinedStr>(part_span_);
        joined->values = std::move(values_);
        return joined;
    }

private:
    void add_field(const FStringPart& part) {
        flush();
        auto value = make<ast::FormattedValue>(span_);
        value->value = parse_fstring_expression(part);
        value->conversion = part.conversion ? part.conversion : -1;
        // {x=} shows repr() unless a conversion or format spec is given.
        if (part.self_documenting && !part.conversion && !part.has_format_spec) value->conversion = 'r';
        if (part.has_format_spec) {
            JoinedStrBuilder spec(span_, token_span_);
            spec.set_token_span(token_span_);
            spec.add_parts(part.format_spec);
            value->format_spec = spec.finish();
        }
        values_.push_back(std::move(value));
    }

    void flush() {
        if (pending_.empty()) return;
        auto constant = make<ast::Constant>(part_span_);
        constant->value.kind = ast::ConstantValue::Kind::Str;
        constant->value.text = std::move(pending_);
        constant->value.u_prefix = u_prefix_ && values_.empty();
        pending_.clear();
        values_.push_back(std::move(constant));
    }

    SourceSpan span_;
    SourceSpan part_span_;
    SourceSpan token_span_{};
    std::string pending_;
    bool u_prefix_ = false;
    ExprList values_;
};

} // namespace

ExprPtr concat_strings(const StringTokens& tokens, const Token* next, const SourceSpan& span) {
    bool has_bytes = false, has_text = false, has_fstring = false;
    for (const Token* t : tokens) {
        has_bytes |= t->kind == TokenKind::Bytes;
        has_text |= t->kind != TokenKind::Bytes;
        has_fstring |= t->kind == TokenKind::FString;
    }
    if (has_bytes && has_text) {
        // Raised after the last string was read: at the following token.
        SourceSpan at = next->span;
        if (next->kind == TokenKind::Newline) at.end = at.begin;
        raise_error(at, "cannot mix bytes and nonbytes literals");
    }
    if (has_fstring) {
        JoinedStrBuilder joined(span);
        joined.set_u_prefix(has_u_prefix(*tokens.front()));
        for (const Token* t : tokens) {
            if (t->kind == TokenKind::FString) {
                joined.set_token_span(t->span);
                if (t->fstring) joined.add_parts(*t->fstring);
            }
            else joined.add_literal(t->str_value);
        }
        return joined.finish();
    }
    auto constant = make<ast::Constant>(span);
    constant->value.kind = has_bytes ? ast::ConstantValue::Kind::Bytes : ast::ConstantValue::Kind::Str;
    for (const Token* t : tokens) constant->value.text += t->str_value;
    constant->value.u_prefix = has_u_prefix(*tokens.front());
    return constant;
}

} // namespace pyco::parse
