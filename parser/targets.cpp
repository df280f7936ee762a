// Assignment, for, with and del targets: validation with CPython's
// messages, and conversion to Store / Del context.
#include <string>

#include "parser/builder.h"
#include "parser/token_scan.h"

namespace pyco::parse {

using ast::ExprKind;

const char* expr_name(const ast::Expr& e) {
    switch (e.kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant: {
        using CK = ast::ConstantValue::Kind;
        switch (static_cast<const ast::Constant&>(e).value.kind) {
        case CK::None: return "None";
        case CK::False: return "False";
        case CK::True: return "True";
        case CK::Ellipsis: return "ellipsis";
        default: return "literal";
        }
    }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
    }
    return "expression";
}

namespace {

// CPython's _PyPegen_get_invalid_target: the first sub-expression that
// cannot be a target, or null when `e` is a valid target.
ast::Expr* invalid_target(ast::Expr* e, TargetKind kind) {
    switch (e->kind) {
    case ExprKind::List:
        for (auto& elt : static_cast<ast::List*>(e)->elts)
            if (auto* bad = invalid_target(elt.get(), kind)) return bad;
        return nullptr;
    case ExprKind::Tuple:
        for (auto& elt : static_cast<ast::Tuple*>(e)->elts)
            if (auto* bad = invalid_target(elt.get(), kind)) return bad;
        return nullptr;
    case ExprKind::Starred:
        if (kind == TargetKind::Del) return e;
        return invalid_target(static_cast<ast::Starred*>(e)->value.get(), kind);
    case ExprKind::Name:
    case ExprKind::Subscript:
    case ExprKind::Attribute:
        return nullptr;
    default:
        return e;
    }
}

[[noreturn]] void raise_invalid_target(const ast::Expr& bad, TargetKind kind) {
    std::string verb = kind == TargetKind::Del ? "cannot delete " : "cannot assign to ";
    raise_error(bad.loc, verb + expr_name(bad));
}

// Expression kinds that CPython's `bitwise_or` rule can produce without
// parentheses.
bool is_bitwise_or_kind(const ast::Expr& e) {
    switch (e.kind) {
    case ExprKind::BoolOp: case ExprKind::Compare: case ExprKind::IfExp: case ExprKind::Lambda:
    case ExprKind::NamedExpr: case ExprKind::Starred: case ExprKind::Yield:
    case ExprKind::YieldFrom:
        return false;
    case ExprKind::UnaryOp:
        return static_cast<const ast::UnaryOp&>(e).op != ast::UnaryOpKind::Not;
    default:
        return true;
    }
}

} // namespace

bool starts_with_excluded_atom(const ast::Expr& e) {
    const auto& tokens = current_tokens();
    size_t i = token_index_at({e.loc.lineno, e.loc.col_offset});
    if (i >= tokens.size()) return false;
    switch (tokens[i].kind) {
    case TokenKind::True: case TokenKind::None: case TokenKind::False:
        return true;
    case TokenKind::LParen: case TokenKind::LBracket: {
        size_t close = scan::matching_close(tokens, i);
        if (close == scan::npos) return false;
        // `[...]` is a list display unless it is a comprehension, `(...)` a
        // tuple or generator unless it is a plain parenthesized expression.
        bool has_comma = false, has_for = false;
        int depth = 0;
        for (size_t j = i + 1; j < close; ++j) {
            auto k = tokens[j].kind;
            if (scan::is_open_bracket(k)) ++depth;
            else if (scan::is_close_bracket(k)) --depth;
            else if (depth == 0 && k == TokenKind::Comma) has_comma = true;
            else if (depth == 0 && k == TokenKind::For) has_for = true;
        }
        if (tokens[i].kind == TokenKind::LBracket) return !has_for;
        return has_comma || has_for || close == i + 1;
    }
    default:
        return false;
    }
}

void set_context(ast::Expr& e, ast::ExprContext ctx) {
    switch (e.kind) {
    case ExprKind::Name: static_cast<ast::Name&>(e).ctx = ctx; break;
    case ExprKind::Attribute: static_cast<ast::Attribute&>(e).ctx = ctx; break;
    case ExprKind::Subscript: static_cast<ast::Subscript&>(e).ctx = ctx; break;
    case ExprKind::Starred: {
        auto& s = static_cast<ast::Starred&>(e);
        s.ctx = ctx;
        set_context(*s.value, ctx);
        break;
    }
    case ExprKind::List: {
        auto& l = static_cast<ast::List&>(e);
        l.ctx = ctx;
        for (auto& elt : l.elts) set_context(*elt, ctx);
        break;
    }
    case ExprKind::Tuple: {
        auto& t = static_cast<ast::Tuple&>(e);
        t.ctx = ctx;
        for (auto& elt : t.elts) set_context(*elt, ctx);
        break;
    }
    default:
        break;
    }
}

void make_target(ast::Expr& e, TargetKind kind) {
    if (ast::Expr* bad = invalid_target(&e, kind)) raise_invalid_target(*bad, kind);
    set_context(e, kind == TargetKind::Del ? ast::ExprContext::Del : ast::ExprContext::Store);
}

// For the first target of a statement CPython's invalid_named_expression
// rule fires before invalid_assignment when the last element of the target
// list is a bitwise_or directly followed by `= <bitwise_or>` (and no further
// `=` or `:=`): it then suggests '==' instead.
void check_first_assign_target(ast::Expr& target, const Token* eq_token) {
    if (!invalid_target(&target, TargetKind::Assign)) {
        set_context(target, ast::ExprContext::Store);
        return;
    }
    const auto& tokens = current_tokens();
    size_t eq = static_cast<size_t>(eq_token - tokens.data());
    size_t rhs_end = scan::skip_expression(tokens, eq + 1, scan::Level::BitwiseOr);
    bool rhs_matches = rhs_end != scan::npos && rhs_end < tokens.size() &&
                       tokens[rhs_end].kind != TokenKind::Equal &&
                       tokens[rhs_end].kind != TokenKind::Walrus;
    const Token& before_eq = tokens[eq - 1];
    ast::Expr* last = &target;
    if (target.kind == ExprKind::Tuple && !is_parenthesized_tuple(target)) {
        auto& elts = static_cast<ast::Tuple&>(target).elts;
        last = before_eq.kind == TokenKind::Comma ? nullptr : elts.back().get();
    }
    if (last && rhs_matches) {
        bool parenthesized = before_eq.span.end.col != last->loc.end_col_offset ||
                             before_eq.span.end.line != last->loc.end_lineno;
        if (last->kind == ExprKind::Name && !parenthesized) {
            SourceSpan span{{last->loc.lineno, last->loc.col_offset}, tokens[rhs_end - 1].span.end};
            raise_error(span, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        if ((parenthesized || is_bitwise_or_kind(*last)) && !starts_with_excluded_atom(*last)) {
            raise_error(last->loc, std::string("cannot assign to ") + expr_name(*last) +
                                       " here. Maybe you meant '==' instead of '='?");
        }
    }
    make_target(target, TargetKind::Assign);
}

void check_assign_target(ast::Expr& target) {
    make_target(target, TargetKind::Assign);
}

void raise_yield_target(const ast::Expr& target) {
    raise_error(target.loc, "assignment to yield expression not possible");
}

void check_augassign_target(ast::Expr& target) {
    auto k = target.kind;
    if (k != ExprKind::Name && k != ExprKind::Attribute && k != ExprKind::Subscript) {
        raise_error(target.loc, std::string("'") + expr_name(target) +
                                    "' is an illegal expression for augmented assignment");
    }
    set_context(target, ast::ExprContext::Store);
}

bool check_annassign_target(ast::Expr& target, const SourceSpan& span) {
    switch (target.kind) {
    case ExprKind::Name:
        set_context(target, ast::ExprContext::Store);
        return same_extent(span, target);
    case ExprKind::Attribute:
    case ExprKind::Subscript:
        set_context(target, ast::ExprContext::Store);
        return false;
    case ExprKind::Tuple: {
        auto& t = static_cast<ast::Tuple&>(target);
        const ast::Expr& at = is_parenthesized_tuple(target) || t.elts.empty() ? target : *t.elts.front();
        raise_error(at.loc, "only single target (not tuple) can be annotated");
    }
    case ExprKind::List:
        raise_error(target.loc, "only single target (not list) can be annotated");
    default:
        raise_error(target.loc, "illegal target for annotation");
    }
}

} // namespace pyco::parse
