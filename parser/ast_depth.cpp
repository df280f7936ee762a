#include "parser/ast_depth.h"

#include <unordered_map>
#include <utility>
#include <vector>

#include "parser/builder.h"

namespace pyco::parse {

namespace {

using namespace ast;

// Calls on_expr / on_stmt for every direct child slot of a node.
template <typename OnExpr, typename OnStmt>
void each_child(Expr& e, OnExpr on_expr, OnStmt on_stmt);

template <typename OnExpr, typename OnStmt>
void each_arguments_child(Arguments& a, OnExpr on_expr) {
    for (auto* list : {&a.posonlyargs, &a.args, &a.kwonlyargs})
        for (auto& arg : *list) on_expr(arg.annotation);
    if (a.vararg) on_expr(a.vararg->annotation);
    if (a.kwarg) on_expr(a.kwarg->annotation);
    for (auto& d : a.kw_defaults) on_expr(d);
    for (auto& d : a.defaults) on_expr(d);
}

template <typename OnExpr>
void each_comprehension_child(ComprehensionList& gens, OnExpr on_expr) {
    for (auto& g : gens) {
        on_expr(g.target);
        on_expr(g.iter);
        for (auto& i : g.ifs) on_expr(i);
    }
}

template <typename OnExpr, typename OnStmt>
void each_child(Expr& e, OnExpr on_expr, OnStmt) {
    auto all = [&](ExprList& l) { for (auto& x : l) on_expr(x); };
    switch (e.kind) {
    case ExprKind::BoolOp: all(static_cast<BoolOp&>(e).values); break;
    case ExprKind::NamedExpr: on_expr(static_cast<NamedExpr&>(e).target); on_expr(static_cast<NamedExpr&>(e).value); break;
    case ExprKind::BinOp: on_expr(static_cast<BinOp&>(e).left); on_expr(static_cast<BinOp&>(e).right); break;
    case ExprKind::UnaryOp: on_expr(static_cast<UnaryOp&>(e).operand); break;
    case ExprKind::Lambda:
        each_arguments_child<OnExpr, OnExpr>(*static_cast<Lambda&>(e).args, on_expr);
        on_expr(static_cast<Lambda&>(e).body);
        break;
    case ExprKind::IfExp: {
        auto& n = static_cast<IfExp&>(e);
        on_expr(n.test); on_expr(n.body); on_expr(n.orelse);
        break;
    }
    case ExprKind::Dict: all(static_cast<Dict&>(e).keys); all(static_cast<Dict&>(e).values); break;
    case ExprKind::Set: all(static_cast<Set&>(e).elts); break;
    case ExprKind::ListComp: on_expr(static_cast<ListComp&>(e).elt); each_comprehension_child(static_cast<ListComp&>(e).generators, on_expr); break;
    case ExprKind::SetComp: on_expr(static_cast<SetComp&>(e).elt); each_comprehension_child(static_cast<SetComp&>(e).generators, on_expr); break;
    case ExprKind::GeneratorExp: on_expr(static_cast<GeneratorExp&>(e).elt); each_comprehension_child(static_cast<GeneratorExp&>(e).generators, on_expr); break;
    case ExprKind::DictComp: {
        auto& n = static_cast<DictComp&>(e);
        on_expr(n.key); on_expr(n.value); each_comprehension_child(n.generators, on_expr);
        break;
    }
    case ExprKind::Await: on_expr(static_cast<Await&>(e).value); break;
    case ExprKind::Yield: on_expr(static_cast<Yield&>(e).value); break;
    case ExprKind::YieldFrom: on_expr(static_cast<YieldFrom&>(e).value); break;
    case ExprKind::Compare: on_expr(static_cast<Compare&>(e).left); all(static_cast<Compare&>(e).comparators); break;
    case ExprKind::Call: {
        auto& n = static_cast<Call&>(e);
        on_expr(n.func); all(n.args);
        for (auto& k : n.keywords) on_expr(k.value);
        break;
    }
    case ExprKind::FormattedValue: on_expr(static_cast<FormattedValue&>(e).value); on_expr(static_cast<FormattedValue&>(e).format_spec); break;
    case ExprKind::JoinedStr: all(static_cast<JoinedStr&>(e).values); break;
    case ExprKind::Attribute: on_expr(static_cast<Attribute&>(e).value); break;
    case ExprKind::Subscript: on_expr(static_cast<Subscript&>(e).value); on_expr(static_cast<Subscript&>(e).slice); break;
    case ExprKind::Starred: on_expr(static_cast<Starred&>(e).value); break;
    case ExprKind::List: all(static_cast<List&>(e).elts); break;
    case ExprKind::Tuple: all(static_cast<Tuple&>(e).elts); break;
    case ExprKind::Slice: {
        auto& n = static_cast<Slice&>(e);
        on_expr(n.lower); on_expr(n.upper); on_expr(n.step);
        break;
    }
    case ExprKind::Constant:
    case ExprKind::Name:
        break;
    }
}

template <typename OnExpr, typename OnStmt>
void each_child(Stmt& s, OnExpr on_expr, OnStmt on_stmt) {
    auto exprs = [&](ExprList& l) { for (auto& x : l) on_expr(x); };
    auto stmts = [&](StmtList& l) { for (auto& x : l) on_stmt(x); };
    switch (s.kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef: {
        auto& n = static_cast<FunctionDefBase&>(s);
        each_arguments_child<OnExpr, OnStmt>(*n.args, on_expr);
        stmts(n.body); exprs(n.decorator_list); on_expr(n.returns);
        break;
    }
    case StmtKind::ClassDef: {
        auto& n = static_cast<ClassDef&>(s);
        exprs(n.bases);
        for (auto& k : n.keywords) on_expr(k.value);
        stmts(n.body); exprs(n.decorator_list);
        break;
    }
    case StmtKind::Return: on_expr(static_cast<Return&>(s).value); break;
    case StmtKind::Delete: exprs(static_cast<Delete&>(s).targets); break;
    case StmtKind::Assign: exprs(static_cast<Assign&>(s).targets); on_expr(static_cast<Assign&>(s).value); break;
    case StmtKind::AugAssign: on_expr(static_cast<AugAssign&>(s).target); on_expr(static_cast<AugAssign&>(s).value); break;
    case StmtKind::AnnAssign: {
        auto& n = static_cast<AnnAssign&>(s);
        on_expr(n.target); on_expr(n.annotation); on_expr(n.value);
        break;
    }
    case StmtKind::For:
    case StmtKind::AsyncFor: {
        auto& n = static_cast<ForBase&>(s);
        on_expr(n.target); on_expr(n.iter); stmts(n.body); stmts(n.orelse);
        break;
    }
    case StmtKind::While: {
        auto& n = static_cast<While&>(s);
        on_expr(n.test); stmts(n.body); stmts(n.orelse);
        break;
    }
    case StmtKind::If: {
        auto& n = static_cast<If&>(s);
        on_expr(n.test); stmts(n.body); stmts(n.orelse);
        break;
    }
    case StmtKind::With:
    case StmtKind::AsyncWith: {
        auto& n = static_cast<WithBase&>(s);
        for (auto& item : n.items) { on_expr(item.context_expr); on_expr(item.optional_vars); }
        stmts(n.body);
        break;
    }
    case StmtKind::Raise: on_expr(static_cast<Raise&>(s).exc); on_expr(static_cast<Raise&>(s).cause); break;
    case StmtKind::Try: {
        auto& n = static_cast<Try&>(s);
        stmts(n.body);
        for (auto& h : n.handlers) { on_expr(h.type); stmts(h.body); }
        stmts(n.orelse); stmts(n.finalbody);
        break;
    }
    case StmtKind::Assert: on_expr(static_cast<Assert&>(s).test); on_expr(static_cast<Assert&>(s).msg); break;
    case StmtKind::ExprStmt: on_expr(static_cast<ExprStmt&>(s).value); break;
    default: break;
    }
}

} // namespace

namespace {
// Depths of built expressions whose parent has not been built yet.
thread_local std::unordered_map<const Expr*, size_t> g_depths;
} // namespace

void reset_depth_tracking() {
    g_depths.clear();
}

ExprPtr tracked(ExprPtr node) {
    size_t depth = 1;
    each_child(*node,
               [&](ExprPtr& child) {
                   if (!child) return;
                   size_t child_depth = 1; // an untracked child counts as a leaf
                   auto it = g_depths.find(child.get());
                   if (it != g_depths.end()) {
                       child_depth = it->second;
                       g_depths.erase(it);
                   }
                   depth = std::max(depth, child_depth + 1);
               },
               [](StmtPtr&) {});
    if (depth > kMaxAstDepth) {
        SyntaxErrorInfo info;
        info.type = "RecursionError";
        info.message = "maximum recursion depth exceeded during compilation";
        info.lineno = node->loc.lineno;
        info.col_offset = node->loc.col_offset;
        throw ParseError{info};
    }
    if (depth > 1) g_depths[node.get()] = depth;
    return node;
}

size_t ast_depth(const Module& module) {
    // (node, depth) work list; nodes are only read.
    std::vector<std::pair<Expr*, size_t>> exprs;
    std::vector<std::pair<Stmt*, size_t>> stmts;
    for (const auto& s : module.body) stmts.emplace_back(s.get(), 1);
    size_t max_depth = 0;
    while (!exprs.empty() || !stmts.empty()) {
        if (!stmts.empty()) {
            auto [s, d] = stmts.back();
            stmts.pop_back();
            max_depth = std::max(max_depth, d);
            each_child(*s, [&, d = d](ExprPtr& e) { if (e) exprs.emplace_back(e.get(), d + 1); },
                       [&, d = d](StmtPtr& c) { if (c) stmts.emplace_back(c.get(), d + 1); });
        } else {
            auto [e, d] = exprs.back();
            exprs.pop_back();
            max_depth = std::max(max_depth, d);
            each_child(*e, [&, d = d](ExprPtr& c) { if (c) exprs.emplace_back(c.get(), d + 1); },
                       [](StmtPtr&) {});
        }
    }
    return max_depth;
}

void destroy_iteratively(StmtList body) {
    std::vector<ExprPtr> exprs;
    std::vector<StmtPtr> stmts = std::move(body);
    auto take_expr = [&](ExprPtr& e) { if (e) exprs.push_back(std::move(e)); };
    auto take_stmt = [&](StmtPtr& s) { if (s) stmts.push_back(std::move(s)); };
    while (!exprs.empty() || !stmts.empty()) {
        if (!stmts.empty()) {
            StmtPtr s = std::move(stmts.back());
            stmts.pop_back();
            if (s) each_child(*s, take_expr, take_stmt);
        } else {
            ExprPtr e = std::move(exprs.back());
            exprs.pop_back();
            if (e) each_child(*e, take_expr, take_stmt);
        }
    }
}

} // namespace pyco::parse
