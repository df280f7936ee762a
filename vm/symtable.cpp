// Symbol tables (see symtable.h). The structure follows CPython 3.11's
// symtable.c: a visitor records DEF_* flags per scope, then analyze_block()
// resolves scopes top-down with the sets of bound, free and global names.
#include "vm/symtable.h"

#include <algorithm>
#include <unordered_set>

#include "runtime/error.h"
#include "runtime/objects.h"

namespace pyco {

// ---------------------------------------------------------------- shared helpers

namespace {

// The source line `lineno` (1-based) including its newline, as CPython's
// PyErr_ProgramTextObject returns it; empty if out of range.
std::string_view source_line(std::string_view source, int lineno) {
    size_t begin = 0;
    for (int line = 1; line < lineno; ++line) {
        size_t nl = source.find('\n', begin);
        if (nl == std::string_view::npos) return {};
        begin = nl + 1;
    }
    if (begin >= source.size()) return {};
    size_t nl = source.find('\n', begin);
    return source.substr(begin, nl == std::string_view::npos ? std::string_view::npos : nl + 1 - begin);
}

Ref small(int64_t v) { return make_int(v); }

} // namespace

ErrorTag raise_syntax_error(const SourceInfo& source, const ast::Loc& loc, std::string_view message) {
    std::string_view line = source_line(source.source, loc.lineno);
    Ref text = line.empty() ? Ref::borrow(None()) : make_str(line).ref();
    Ref filename = make_str(source.filename).ref();
    Ref msg = make_str(message).ref();
    Ref end_offset = loc.end_col_offset < 0 ? Ref::borrow(None()) : small(loc.end_col_offset + 1);
    Handle<Tuple> details = tuple_pack({filename.get(), small(loc.lineno).get(), small(loc.col_offset + 1).get(),
                                        text.get(), small(loc.end_lineno).get(), end_offset.get()});
    Handle<Tuple> args = tuple_pack({msg.get(), Value(details.get())});
    Result<Ref> exc = make_exception_from_args(SyntaxError_type, args.get());
    if (exc.failed()) return kError;
    return raise_object(exc.take());
}

std::string mangle(std::string_view private_name, std::string_view name) {
    // Only `__x` inside a class; never dunders or dotted (import) names.
    if (private_name.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return std::string(name);
    if ((name.size() >= 4 && name.ends_with("__")) || name.find('.') != std::string_view::npos)
        return std::string(name);
    size_t strip = private_name.find_first_not_of('_');
    if (strip == std::string_view::npos) return std::string(name); // class named only with underscores
    std::string out = "_";
    out += private_name.substr(strip);
    out += name;
    return out;
}

// ---------------------------------------------------------------- Scope

const Symbol* Scope::find(std::string_view name) const {
    auto it = index_.find(std::string(name));
    return it == index_.end() ? nullptr : &symbols_[it->second].second;
}

uint32_t Scope::flags_of(std::string_view name) const {
    const Symbol* s = find(name);
    return s ? s->flags : 0;
}

SymbolScope Scope::scope_of(std::string_view name) const {
    const Symbol* s = find(name);
    return s ? s->scope : SymbolScope::Unknown;
}

std::vector<std::string> Scope::sorted_names(SymbolScope scope, uint32_t flag) const {
    std::vector<std::string> out;
    for (const auto& [name, sym] : symbols_)
        if (sym.scope == scope || (sym.flags & flag)) out.push_back(name);
    std::sort(out.begin(), out.end());
    return out;
}

Symbol& Scope::symbol(const std::string& name) {
    auto [it, inserted] = index_.try_emplace(name, symbols_.size());
    if (inserted) symbols_.emplace_back(name, Symbol{});
    return symbols_[it->second].second;
}

Scope* SymbolTable::scope_for(const void* node) const {
    auto it = by_node_.find(node);
    return it == by_node_.end() ? nullptr : it->second;
}

// ---------------------------------------------------------------- the visitor

using NameSet = std::unordered_set<std::string>;

class SymbolTableBuilder {
public:
    SymbolTableBuilder(SymbolTable& table, const SourceInfo& source) : table_(table), source_(source) {}

    Status build(const ast::Module& module) {
        enter_block("top", BlockKind::Module, node_key(module), ast::Loc{1, 0, 1, 0});
        global_ = cur_;
        TRY(visit_stmts(module.body));
        exit_block();
        NameSet free, global;
        return analyze_block(table_.top(), nullptr, free, global);
    }

private:
    // Keeps the visitor's recursion bounded (RecursionError, as CPython).
    class DepthGuard {
    public:
        explicit DepthGuard(int& depth) : depth_(depth) { ++depth_; }
        ~DepthGuard() { --depth_; }
        bool exceeded() const { return depth_ > kMaxCompileDepth; }

    private:
        int& depth_;
    };
    ErrorTag recursion_error() {
        return raise(RecursionError_type, "maximum recursion depth exceeded during compilation");
    }

    ErrorTag error(const ast::Loc& loc, const std::string& message) {
        return raise_syntax_error(source_, loc, message);
    }
    static std::string format(const char* pattern, std::string_view name) {
        std::string out = pattern;
        out.replace(out.find("%s"), 2, name);
        return out;
    }

    // ------------------------------------------------------------ blocks

    void enter_block(std::string name, BlockKind kind, const void* node, const ast::Loc& loc) {
        auto scope = std::make_unique<Scope>();
        scope->kind = kind;
        scope->name = std::move(name);
        scope->node = node;
        scope->loc = loc;
        Scope* raw = scope.get();
        if (cur_) {
            raw->nested = cur_->nested || cur_->kind == BlockKind::Function;
            // bpo-37757: no walrus anywhere inside a comprehension's outermost
            // iterable, even in a nested lambda or comprehension.
            raw->comp_iter_expr_ = cur_->comp_iter_expr_;
            cur_->children.push_back(std::move(scope));
        } else {
            table_.top_ = std::move(scope);
        }
        table_.by_node_[node] = raw;
        stack_.push_back(raw);
        cur_ = raw;
    }
    void exit_block() {
        stack_.pop_back();
        cur_ = stack_.empty() ? nullptr : stack_.back();
    }

    // ------------------------------------------------------------ definitions

    Status add_def(std::string_view name, uint32_t flag, const ast::Loc& loc) {
        return add_def_in(cur_, name, flag, loc);
    }

    Status add_def_in(Scope* scope, std::string_view name, uint32_t flag, const ast::Loc& loc) {
        std::string mangled = mangle(private_, name);
        Symbol& sym = scope->symbol(mangled);
        if ((flag & kDefParam) && (sym.flags & kDefParam))
            return error(loc, format("duplicate argument '%s' in function definition", name));
        sym.flags |= flag;
        if (scope->comp_iter_target_) {
            // A comprehension iteration variable may not be a walrus target
            // of an inner comprehension (already declared nonlocal/global).
            if (sym.flags & (kDefGlobal | kDefNonlocal))
                return error(loc,
                             format("comprehension inner loop cannot rebind assignment expression target '%s'", name));
            sym.flags |= kDefCompIter;
        }
        if (flag & kDefParam) {
            scope->params.push_back(mangled);
        } else if ((flag & kDefGlobal) && scope != global_) {
            global_->symbol(mangled).flags |= flag;
        }
        return ok_status();
    }

    uint32_t lookup(std::string_view name) const { return cur_->flags_of(mangle(private_, name)); }

    void record_directive(std::string_view name, const ast::Loc& loc) {
        cur_->directives_.emplace_back(mangle(private_, name), loc);
    }

    // ------------------------------------------------------------ statements

    Status visit_stmts(const ast::StmtList& body) {
        for (const auto& s : body) TRY(visit_stmt(*s));
        return ok_status();
    }
    Status visit_exprs(const ast::ExprList& exprs) {
        for (const auto& e : exprs)
            if (e) TRY(visit_expr(*e));
        return ok_status();
    }
    Status visit_opt(const ast::ExprPtr& e) { return e ? visit_expr(*e) : ok_status(); }

    Status visit_stmt(const ast::Stmt& s) {
        DepthGuard guard(depth_);
        if (guard.exceeded()) return recursion_error();
        using K = ast::StmtKind;
        switch (s.kind) {
        case K::FunctionDef:
        case K::AsyncFunctionDef: return visit_function(static_cast<const ast::FunctionDefBase&>(s));
        case K::ClassDef: return visit_class(static_cast<const ast::ClassDef&>(s));
        case K::Return: {
            auto& r = static_cast<const ast::Return&>(s);
            if (r.value) {
                TRY(visit_expr(*r.value));
                cur_->returns_value = true;
            }
            return ok_status();
        }
        case K::Delete: return visit_exprs(static_cast<const ast::Delete&>(s).targets);
        case K::Assign: {
            auto& a = static_cast<const ast::Assign&>(s);
            TRY(visit_exprs(a.targets));
            return visit_expr(*a.value);
        }
        case K::AugAssign: {
            auto& a = static_cast<const ast::AugAssign&>(s);
            TRY(visit_expr(*a.target));
            return visit_expr(*a.value);
        }
        case K::AnnAssign: return visit_annassign(static_cast<const ast::AnnAssign&>(s));
        case K::For:
        case K::AsyncFor: {
            auto& f = static_cast<const ast::ForBase&>(s);
            TRY(visit_expr(*f.target));
            TRY(visit_expr(*f.iter));
            TRY(visit_stmts(f.body));
            return visit_stmts(f.orelse);
        }
        case K::While: {
            auto& w = static_cast<const ast::While&>(s);
            TRY(visit_expr(*w.test));
            TRY(visit_stmts(w.body));
            return visit_stmts(w.orelse);
        }
        case K::If: {
            auto& i = static_cast<const ast::If&>(s);
            TRY(visit_expr(*i.test));
            TRY(visit_stmts(i.body));
            return visit_stmts(i.orelse);
        }
        case K::With:
        case K::AsyncWith: {
            auto& w = static_cast<const ast::WithBase&>(s);
            for (const auto& item : w.items) {
                TRY(visit_expr(*item.context_expr));
                TRY(visit_opt(item.optional_vars));
            }
            return visit_stmts(w.body);
        }
        case K::Raise: {
            auto& r = static_cast<const ast::Raise&>(s);
            TRY(visit_opt(r.exc));
            return visit_opt(r.cause);
        }
        case K::Try: {
            auto& t = static_cast<const ast::Try&>(s);
            TRY(visit_stmts(t.body));
            TRY(visit_stmts(t.orelse));
            for (const auto& h : t.handlers) {
                TRY(visit_opt(h.type));
                if (!h.name.empty()) TRY(add_def(h.name, kDefLocal, h.loc));
                TRY(visit_stmts(h.body));
            }
            return visit_stmts(t.finalbody);
        }
        case K::Assert: {
            auto& a = static_cast<const ast::Assert&>(s);
            TRY(visit_expr(*a.test));
            return visit_opt(a.msg);
        }
        case K::Import:
            for (const auto& alias : static_cast<const ast::Import&>(s).names) TRY(visit_alias(alias));
            return ok_status();
        case K::ImportFrom:
            for (const auto& alias : static_cast<const ast::ImportFrom&>(s).names) TRY(visit_alias(alias));
            return ok_status();
        case K::Global: return visit_global(s, static_cast<const ast::Global&>(s).names, true);
        case K::Nonlocal: return visit_global(s, static_cast<const ast::Nonlocal&>(s).names, false);
        case K::ExprStmt: return visit_expr(*static_cast<const ast::ExprStmt&>(s).value);
        case K::Pass:
        case K::Break:
        case K::Continue: return ok_status();
        }
        return ok_status();
    }

    Status visit_function(const ast::FunctionDefBase& f) {
        TRY(add_def(f.name, kDefLocal, f.loc));
        TRY(visit_exprs(f.args->defaults));
        TRY(visit_exprs(f.args->kw_defaults));
        TRY(visit_annotations(*f.args, f.returns.get()));
        TRY(visit_exprs(f.decorator_list));
        enter_block(f.name, BlockKind::Function, node_key(f), f.loc);
        if (f.kind == ast::StmtKind::AsyncFunctionDef) cur_->is_coroutine = true;
        TRY(visit_arguments(*f.args));
        TRY(visit_stmts(f.body));
        exit_block();
        return ok_status();
    }

    Status visit_class(const ast::ClassDef& c) {
        TRY(add_def(c.name, kDefLocal, c.loc));
        TRY(visit_exprs(c.bases));
        for (const auto& kw : c.keywords) TRY(visit_expr(*kw.value));
        TRY(visit_exprs(c.decorator_list));
        enter_block(c.name, BlockKind::Class, node_key(c), c.loc);
        std::string saved = std::move(private_);
        private_ = c.name;
        Status s = visit_stmts(c.body);
        private_ = std::move(saved);
        TRY(s);
        exit_block();
        return ok_status();
    }

    Status visit_annassign(const ast::AnnAssign& s) {
        if (auto* name = ast::as<ast::Name>(s.target.get())) {
            uint32_t cur = lookup(name->id);
            if ((cur & (kDefGlobal | kDefNonlocal)) && cur_ != global_ && s.simple)
                return error(s.loc, format(cur & kDefGlobal ? "annotated name '%s' can't be global"
                                                            : "annotated name '%s' can't be nonlocal",
                                           name->id));
            if (s.simple) TRY(add_def(name->id, kDefAnnot | kDefLocal, name->loc));
            else if (s.value) TRY(add_def(name->id, kDefLocal, name->loc));
        } else {
            TRY(visit_expr(*s.target));
        }
        TRY(visit_expr(*s.annotation));
        return visit_opt(s.value);
    }

    Status visit_alias(const ast::Alias& a) {
        // `import a.b.c` binds `a`; `import a.b as c` binds `c`.
        std::string_view store = a.asname.empty() ? std::string_view(a.name) : std::string_view(a.asname);
        if (a.asname.empty()) store = store.substr(0, store.find('.'));
        if (store == "*") {
            if (cur_->kind != BlockKind::Module) return error(a.loc, "import * only allowed at module level");
            return ok_status();
        }
        return add_def(store, kDefImport, a.loc);
    }

    Status visit_global(const ast::Stmt& s, const std::vector<std::string>& names, bool is_global) {
        for (const auto& name : names) {
            uint32_t cur = lookup(name);
            if (cur & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
                std::string decl = is_global ? "global" : "nonlocal";
                std::string quoted = "'" + name + "'";
                if (cur & kDefParam) return error(s.loc, "name " + quoted + " is parameter and " + decl);
                if (cur & kUse) return error(s.loc, "name " + quoted + " is used prior to " + decl + " declaration");
                if (cur & kDefAnnot) return error(s.loc, "annotated name " + quoted + " can't be " + decl);
                return error(s.loc, "name " + quoted + " is assigned to before " + decl + " declaration");
            }
            TRY(add_def(name, is_global ? kDefGlobal : kDefNonlocal, s.loc));
            record_directive(name, s.loc);
        }
        return ok_status();
    }

    // ------------------------------------------------------------ arguments

    Status visit_params(const std::vector<ast::Arg>& args) {
        for (const auto& a : args) TRY(add_def(a.arg, kDefParam, a.loc));
        return ok_status();
    }

    // Parameter order is the frame-slot order: positional, keyword-only,
    // then *args and **kwargs.
    Status visit_arguments(const ast::Arguments& a) {
        TRY(visit_params(a.posonlyargs));
        TRY(visit_params(a.args));
        TRY(visit_params(a.kwonlyargs));
        if (a.vararg) {
            TRY(add_def(a.vararg->arg, kDefParam, a.vararg->loc));
            cur_->has_varargs = true;
        }
        if (a.kwarg) {
            TRY(add_def(a.kwarg->arg, kDefParam, a.kwarg->loc));
            cur_->has_varkeywords = true;
        }
        return ok_status();
    }

    // Annotations are evaluated in the enclosing scope at definition time.
    Status visit_annotations(const ast::Arguments& a, const ast::Expr* returns) {
        for (const auto* list : {&a.posonlyargs, &a.args, &a.kwonlyargs})
            for (const auto& arg : *list) TRY(visit_opt(arg.annotation));
        for (const auto* arg : {a.vararg.get(), a.kwarg.get()})
            if (arg) TRY(visit_opt(arg->annotation));
        return returns ? visit_expr(*returns) : ok_status();
    }

    // ------------------------------------------------------------ expressions

    Status visit_expr(const ast::Expr& e) {
        DepthGuard guard(depth_);
        if (guard.exceeded()) return recursion_error();
        using K = ast::ExprKind;
        switch (e.kind) {
        case K::NamedExpr: return visit_named_expr(static_cast<const ast::NamedExpr&>(e));
        case K::BoolOp: return visit_exprs(static_cast<const ast::BoolOp&>(e).values);
        case K::BinOp: {
            auto& b = static_cast<const ast::BinOp&>(e);
            TRY(visit_expr(*b.left));
            return visit_expr(*b.right);
        }
        case K::UnaryOp: return visit_expr(*static_cast<const ast::UnaryOp&>(e).operand);
        case K::Lambda: {
            auto& l = static_cast<const ast::Lambda&>(e);
            TRY(visit_exprs(l.args->defaults));
            TRY(visit_exprs(l.args->kw_defaults));
            enter_block("lambda", BlockKind::Function, node_key(e), e.loc);
            TRY(visit_arguments(*l.args));
            TRY(visit_expr(*l.body));
            exit_block();
            return ok_status();
        }
        case K::IfExp: {
            auto& i = static_cast<const ast::IfExp&>(e);
            TRY(visit_expr(*i.test));
            TRY(visit_expr(*i.body));
            return visit_expr(*i.orelse);
        }
        case K::Dict: {
            auto& d = static_cast<const ast::Dict&>(e);
            TRY(visit_exprs(d.keys));
            return visit_exprs(d.values);
        }
        case K::Set: return visit_exprs(static_cast<const ast::Set&>(e).elts);
        case K::GeneratorExp: {
            auto& g = static_cast<const ast::GeneratorExp&>(e);
            return visit_comprehension(e, "genexpr", ComprehensionKind::Generator, g.generators, *g.elt, nullptr);
        }
        case K::ListComp: {
            auto& c = static_cast<const ast::ListComp&>(e);
            return visit_comprehension(e, "listcomp", ComprehensionKind::List, c.generators, *c.elt, nullptr);
        }
        case K::SetComp: {
            auto& c = static_cast<const ast::SetComp&>(e);
            return visit_comprehension(e, "setcomp", ComprehensionKind::Set, c.generators, *c.elt, nullptr);
        }
        case K::DictComp: {
            auto& c = static_cast<const ast::DictComp&>(e);
            return visit_comprehension(e, "dictcomp", ComprehensionKind::Dict, c.generators, *c.key, c.value.get());
        }
        case K::Yield:
        case K::YieldFrom: {
            const ast::ExprPtr& value = e.kind == K::Yield ? static_cast<const ast::Yield&>(e).value
                                                           : static_cast<const ast::YieldFrom&>(e).value;
            TRY(visit_opt(value));
            cur_->is_generator = true;
            if (cur_->comprehension != ComprehensionKind::None) return yield_in_comprehension(e);
            return ok_status();
        }
        case K::Await:
            TRY(visit_expr(*static_cast<const ast::Await&>(e).value));
            cur_->is_coroutine = true;
            return ok_status();
        case K::Compare: {
            auto& c = static_cast<const ast::Compare&>(e);
            TRY(visit_expr(*c.left));
            return visit_exprs(c.comparators);
        }
        case K::Call: {
            auto& c = static_cast<const ast::Call&>(e);
            TRY(visit_expr(*c.func));
            TRY(visit_exprs(c.args));
            for (const auto& kw : c.keywords) TRY(visit_expr(*kw.value));
            return ok_status();
        }
        case K::FormattedValue: {
            auto& f = static_cast<const ast::FormattedValue&>(e);
            TRY(visit_expr(*f.value));
            return visit_opt(f.format_spec);
        }
        case K::JoinedStr: return visit_exprs(static_cast<const ast::JoinedStr&>(e).values);
        case K::Constant: return ok_status();
        case K::Attribute: return visit_expr(*static_cast<const ast::Attribute&>(e).value);
        case K::Subscript: {
            auto& s = static_cast<const ast::Subscript&>(e);
            TRY(visit_expr(*s.value));
            return visit_expr(*s.slice);
        }
        case K::Starred: return visit_expr(*static_cast<const ast::Starred&>(e).value);
        case K::Slice: {
            auto& s = static_cast<const ast::Slice&>(e);
            TRY(visit_opt(s.lower));
            TRY(visit_opt(s.upper));
            return visit_opt(s.step);
        }
        case K::Name: {
            auto& n = static_cast<const ast::Name&>(e);
            TRY(add_def(n.id, n.ctx == ast::ExprContext::Load ? kUse : kDefLocal, e.loc));
            // Zero-argument super() needs the __class__ cell.
            if (n.ctx == ast::ExprContext::Load && cur_->kind == BlockKind::Function && n.id == "super")
                TRY(add_def("__class__", kUse, e.loc));
            return ok_status();
        }
        case K::List: return visit_exprs(static_cast<const ast::List&>(e).elts);
        case K::Tuple: return visit_exprs(static_cast<const ast::Tuple&>(e).elts);
        }
        return ok_status();
    }

    ErrorTag yield_in_comprehension(const ast::Expr& e) {
        switch (cur_->comprehension) {
        case ComprehensionKind::List: return error(e.loc, "'yield' inside list comprehension");
        case ComprehensionKind::Set: return error(e.loc, "'yield' inside set comprehension");
        case ComprehensionKind::Dict: return error(e.loc, "'yield' inside dict comprehension");
        default: return error(e.loc, "'yield' inside generator expression");
        }
    }

    // ------------------------------------------------------------ comprehensions

    Status visit_comprehension(const ast::Expr& e, const char* name, ComprehensionKind kind,
                               const ast::ComprehensionList& generators, const ast::Expr& elt, const ast::Expr* value) {
        bool is_generator = kind == ComprehensionKind::Generator;
        const ast::Comprehension& outermost = generators[0];
        // The outermost iterable is evaluated in the enclosing scope.
        ++cur_->comp_iter_expr_;
        Status s = visit_expr(*outermost.iter);
        --cur_->comp_iter_expr_;
        TRY(s);
        enter_block(std::string("<") + name + ">", BlockKind::Function, node_key(e), e.loc);
        cur_->comprehension = kind;
        if (outermost.is_async) cur_->is_coroutine = true;
        // The outermost iterator arrives as the implicit parameter `.0`.
        TRY(add_def(".0", kDefParam, e.loc));
        TRY(visit_comp_target(*outermost.target));
        TRY(visit_exprs(outermost.ifs));
        for (size_t i = 1; i < generators.size(); ++i) {
            const ast::Comprehension& gen = generators[i];
            TRY(visit_comp_target(*gen.target));
            ++cur_->comp_iter_expr_;
            Status iter_status = visit_expr(*gen.iter);
            --cur_->comp_iter_expr_;
            TRY(iter_status);
            TRY(visit_exprs(gen.ifs));
            if (gen.is_async) cur_->is_coroutine = true;
        }
        if (value) TRY(visit_expr(*value));
        TRY(visit_expr(elt));
        cur_->is_generator = is_generator;
        bool is_async = cur_->is_coroutine && !is_generator;
        exit_block();
        // Awaiting an asynchronous list/set/dict comprehension makes the
        // enclosing function a coroutine.
        if (is_async) cur_->is_coroutine = true;
        return ok_status();
    }

    Status visit_comp_target(const ast::Expr& target) {
        cur_->comp_iter_target_ = true;
        Status s = visit_expr(target);
        cur_->comp_iter_target_ = false;
        return s;
    }

    Status visit_named_expr(const ast::NamedExpr& e) {
        if (cur_->comp_iter_expr_ > 0)
            return error(e.loc, "assignment expression cannot be used in a comprehension iterable expression");
        if (cur_->comprehension != ComprehensionKind::None) {
            // Inside a comprehension the target binds in the enclosing function or module.
            TRY(extend_namedexpr_scope(static_cast<const ast::Name&>(*e.target)));
        }
        TRY(visit_expr(*e.value));
        return visit_expr(*e.target);
    }

    Status extend_namedexpr_scope(const ast::Name& target) {
        const std::string& name = target.id;
        for (size_t i = stack_.size(); i-- > 0;) {
            Scope* scope = stack_[i];
            if (scope->comprehension != ComprehensionKind::None) {
                if (scope->flags_of(mangle(private_, name)) & kDefCompIter)
                    return error(target.loc, format("assignment expression cannot rebind comprehension "
                                                    "iteration variable '%s'",
                                                    name));
                continue;
            }
            if (scope->kind == BlockKind::Function) {
                uint32_t flags = scope->flags_of(mangle(private_, name));
                TRY(add_def(name, (flags & kDefGlobal) ? kDefGlobal : kDefNonlocal, target.loc));
                record_directive(name, target.loc);
                return add_def_in(scope, name, kDefLocal, target.loc);
            }
            if (scope->kind == BlockKind::Module) {
                TRY(add_def(name, kDefGlobal, target.loc));
                record_directive(name, target.loc);
                return add_def_in(scope, name, kDefGlobal, target.loc);
            }
            return error(target.loc, "assignment expression within a comprehension cannot be used in a class body");
        }
        return ok_status();
    }

    // ------------------------------------------------------------ analysis

    ErrorTag error_at_directive(const Scope* scope, const std::string& name, const std::string& message) {
        for (const auto& [n, loc] : scope->directives_)
            if (n == name) return error(loc, message);
        return error(scope->loc, message);
    }

    // Decide the scope of one name in `scope` (CPython's analyze_name).
    Status analyze_name(Scope* scope, std::unordered_map<std::string, SymbolScope>& scopes, const std::string& name,
                        uint32_t flags, NameSet* bound, NameSet& local, NameSet& free, NameSet& global) {
        if (flags & kDefGlobal) {
            if (flags & kDefNonlocal)
                return error_at_directive(scope, name, format("name '%s' is nonlocal and global", name));
            scopes[name] = SymbolScope::GlobalExplicit;
            global.insert(name);
            if (bound) bound->erase(name); // hides an enclosing binding from nested scopes
            return ok_status();
        }
        if (flags & kDefNonlocal) {
            if (!bound) return error_at_directive(scope, name, "nonlocal declaration not allowed at module level");
            if (!bound->count(name))
                return error_at_directive(scope, name, format("no binding for nonlocal '%s' found", name));
            scopes[name] = SymbolScope::Free;
            scope->has_free = true;
            free.insert(name);
            return ok_status();
        }
        if (flags & kDefBound) {
            scopes[name] = SymbolScope::Local;
            local.insert(name);
            global.erase(name);
            return ok_status();
        }
        // Not bound here: free if an enclosing function binds it, else global.
        if (bound && bound->count(name)) {
            scopes[name] = SymbolScope::Free;
            scope->has_free = true;
            free.insert(name);
            return ok_status();
        }
        if (!global.count(name) && scope->nested) scope->has_free = true;
        scopes[name] = SymbolScope::GlobalImplicit;
        return ok_status();
    }

    // Resolve `scope` and its children. `bound` (names bound by enclosing
    // functions) is null for the module; `free` receives the names this
    // scope needs from outside. The caller passes copies it may lose.
    Status analyze_block(Scope* scope, NameSet* bound, NameSet& free, NameSet& global) {
        std::unordered_map<std::string, SymbolScope> scopes;
        NameSet local, newglobal, newfree, newbound;
        bool is_class = scope->kind == BlockKind::Class;

        // A class passes its enclosing bindings through unchanged: its own
        // names are invisible to nested functions.
        if (is_class) {
            newglobal = global;
            if (bound) newbound = *bound;
        }
        for (const auto& [name, sym] : scope->symbols_)
            TRY(analyze_name(scope, scopes, name, sym.flags, bound, local, free, global));
        if (!is_class) {
            if (scope->kind == BlockKind::Function) newbound.insert(local.begin(), local.end());
            if (bound) newbound.insert(bound->begin(), bound->end());
            newglobal.insert(global.begin(), global.end());
        } else {
            newbound.insert("__class__"); // the implicit cell methods may use
        }

        NameSet allfree;
        for (auto& child : scope->children) {
            NameSet child_bound = newbound, child_free = newfree, child_global = newglobal;
            TRY(analyze_block(child.get(), &child_bound, child_free, child_global));
            allfree.insert(child_free.begin(), child_free.end());
            if (child->has_free || child->child_free) scope->child_free = true;
        }
        newfree.insert(allfree.begin(), allfree.end());

        if (scope->kind == BlockKind::Function) {
            // Locals captured by nested functions become cells.
            for (auto& [name, sc] : scopes) {
                if (sc == SymbolScope::Local && newfree.count(name)) {
                    sc = SymbolScope::Cell;
                    newfree.erase(name);
                }
            }
        } else if (is_class && newfree.erase("__class__")) {
            scope->needs_class_closure = true;
        }
        update_symbols(scope, scopes, bound, newfree, is_class);
        free.insert(newfree.begin(), newfree.end());
        return ok_status();
    }

    static void update_symbols(Scope* scope, const std::unordered_map<std::string, SymbolScope>& scopes,
                               const NameSet* bound, const NameSet& free, bool is_class) {
        for (auto& [name, sym] : scope->symbols_) sym.scope = scopes.at(name);
        for (const auto& name : free) {
            if (const Symbol* existing = scope->find(name)) {
                // A method's free variable that the class itself binds (or
                // declares global): the class must pass the cell through.
                if (is_class && (existing->flags & (kDefBound | kDefGlobal)))
                    scope->symbol(name).flags |= kDefFreeClass;
                continue;
            }
            if (bound && !bound->count(name)) continue;    // a global, resolved by the child
            scope->symbol(name).scope = SymbolScope::Free; // passes through this scope
        }
    }

    SymbolTable& table_;
    SourceInfo source_;
    std::vector<Scope*> stack_;
    Scope* cur_ = nullptr;
    Scope* global_ = nullptr;
    std::string private_; // enclosing class name for mangling (empty: none)
    int depth_ = 0;
};

Result<std::unique_ptr<SymbolTable>> SymbolTable::build(const ast::Module& module, const SourceInfo& source) {
    auto table = std::make_unique<SymbolTable>();
    SymbolTableBuilder builder(*table, source);
    TRY(builder.build(module));
    return table;
}

} // namespace pyco
