// Function and lambda parameter lists. The grammar accepts any
// comma-separated sequence of parameter items; their order is checked here
// with the messages of CPython's invalid_parameters / invalid_star_etc /
// invalid_kwds rules.
#include "parser/builder.h"

namespace pyco::parse {

using Kind = ParamItem::Kind;

std::unique_ptr<ast::Arg> make_arg(const Token* name, ExprPtr annotation, const SourceSpan& span) {
    auto arg = std::make_unique<ast::Arg>();
    arg->arg = identifier(name);
    arg->annotation = std::move(annotation);
    arg->loc = to_loc(span);
    return arg;
}

std::unique_ptr<ast::Arguments> empty_arguments() {
    return std::make_unique<ast::Arguments>();
}

namespace {

class ArgumentsBuilder {
public:
    ArgumentsBuilder(bool trailing_comma, bool is_lambda) : trailing_comma_(trailing_comma), is_lambda_(is_lambda) {}

    std::unique_ptr<ast::Arguments> build(ParamItems items) {
        for (size_t i = 0; i < items.size(); ++i) {
            bool followed_by_comma = i + 1 < items.size() || trailing_comma_;
            const ParamItem* next = i + 1 < items.size() ? &items[i + 1] : nullptr;
            add(std::move(items[i]), followed_by_comma, next);
        }
        return std::move(result_);
    }

private:
    void add(ParamItem item, bool followed_by_comma, const ParamItem* next) {
        if (seen_double_star_) {
            SourceSpan at = item.arg && item.kind == Kind::Plain ? to_span(item.arg->loc) : marker_span(item);
            raise_error(at, "arguments cannot follow var-keyword argument");
        }
        switch (item.kind) {
        case Kind::Slash: add_slash(item, followed_by_comma); break;
        case Kind::Star: add_star(std::move(item), next); break;
        case Kind::DoubleStar: add_double_star(std::move(item)); break;
        case Kind::Plain: add_plain(std::move(item)); break;
        }
    }

    void add_slash(const ParamItem& item, bool followed_by_comma) {
        if (seen_slash_) raise_error(item.span, "/ may appear only once");
        if (seen_star_) raise_error(item.span, "/ must be ahead of *");
        if (result_->args.empty()) {
            raise_error(item.span, followed_by_comma ? "at least one argument must precede /"
                                                     : "invalid syntax");
        }
        seen_slash_ = true;
        result_->posonlyargs = std::move(result_->args);
        result_->args.clear();
    }

    void add_star(ParamItem item, const ParamItem* next) {
        if (seen_star_) raise_error(first_char(item.span), "* argument may appear only once");
        if (item.default_value) raise_error(item.eq_span, "var-positional argument cannot have default value");
        if (!item.arg && (!next || next->kind == Kind::DoubleStar)) {
            // For lambdas CPython reports it at the last token read: the
            // one after `*` (or after `*,`).
            SourceSpan at = first_char(item.span);
            if (is_lambda_) {
                const auto& tokens = current_tokens();
                size_t k = token_index_at(item.span.begin) + 1;
                if (k < tokens.size() && tokens[k].kind == TokenKind::Comma && k + 1 < tokens.size()) ++k;
                if (k < tokens.size()) at = tokens[k].span;
            }
            raise_error(at, "named arguments must follow bare *");
        }
        seen_star_ = true;
        if (item.arg) result_->vararg = std::move(item.arg);
    }

    void add_double_star(ParamItem item) {
        if (item.default_value) raise_error(item.eq_span, "var-keyword argument cannot have default value");
        seen_double_star_ = true;
        result_->kwarg = std::move(item.arg);
    }

    void add_plain(ParamItem item) {
        if (seen_star_) {
            result_->kwonlyargs.push_back(std::move(*item.arg));
            result_->kw_defaults.push_back(std::move(item.default_value));
            return;
        }
        if (item.default_value) {
            seen_default_ = true;
            result_->defaults.push_back(std::move(item.default_value));
        } else if (seen_default_) {
            raise_error(item.arg->loc, "non-default argument follows default argument");
        }
        result_->args.push_back(std::move(*item.arg));
    }

    // The `*`, `**` or `/` token of an item.
    static SourceSpan marker_span(const ParamItem& item) {
        SourceSpan at = first_char(item.span);
        if (item.kind == Kind::DoubleStar) at.end.col += 1;
        return at;
    }

    bool trailing_comma_;
    bool is_lambda_;
    bool seen_slash_ = false;
    bool seen_star_ = false;
    bool seen_double_star_ = false;
    bool seen_default_ = false;
    std::unique_ptr<ast::Arguments> result_ = std::make_unique<ast::Arguments>();
};

} // namespace

std::unique_ptr<ast::Arguments> build_arguments(ParamItems items, bool trailing_comma, bool is_lambda) {
    return ArgumentsBuilder(trailing_comma, is_lambda).build(std::move(items));
}

} // namespace pyco::parse
