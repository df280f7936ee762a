// Code generation for `def`, `async def`, `lambda` and `class`: the values
// evaluated at definition time (decorators, defaults, annotations), the
// nested code object, and the function or class built from it.
#include "runtime/error.h"
#include "vm/compiler_internal.h"

namespace pyco {

Status Compiler::compile_decorators(const ast::ExprList& decorators) { return visit_exprs(decorators); }

// The decorators sit below the new function: `CALL 0` with [deco, f] on the
// stack calls deco(f) (the slot below the callable holds the argument).
void Compiler::apply_decorators(const ast::ExprList& decorators) {
    LocSaver saved(u_);
    for (size_t i = decorators.size(); i-- > 0;) {
        set_loc(decorators[i]->loc);
        emit(Opcode::CALL, 0);
    }
}

Status Compiler::check_debug_args(const ast::Arguments& args) {
    auto check = [&](const ast::Arg* arg) -> Status {
        if (arg && arg->arg == "__debug__") return error("cannot assign to __debug__");
        return ok_status();
    };
    for (const auto* list : {&args.posonlyargs, &args.args, &args.kwonlyargs})
        for (const auto& arg : *list) TRY(check(&arg));
    TRY(check(args.vararg.get()));
    return check(args.kwarg.get());
}

// Positional defaults as a tuple, keyword-only defaults as a dict; returns
// the MAKE_FUNCTION flags for what was pushed.
Result<uint32_t> Compiler::compile_defaults(const ast::Arguments& args) {
    uint32_t flags = 0;
    if (!args.defaults.empty()) {
        TRY(visit_exprs(args.defaults));
        emit(Opcode::BUILD_TUPLE, static_cast<uint32_t>(args.defaults.size()));
        flags |= kMakeDefaults;
    }
    uint32_t count = 0;
    for (size_t i = 0; i < args.kwonlyargs.size(); ++i) {
        if (i >= args.kw_defaults.size() || !args.kw_defaults[i]) continue;
        load_str(mangled(args.kwonlyargs[i].arg));
        TRY(visit_expr(*args.kw_defaults[i]));
        ++count;
    }
    if (count) {
        emit(Opcode::BUILD_MAP, count);
        flags |= kMakeKwDefaults;
    }
    return flags;
}

// The __annotations__ dict of a function, built at definition time in
// CPython 3.11's order (regular parameters before positional-only ones).
Result<bool> Compiler::compile_annotations(const ast::Arguments& args, const ast::Expr* returns) {
    uint32_t count = 0;
    auto add = [&](std::string_view name, const ast::Expr* annotation) -> Status {
        if (!annotation) return ok_status();
        load_str(mangled(name));
        if (auto* star = ast::as<ast::Starred>(annotation); star && !future_annotations_) {
            // `*args: *Ts` stores the single item unpacked from Ts.
            TRY(visit_expr(*star->value));
            emit(Opcode::UNPACK_SEQUENCE, 1);
        } else {
            TRY(compile_annotation(*annotation));
        }
        ++count;
        return ok_status();
    };
    for (const auto& arg : args.args) TRY(add(arg.arg, arg.annotation.get()));
    for (const auto& arg : args.posonlyargs) TRY(add(arg.arg, arg.annotation.get()));
    if (args.vararg) TRY(add(args.vararg->arg, args.vararg->annotation.get()));
    for (const auto& arg : args.kwonlyargs) TRY(add(arg.arg, arg.annotation.get()));
    if (args.kwarg) TRY(add(args.kwarg->arg, args.kwarg->annotation.get()));
    TRY(add("return", returns));
    if (count) emit(Opcode::BUILD_MAP, count);
    return count > 0;
}

void Compiler::set_arg_counts(const ast::Arguments& args) {
    u_->posonlyargcount = static_cast<int>(args.posonlyargs.size());
    u_->argcount = static_cast<int>(args.posonlyargs.size() + args.args.size());
    u_->kwonlyargcount = static_cast<int>(args.kwonlyargs.size());
}

Status Compiler::compile_function(const ast::FunctionDefBase& s) {
    bool is_async = s.kind == ast::StmtKind::AsyncFunctionDef;
    TRY(check_debug_args(*s.args));
    TRY(compile_decorators(s.decorator_list));
    int firstlineno = s.decorator_list.empty() ? s.loc.lineno : s.decorator_list[0]->loc.lineno;
    uint32_t flags = TRY(compile_defaults(*s.args));
    if (TRY(compile_annotations(*s.args, s.returns.get()))) flags |= kMakeAnnotations;

    TRY(enter_scope(s.name, is_async ? UnitKind::AsyncFunction : UnitKind::Function, node_key(s), firstlineno));
    // consts[0] is the docstring, or None (function.__doc__ reads it).
    const ast::Constant* doc = docstring_of(s.body);
    if (doc) {
        Ref text = TRY(constant_object(doc->value));
        add_const(text.get());
    } else {
        add_const(None());
    }
    set_arg_counts(*s.args);
    for (size_t i = doc ? 1 : 0; i < s.body.size(); ++i) TRY(visit_stmt(*s.body[i]));
    Handle<Code> code = TRY(assemble(true));
    exit_scope();

    TRY(make_closure(std::move(code), flags));
    apply_decorators(s.decorator_list);
    return compile_name(s.name, ast::ExprContext::Store);
}

Status Compiler::compile_lambda(const ast::Lambda& e) {
    TRY(check_debug_args(*e.args));
    uint32_t flags = TRY(compile_defaults(*e.args));
    TRY(enter_scope("<lambda>", UnitKind::Lambda, node_key(e), e.loc.lineno));
    add_const(None()); // consts[0]: a lambda has no docstring
    set_arg_counts(*e.args);
    TRY(visit_expr(*e.body));
    emit(Opcode::RETURN_VALUE);
    Handle<Code> code = TRY(assemble(true));
    exit_scope();
    return make_closure(std::move(code), flags);
}

// class C(bases, **kw): body  ==>  __build_class__(<body function>, 'C', bases, **kw)
// The body function runs in the class namespace and returns the __class__
// cell (when methods use it) so type() can fill it in.
Status Compiler::compile_class(const ast::ClassDef& s) {
    TRY(compile_decorators(s.decorator_list));
    int firstlineno = s.decorator_list.empty() ? s.loc.lineno : s.decorator_list[0]->loc.lineno;

    TRY(enter_scope(s.name, UnitKind::Class, node_key(s), firstlineno));
    u_->private_name = s.name;
    set_loc(s.loc);
    TRY(compile_name("__name__", ast::ExprContext::Load));
    TRY(compile_name("__module__", ast::ExprContext::Store));
    load_str(u_->qualname);
    TRY(compile_name("__qualname__", ast::ExprContext::Store));
    TRY(compile_body(s.body));
    unset_loc();
    if (u_->ste->needs_class_closure) {
        emit(Opcode::LOAD_CLOSURE, static_cast<uint32_t>(u_->cellvars.find("__class__")));
        emit(Opcode::COPY, 1);
        TRY(compile_name("__classcell__", ast::ExprContext::Store));
    } else {
        load_none();
    }
    emit(Opcode::RETURN_VALUE);
    Handle<Code> code = TRY(assemble(true));
    exit_scope();

    emit(Opcode::PUSH_NULL);
    emit(Opcode::LOAD_BUILD_CLASS);
    TRY(make_closure(std::move(code), 0));
    load_str(s.name);
    TRY(compile_call_helper(2, s.bases, s.keywords));
    apply_decorators(s.decorator_list);
    return compile_name(s.name, ast::ExprContext::Store);
}

} // namespace pyco
