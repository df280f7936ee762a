// Call arguments (and class bases): the grammar accepts a flat list of
// arguments; the ordering rules and their CPython messages live here.
#include <string>

#include "parser/ast_depth.h"
#include "parser/builder.h"

namespace pyco::parse {

using Kind = CallArg::Kind;

CallArg make_keyword_arg(ExprPtr name, const SourceSpan& name_span, const SourceSpan& eq_span,
                         ExprPtr value, const SourceSpan& span) {
    // CPython's range starts at the expression itself (inside any parentheses).
    SourceSpan up_to_eq = join(to_span(name->loc), eq_span);
    bool bare = same_extent(name_span, *name);
    if (bare && name->kind == ast::ExprKind::Constant) {
        using CK = ast::ConstantValue::Kind;
        auto k = static_cast<ast::Constant&>(*name).value.kind;
        if (k == CK::True || k == CK::False || k == CK::None)
            raise_error(up_to_eq, std::string("cannot assign to ") + expr_name(*name));
    }
    if (!bare || name->kind != ast::ExprKind::Name)
        raise_error(up_to_eq, "expression cannot contain assignment, perhaps you meant \"==\"?");
    CallArg arg;
    arg.kind = Kind::Keyword;
    arg.name = static_cast<ast::Name&>(*name).id;
    arg.value = std::move(value);
    arg.span = span;
    return arg;
}

CallArg make_bare_genexp_arg(ExprPtr elt, ast::ComprehensionList gens, const SourceSpan& span) {
    auto genexp = make<ast::GeneratorExp>(span);
    genexp->elt = std::move(elt);
    genexp->generators = std::move(gens);
    CallArg arg;
    arg.value = std::move(genexp);
    arg.span = span;
    arg.bare_genexp = true;
    return arg;
}

namespace {

// CPython's _PyPegen_get_last_comprehension_item.
const ast::Expr& last_comprehension_item(const ast::GeneratorExp& g) {
    const ast::Comprehension& last = g.generators.back();
    return last.ifs.empty() ? *last.iter : *last.ifs.back();
}

[[noreturn]] void raise_unparenthesized_genexp(const ast::Expr& genexp) {
    const auto& g = static_cast<const ast::GeneratorExp&>(genexp);
    const ast::Loc& first = g.elt->loc;
    const ast::Loc& last = last_comprehension_item(g).loc;
    raise_error(SourceSpan{{first.lineno, first.col_offset}, {last.end_lineno, last.end_col_offset}},
                "Generator expression must be parenthesized");
}

// The checks of CPython's invalid_arguments, in its order.
void check_call_args(const CallArgs& args, bool trailing_comma, const SourceSpan& parens) {
    bool seen_double_star = false;
    for (const auto& arg : args) {
        if (arg.kind == Kind::DoubleStar) seen_double_star = true;
        if (arg.kind == Kind::Starred && seen_double_star)
            raise_error(first_char(arg.span),
                        "iterable argument unpacking follows keyword argument unpacking");
    }
    for (size_t i = 0; i < args.size(); ++i) {
        if (!args[i].bare_genexp) continue;
        if (i > 0 || args.size() > 1 || trailing_comma) raise_unparenthesized_genexp(*args[i].value);
    }
    bool seen_keyword = false;
    seen_double_star = false;
    for (const auto& arg : args) {
        if (arg.kind == Kind::Keyword) seen_keyword = true;
        if (arg.kind == Kind::DoubleStar) seen_double_star = true;
        if (arg.kind == Kind::Positional && (seen_keyword || seen_double_star)) {
            // CPython reports these at the last token read: the ')'.
            SourceSpan at{{parens.end.line, parens.end.col - 1}, parens.end};
            raise_error(at, seen_double_star
                                ? "positional argument follows keyword argument unpacking"
                                : "positional argument follows keyword argument");
        }
    }
}

void split_args(CallArgs args, ExprList& positional, std::vector<ast::Keyword>& keywords) {
    for (auto& arg : args) {
        if (arg.kind == Kind::Positional || arg.kind == Kind::Starred) {
            positional.push_back(std::move(arg.value));
            continue;
        }
        ast::Keyword kw;
        kw.arg = arg.kind == Kind::Keyword ? arg.name : std::string();
        kw.value = std::move(arg.value);
        kw.loc = to_loc(arg.span);
        keywords.push_back(std::move(kw));
    }
}

} // namespace

ExprPtr make_call(ExprPtr func, CallArgs args, bool trailing_comma, const SourceSpan& parens,
                  const SourceSpan& span) {
    check_call_args(args, trailing_comma, parens);
    // `f(x for x in y)`: the generator's parentheses are the call's.
    if (args.size() == 1 && args.front().bare_genexp) args.front().value->loc = to_loc(parens);
    auto call = make<ast::Call>(span);
    call->func = std::move(func);
    split_args(std::move(args), call->args, call->keywords);
    return tracked(std::move(call));
}

void split_class_args(CallArgs args, bool trailing_comma, const SourceSpan& parens,
                      ExprList& bases, std::vector<ast::Keyword>& keywords) {
    check_call_args(args, trailing_comma, parens);
    for (const auto& arg : args) {
        // CPython's class arguments have no generator form: it fails at the
        // `for` (or `async`) after the element.
        if (!arg.bare_genexp) continue;
        const auto& elt = static_cast<const ast::GeneratorExp&>(*arg.value).elt->loc;
        const auto& tokens = current_tokens();
        size_t k = token_index_at({elt.end_lineno, elt.end_col_offset});
        while (k < tokens.size() && tokens[k].kind != TokenKind::For && tokens[k].kind != TokenKind::Async) ++k;
        raise_error(k < tokens.size() ? tokens[k].span : to_span(elt), "invalid syntax");
    }
    split_args(std::move(args), bases, keywords);
}

} // namespace pyco::parse
