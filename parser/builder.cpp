// Node construction helpers shared by the grammar actions.
#include "parser/builder.h"

#include "parser/ast_depth.h"
#include "parser/token_scan.h"

namespace pyco::parse {

void raise_error(const SourceSpan& span, std::string message, std::string type) {
    SyntaxErrorInfo info;
    info.type = std::move(type);
    info.message = std::move(message);
    info.lineno = span.begin.line;
    info.col_offset = span.begin.col;
    info.end_lineno = span.end.line;
    info.end_col_offset = span.end.col;
    throw ParseError{std::move(info)};
}

void raise_error(const ast::Loc& loc, std::string message) {
    raise_error(to_span(loc), std::move(message));
}

// ---------------------------------------------------------------- locations

ast::Loc to_loc(const SourceSpan& span) {
    return {span.begin.line, span.begin.col, span.end.line, span.end.col};
}

SourceSpan to_span(const ast::Loc& loc) {
    return {{loc.lineno, loc.col_offset}, {loc.end_lineno, loc.end_col_offset}};
}

SourceSpan join(const SourceSpan& first, const SourceSpan& last) {
    return {first.begin, last.end};
}

SourceSpan first_char(const SourceSpan& span) {
    return {span.begin, {span.begin.line, span.begin.col + 1}};
}

bool same_extent(const SourceSpan& span, const ast::Expr& node) {
    const ast::Loc& l = node.loc;
    return span.begin.line == l.lineno && span.begin.col == l.col_offset &&
           span.end.line == l.end_lineno && span.end.col == l.end_col_offset;
}

// ---------------------------------------------------------------- current tokens

namespace {
thread_local const std::vector<Token>* g_tokens = nullptr;
}

const std::vector<Token>& current_tokens() {
    static const std::vector<Token> none;
    return g_tokens ? *g_tokens : none;
}

void set_current_tokens(const std::vector<Token>* tokens) {
    g_tokens = tokens;
}

size_t token_index_at(SourcePos pos) {
    const auto& tokens = current_tokens();
    size_t lo = 0, hi = tokens.size();
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const SourcePos& b = tokens[mid].span.begin;
        if (b.line < pos.line || (b.line == pos.line && b.col < pos.col)) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

bool is_parenthesized_tuple(const ast::Expr& expr) {
    if (expr.kind != ast::ExprKind::Tuple) return false;
    const auto& tokens = current_tokens();
    size_t open = token_index_at({expr.loc.lineno, expr.loc.col_offset});
    if (open >= tokens.size() || tokens[open].kind != TokenKind::LParen) return false;
    size_t close = scan::matching_close(tokens, open);
    return close != scan::npos && tokens[close].span.end.line == expr.loc.end_lineno &&
           tokens[close].span.end.col == expr.loc.end_col_offset;
}

// ---------------------------------------------------------------- simple nodes

ExprPtr make_name(const Token* token, const SourceSpan& span) {
    auto e = make<ast::Name>(span);
    e->id = identifier(token);
    return e;
}

ExprPtr make_constant(ast::ConstantValue::Kind kind, const SourceSpan& span) {
    auto e = make<ast::Constant>(span);
    e->value.kind = kind;
    return e;
}

ExprPtr make_number(const Token* token, const SourceSpan& span) {
    using K = ast::ConstantValue::Kind;
    auto e = make<ast::Constant>(span);
    switch (token->kind) {
    case TokenKind::Integer:
        e->value.kind = K::Int;
        e->value.text = token->text;
        e->value.int_base = token->int_base;
        break;
    case TokenKind::Float:
        e->value.kind = K::Float;
        e->value.number = token->float_value;
        break;
    default: // Imaginary
        e->value.kind = K::Complex;
        e->value.number = token->float_value;
        break;
    }
    return e;
}

ExprPtr make_binop(ExprPtr left, ast::OperatorKind op, ExprPtr right, const SourceSpan& span) {
    auto e = make<ast::BinOp>(span);
    e->left = std::move(left);
    e->op = op;
    e->right = std::move(right);
    return tracked(std::move(e));
}

ExprPtr make_unary(ast::UnaryOpKind op, ExprPtr operand, const SourceSpan& span) {
    auto e = make<ast::UnaryOp>(span);
    e->op = op;
    e->operand = std::move(operand);
    return tracked(std::move(e));
}

ExprPtr make_boolop(ast::BoolOpKind op, ExprList values, const SourceSpan& span) {
    auto e = make<ast::BoolOp>(span);
    e->op = op;
    e->values = std::move(values);
    return tracked(std::move(e));
}

ExprPtr make_tuple_expr(ExprList elts, const SourceSpan& span) {
    auto e = make<ast::Tuple>(span);
    e->elts = std::move(elts);
    return e;
}

ExprPtr make_starred(ExprPtr value, const SourceSpan& span) {
    auto e = make<ast::Starred>(span);
    e->value = std::move(value);
    return tracked(std::move(e));
}

ExprPtr tuple_or_single(ExprList elts, bool trailing_comma, const SourceSpan& span) {
    if (elts.size() == 1 && !trailing_comma) return std::move(elts.front());
    return make_tuple_expr(std::move(elts), span);
}

ExprPtr make_compare(ExprPtr left, CompareChain chain, const SourceSpan& span) {
    auto e = make<ast::Compare>(span);
    e->left = std::move(left);
    for (auto& step : chain) {
        e->ops.push_back(step.op);
        e->comparators.push_back(std::move(step.operand));
    }
    return tracked(std::move(e));
}

ExprPtr make_named_expr(ExprPtr target, ExprPtr value, const SourceSpan& span) {
    if (target->kind != ast::ExprKind::Name) {
        raise_error(target->loc,
                    std::string("cannot use assignment expressions with ") + expr_name(*target));
    }
    set_context(*target, ast::ExprContext::Store);
    auto e = make<ast::NamedExpr>(span);
    e->target = std::move(target);
    e->value = std::move(value);
    return tracked(std::move(e));
}

// ---------------------------------------------------------------- groups

namespace {

// `with (a as b)` not followed by ':' -- CPython's invalid_with_stmt reports
// "expected ':'" at the NEWLINE; any other `(a as b)` fails at the `as`.
[[noreturn]] void raise_misplaced_as(const GroupItem& item, const SourceSpan& group_span) {
    const auto& tokens = current_tokens();
    size_t open = token_index_at(group_span.begin);
    size_t close = scan::matching_close(tokens, open);
    bool with_header = open > 0 && tokens[open - 1].kind == TokenKind::With;
    if (with_header && close != scan::npos && close + 1 < tokens.size() &&
        tokens[close + 1].kind == TokenKind::Newline) {
        SourceSpan at{tokens[close + 1].span.begin, tokens[close + 1].span.begin};
        raise_error(at, "expected ':'");
    }
    raise_error(item.as_span, "invalid syntax");
}

} // namespace

ExprPtr group_to_expr(Group group, const SourceSpan& span) {
    for (auto& item : group.items) {
        if (item.as_target) raise_misplaced_as(item, span);
    }
    if (group.items.size() == 1 && !group.trailing_comma) {
        ExprPtr inner = std::move(group.items.front().expr);
        if (inner->kind == ast::ExprKind::Starred)
            raise_error(inner->loc, "cannot use starred expression here");
        return inner;
    }
    ExprList elts;
    for (auto& item : group.items) elts.push_back(std::move(item.expr));
    return make_tuple_expr(std::move(elts), span);
}

std::vector<ast::WithItem> group_to_with_items(Group group, const SourceSpan& span) {
    // A starred element or an assignment expression cannot be a with-item,
    // so CPython's second alternative reads the group as one tuple.
    bool has_as = false, needs_tuple = false;
    for (auto& item : group.items) {
        if (item.as_target) has_as = true;
        auto k = item.expr->kind;
        bool paren = !same_extent(item.span, *item.expr);
        if (!paren && (k == ast::ExprKind::Starred || k == ast::ExprKind::NamedExpr)) needs_tuple = true;
    }
    std::vector<ast::WithItem> items;
    if (needs_tuple && !has_as) {
        items.push_back(make_with_item(group_to_expr(std::move(group), span), nullptr));
        return items;
    }
    for (auto& item : group.items)
        items.push_back(make_with_item(std::move(item.expr), std::move(item.as_target)));
    return items;
}

ast::WithItem make_with_item(ExprPtr expr, ExprPtr target) {
    if (target) make_target(*target, TargetKind::Assign);
    return ast::WithItem{std::move(expr), std::move(target)};
}

// ---------------------------------------------------------------- displays

ExprPtr make_dict(DictItems items, const SourceSpan& span) {
    auto e = make<ast::Dict>(span);
    for (auto& item : items) {
        e->keys.push_back(std::move(item.key));
        e->values.push_back(std::move(item.value));
    }
    return e;
}

ast::Comprehension make_comprehension(ExprPtr target, ExprPtr iter, ExprList ifs, bool is_async) {
    ast::Comprehension c;
    c.target = std::move(target);
    c.iter = std::move(iter);
    c.ifs = std::move(ifs);
    c.is_async = is_async;
    return c;
}

ast::Alias make_alias(std::string name, std::string asname, const SourceSpan& span) {
    ast::Alias a;
    a.name = std::move(name);
    a.asname = std::move(asname);
    a.loc = to_loc(span);
    return a;
}

} // namespace pyco::parse
