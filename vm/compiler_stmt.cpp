// Code generation for statements (except try/with, in compiler_except.cpp,
// and def/class, in compiler_function.cpp).
#include "runtime/error.h"
#include "vm/compiler_internal.h"

namespace pyco {

const ast::Constant* docstring_of(const ast::StmtList& body) {
    if (body.empty()) return nullptr;
    auto* stmt = ast::as<ast::ExprStmt>(body[0].get());
    auto* constant = stmt ? ast::as<ast::Constant>(stmt->value.get()) : nullptr;
    return constant && constant->value.kind == ast::ConstantValue::Kind::Str ? constant : nullptr;
}

// ---------------------------------------------------------------- bodies

// Whether a module or class body needs `__annotations__` (CPython's find_ann:
// any annotated assignment, looking into compound statements but not into
// nested definitions).
bool Compiler::has_annotations(const ast::StmtList& body) {
    using K = ast::StmtKind;
    for (const auto& s : body) {
        switch (s->kind) {
        case K::AnnAssign: return true;
        case K::For:
        case K::AsyncFor: {
            auto& f = static_cast<const ast::ForBase&>(*s);
            if (has_annotations(f.body) || has_annotations(f.orelse)) return true;
            break;
        }
        case K::While: {
            auto& w = static_cast<const ast::While&>(*s);
            if (has_annotations(w.body) || has_annotations(w.orelse)) return true;
            break;
        }
        case K::If: {
            auto& i = static_cast<const ast::If&>(*s);
            if (has_annotations(i.body) || has_annotations(i.orelse)) return true;
            break;
        }
        case K::With:
        case K::AsyncWith:
            if (has_annotations(static_cast<const ast::WithBase&>(*s).body)) return true;
            break;
        case K::Try: {
            auto& t = static_cast<const ast::Try&>(*s);
            for (const auto& h : t.handlers)
                if (has_annotations(h.body)) return true;
            if (has_annotations(t.body) || has_annotations(t.finalbody) || has_annotations(t.orelse)) return true;
            break;
        }
        default: break;
        }
    }
    return false;
}

// A module or class body: __annotations__, the docstring into __doc__, then
// the statements.
Status Compiler::compile_body(const ast::StmtList& body) {
    if (u_->kind == UnitKind::Module && !body.empty()) set_loc(body[0]->loc);
    if (has_annotations(body)) emit(Opcode::SETUP_ANNOTATIONS);
    size_t first = 0;
    if (const ast::Constant* doc = docstring_of(body)) {
        first = 1;
        TRY(visit_expr(*doc));
        unset_loc();
        TRY(compile_name("__doc__", ast::ExprContext::Store));
    }
    for (size_t i = first; i < body.size(); ++i) TRY(visit_stmt(*body[i]));
    return ok_status();
}

Status Compiler::compile_interactive(const ast::StmtList& body) {
    if (has_annotations(body)) emit(Opcode::SETUP_ANNOTATIONS);
    return visit_stmts(body);
}

Status Compiler::visit_stmts(const ast::StmtList& body) {
    for (const auto& s : body) TRY(visit_stmt(*s));
    return ok_status();
}

// ---------------------------------------------------------------- dispatch

Status Compiler::visit_stmt(const ast::Stmt& s) {
    TRY(enter_depth());
    set_loc(s.loc);
    u_->last_stmt_loc = u_->loc;
    using K = ast::StmtKind;
    Status status;
    switch (s.kind) {
    case K::FunctionDef:
    case K::AsyncFunctionDef: status = compile_function(static_cast<const ast::FunctionDefBase&>(s)); break;
    case K::ClassDef: status = compile_class(static_cast<const ast::ClassDef&>(s)); break;
    case K::Return: status = compile_return(static_cast<const ast::Return&>(s)); break;
    case K::Delete: status = compile_delete(static_cast<const ast::Delete&>(s)); break;
    case K::Assign: status = compile_assign(static_cast<const ast::Assign&>(s)); break;
    case K::AugAssign: status = compile_augassign(static_cast<const ast::AugAssign&>(s)); break;
    case K::AnnAssign: status = compile_annassign(static_cast<const ast::AnnAssign&>(s)); break;
    case K::For: status = compile_for(static_cast<const ast::For&>(s)); break;
    case K::AsyncFor: status = compile_async_for(static_cast<const ast::AsyncFor&>(s)); break;
    case K::While: status = compile_while(static_cast<const ast::While&>(s)); break;
    case K::If: status = compile_if(static_cast<const ast::If&>(s)); break;
    case K::With: status = compile_with(static_cast<const ast::WithBase&>(s), 0); break;
    case K::AsyncWith: status = compile_async_with(static_cast<const ast::WithBase&>(s), 0); break;
    case K::Raise: status = compile_raise(static_cast<const ast::Raise&>(s)); break;
    case K::Try: status = compile_try(static_cast<const ast::Try&>(s)); break;
    case K::Assert: status = compile_assert(static_cast<const ast::Assert&>(s)); break;
    case K::Import: status = compile_import(static_cast<const ast::Import&>(s)); break;
    case K::ImportFrom: status = compile_import_from(static_cast<const ast::ImportFrom&>(s)); break;
    case K::ExprStmt: status = compile_expr_stmt(static_cast<const ast::ExprStmt&>(s)); break;
    case K::Break: status = compile_break(); break;
    case K::Continue: status = compile_continue(); break;
    case K::Global:
    case K::Nonlocal:
    case K::Pass: break;
    }
    leave_depth();
    return status;
}

Status Compiler::compile_expr_stmt(const ast::ExprStmt& s) {
    // The REPL shows the value of top-level expression statements.
    if (mode_ == CompileMode::Single && units_.size() == 1) {
        TRY(visit_expr(*s.value));
        emit(Opcode::PRINT_EXPR);
        return ok_status();
    }
    if (ast::as<ast::Constant>(s.value.get())) return ok_status(); // a bare constant does nothing
    TRY(visit_expr(*s.value));
    unset_loc();
    emit(Opcode::POP_TOP);
    return ok_status();
}

// ---------------------------------------------------------------- assignment

Status Compiler::compile_assign(const ast::Assign& s) {
    TRY(visit_expr(*s.value));
    for (size_t i = 0; i < s.targets.size(); ++i) {
        if (i + 1 < s.targets.size()) emit(Opcode::COPY, 1);
        TRY(visit_expr(*s.targets[i]));
    }
    return ok_status();
}

// `t op= v`: the target's container and key are evaluated once, its value
// loaded, combined in place, and stored back.
Status Compiler::compile_augassign(const ast::AugAssign& s) {
    const ast::Expr& target = *s.target;
    {
        LocSaver saved(u_);
        set_loc(target.loc);
        if (auto* attr = ast::as<ast::Attribute>(&target)) {
            TRY(visit_expr(*attr->value));
            emit(Opcode::COPY, 1);
            move_loc_to_attr(*attr);
            emit(Opcode::LOAD_ATTR, static_cast<uint32_t>(add_name(attr->attr)));
        } else if (auto* sub = ast::as<ast::Subscript>(&target)) {
            TRY(visit_expr(*sub->value));
            TRY(visit_expr(*sub->slice));
            emit(Opcode::COPY, 2);
            emit(Opcode::COPY, 2);
            emit(Opcode::BINARY_SUBSCR);
        } else if (auto* name = ast::as<ast::Name>(&target)) {
            TRY(compile_name(name->id, ast::ExprContext::Load));
        } else {
            return raise(SystemError_type, "invalid node type for augmented assignment");
        }
    }
    TRY(visit_expr(*s.value));
    emit(Opcode::BINARY_OP, binary_op_arg(s.op, true));
    set_loc(target.loc);
    if (auto* attr = ast::as<ast::Attribute>(&target)) {
        move_loc_to_attr(*attr);
        emit(Opcode::SWAP, 2);
        emit(Opcode::STORE_ATTR, static_cast<uint32_t>(add_name(attr->attr)));
    } else if (ast::as<ast::Subscript>(&target)) {
        emit(Opcode::SWAP, 3);
        emit(Opcode::SWAP, 2);
        emit(Opcode::STORE_SUBSCR);
    } else {
        TRY(compile_name(static_cast<const ast::Name&>(target).id, ast::ExprContext::Store));
    }
    return ok_status();
}

Status Compiler::compile_annotation(const ast::Expr& annotation) {
    if (!future_annotations_) return visit_expr(annotation);
    // PEP 563: the annotation is kept as its unparsed source text.
    std::string text = TRY(unparse_annotation(annotation));
    load_str(text);
    return ok_status();
}

Status Compiler::eval_annotation_target(const ast::Expr& e) {
    TRY(visit_expr(e));
    emit(Opcode::POP_TOP);
    return ok_status();
}

Status Compiler::eval_annotation_subscript(const ast::Expr& e) {
    if (auto* slice = ast::as<ast::Slice>(&e)) {
        for (const auto* part : {slice->lower.get(), slice->upper.get(), slice->step.get()})
            if (part) TRY(eval_annotation_target(*part));
        return ok_status();
    }
    if (auto* tuple = ast::as<ast::Tuple>(&e)) {
        for (const auto& elt : tuple->elts) TRY(eval_annotation_subscript(*elt));
        return ok_status();
    }
    return eval_annotation_target(e);
}

// `target: annotation [= value]`. The assignment happens first; a simple
// name's annotation is stored in __annotations__ at module and class level
// and not evaluated at all in functions.
Status Compiler::compile_annassign(const ast::AnnAssign& s) {
    bool module_or_class = u_->kind == UnitKind::Module || u_->kind == UnitKind::Class;
    if (s.value) {
        TRY(visit_expr(*s.value));
        TRY(visit_expr(*s.target));
    }
    if (auto* name = ast::as<ast::Name>(s.target.get())) {
        TRY(check_forbidden_name(name->id, ast::ExprContext::Store));
        if (s.simple && module_or_class) {
            TRY(compile_annotation(*s.annotation));
            emit(Opcode::LOAD_NAME, static_cast<uint32_t>(add_name_raw("__annotations__")));
            load_str(mangled(name->id));
            emit(Opcode::STORE_SUBSCR);
        }
    } else if (auto* attr = ast::as<ast::Attribute>(s.target.get())) {
        TRY(check_forbidden_name(attr->attr, ast::ExprContext::Store));
        if (!s.value) TRY(eval_annotation_target(*attr->value));
    } else if (auto* sub = ast::as<ast::Subscript>(s.target.get())) {
        if (!s.value) {
            TRY(eval_annotation_target(*sub->value));
            TRY(eval_annotation_subscript(*sub->slice));
        }
    }
    // The annotation of a complex target is evaluated (and dropped) last.
    if (!s.simple && !future_annotations_ && module_or_class) TRY(eval_annotation_target(*s.annotation));
    return ok_status();
}

Status Compiler::compile_delete(const ast::Delete& s) {
    for (const auto& target : s.targets) TRY(visit_expr(*target));
    return ok_status();
}

// ---------------------------------------------------------------- control flow

Status Compiler::compile_if(const ast::If& s) {
    Label end = new_label();
    Label next = s.orelse.empty() ? end : new_label();
    TRY(compile_jump_if(*s.test, next, false));
    TRY(visit_stmts(s.body));
    if (!s.orelse.empty()) {
        unset_loc();
        emit_jump(Opcode::JUMP, end);
        bind(next);
        TRY(visit_stmts(s.orelse));
    }
    bind(end);
    return ok_status();
}

// The test sits at the top and the back edge is a JUMP_BACKWARD (the
// interpreter's interrupt check), as CPython 3.12 lays loops out.
Status Compiler::compile_while(const ast::While& s) {
    Label loop = new_label(), anchor = new_label(), end = new_label();
    bind(loop);
    TRY(push_fblock(FBlock{FBlockKind::WhileLoop, loop, end}));
    TRY(compile_jump_if(*s.test, anchor, false));
    TRY(visit_stmts(s.body));
    // CPython 3.11 tests the condition again at the bottom: its back edge
    // has the test's location, or the while statement's when a constant test
    // was compiled away.
    if (ast::as<ast::Constant>(s.test.get())) set_loc(s.loc);
    else set_loc(s.test->loc);
    emit_jump(Opcode::JUMP_BACKWARD, loop);
    pop_fblock();
    bind(anchor);
    TRY(visit_stmts(s.orelse));
    bind(end);
    return ok_status();
}

Status Compiler::compile_for(const ast::For& s) {
    Label start = new_label(), cleanup = new_label(), end = new_label();
    TRY(push_fblock(FBlock{FBlockKind::ForLoop, start, end}));
    TRY(visit_expr(*s.iter));
    emit(Opcode::GET_ITER);
    bind(start);
    emit_jump(Opcode::FOR_ITER, cleanup);
    TRY(visit_expr(*s.target));
    TRY(visit_stmts(s.body));
    set_loc_of_last_stmt();
    emit_jump(Opcode::JUMP_BACKWARD, start);
    bind(cleanup);
    pop_fblock();
    TRY(visit_stmts(s.orelse));
    bind(end);
    return ok_status();
}

Status Compiler::compile_async_for(const ast::AsyncFor& s) {
    if (top_level_await()) u_->ste->is_coroutine = true;
    else if (u_->kind != UnitKind::AsyncFunction) return error("'async for' outside async function");
    Label start = new_label(), except = new_label(), end = new_label();
    TRY(visit_expr(*s.iter));
    emit(Opcode::GET_AITER);
    bind(start);
    TRY(push_fblock(FBlock{FBlockKind::ForLoop, start, end}));
    // The handler turns StopAsyncIteration from __anext__ into the loop exit.
    emit_setup(kSetupFinally, except);
    emit(Opcode::GET_ANEXT);
    load_none();
    compile_yield_from_loop();
    emit_pop_block();
    TRY(visit_expr(*s.target));
    TRY(visit_stmts(s.body));
    set_loc_of_last_stmt();
    emit_jump(Opcode::JUMP_BACKWARD, start);
    pop_fblock();
    bind(except);
    // END_ASYNC_FOR follows the `for`, not the body: the iterator's location.
    set_loc(s.iter->loc);
    emit(Opcode::END_ASYNC_FOR);
    TRY(visit_stmts(s.orelse));
    bind(end);
    return ok_status();
}

Status Compiler::compile_return(const ast::Return& s) {
    const ast::Expr* value = s.value.get();
    bool preserve_tos = value && !is_simple_constant(*value);
    if (!in_function_block()) return error("'return' outside function");
    if (value && u_->ste->is_coroutine && u_->ste->is_generator) return error("'return' with value in async generator");
    // The value is computed before any `finally` body runs.
    if (preserve_tos) TRY(visit_expr(*value));
    {
        // CPython leaves blocks at a constant value's position when it is
        // on the `return` line (what an except* block's SyntaxError shows).
        LocSaver saved(u_);
        if (value && !preserve_tos && value->loc.lineno == s.loc.lineno) set_loc(value->loc);
        TRY(unwind_fblock_stack(preserve_tos, nullptr));
    }
    if (!value) {
        load_none();
    } else if (!preserve_tos) {
        LocSaver saved(u_);
        set_loc(value->loc);
        TRY(compile_constant(static_cast<const ast::Constant&>(*value).value));
    }
    emit(Opcode::RETURN_VALUE);
    return ok_status();
}

Status Compiler::compile_break() {
    SrcLoc here = u_->loc;
    std::optional<FBlock> loop;
    TRY(unwind_fblock_stack(false, &loop));
    if (!loop) {
        u_->loc = here;
        return error("'break' outside loop");
    }
    TRY(unwind_fblock(*loop, false));
    emit_jump(Opcode::JUMP, loop->exit);
    return ok_status();
}

Status Compiler::compile_continue() {
    SrcLoc here = u_->loc;
    std::optional<FBlock> loop;
    TRY(unwind_fblock_stack(false, &loop));
    if (!loop) {
        u_->loc = here;
        return error("'continue' not properly in loop");
    }
    emit_jump(Opcode::JUMP, loop->block);
    return ok_status();
}

Status Compiler::compile_raise(const ast::Raise& s) {
    uint32_t n = 0;
    if (s.exc) {
        TRY(visit_expr(*s.exc));
        ++n;
        if (s.cause) {
            TRY(visit_expr(*s.cause));
            ++n;
        }
    }
    emit(Opcode::RAISE_VARARGS, n);
    return ok_status();
}

Status Compiler::compile_assert(const ast::Assert& s) {
    if (auto* tuple = ast::as<ast::Tuple>(s.test.get()); tuple && !tuple->elts.empty())
        TRY(warn("assertion is always true, perhaps remove parentheses?"));
    Label end = new_label();
    TRY(compile_jump_if(*s.test, end, true));
    emit(Opcode::LOAD_ASSERTION_ERROR);
    if (s.msg) {
        TRY(visit_expr(*s.msg));
        emit(Opcode::CALL, 0); // [AssertionError, msg]: the callable and its one argument
    }
    emit(Opcode::RAISE_VARARGS, 1);
    bind(end);
    return ok_status();
}

// ---------------------------------------------------------------- imports

// `import a.b.c` binds `a` to the top package; `import a.b.c as d` binds d
// to the submodule, reached with IMPORT_FROM over the components.
Status Compiler::compile_import(const ast::Import& s) {
    for (const auto& alias : s.names) {
        load_const(Value::small_int(0));
        load_none();
        emit(Opcode::IMPORT_NAME, static_cast<uint32_t>(add_name(alias.name)));
        std::string_view dotted = alias.name;
        size_t dot = dotted.find('.');
        if (alias.asname.empty()) {
            TRY(compile_name(dotted.substr(0, dot), ast::ExprContext::Store));
            continue;
        }
        if (dot == std::string_view::npos) {
            TRY(compile_name(alias.asname, ast::ExprContext::Store));
            continue;
        }
        for (;;) {
            size_t begin = dot + 1;
            dot = dotted.find('.', begin);
            emit(Opcode::IMPORT_FROM, static_cast<uint32_t>(add_name_raw(dotted.substr(begin, dot - begin))));
            if (dot == std::string_view::npos) break;
            emit(Opcode::SWAP, 2);
            emit(Opcode::POP_TOP);
        }
        TRY(compile_name(alias.asname, ast::ExprContext::Store));
        emit(Opcode::POP_TOP);
    }
    return ok_status();
}

Status Compiler::compile_import_from(const ast::ImportFrom& s) {
    load_const(Value::small_int(s.level));
    Handle<Tuple> fromlist = tuple_new(s.names.size());
    for (size_t i = 0; i < s.names.size(); ++i) tuple_init_item(fromlist.get(), i, make_str(s.names[i].name).ref());
    if (s.module == "__future__" && s.loc.lineno > future_lineno_)
        return error("from __future__ imports must occur at the beginning of the file");
    load_const(fromlist.get());
    emit(Opcode::IMPORT_NAME, static_cast<uint32_t>(add_name(s.module)));
    for (size_t i = 0; i < s.names.size(); ++i) {
        const ast::Alias& alias = s.names[i];
        if (i == 0 && alias.name == "*") {
            emit(Opcode::IMPORT_STAR);
            return ok_status();
        }
        emit(Opcode::IMPORT_FROM, static_cast<uint32_t>(add_name(alias.name)));
        TRY(compile_name(alias.asname.empty() ? alias.name : alias.asname, ast::ExprContext::Store));
    }
    emit(Opcode::POP_TOP); // the module
    return ok_status();
}

// CPython's future.c: `from __future__ import ...` must come first (after
// the docstring); unknown features are errors. Only `annotations` changes
// code generation here.
Status Compiler::check_future_imports(const ast::Module& module) {
    if (mode_ == CompileMode::Eval) return ok_status();
    size_t i = docstring_of(module.body) ? 1 : 0;
    bool done = false;
    int prev_line = 0;
    for (; i < module.body.size(); ++i) {
        const ast::Stmt& s = *module.body[i];
        if (done && s.loc.lineno > prev_line) return ok_status();
        prev_line = s.loc.lineno;
        auto* from = ast::as<ast::ImportFrom>(&s);
        if (!from || from->module != "__future__") {
            done = true;
            continue;
        }
        // future.c reports these at the statement start, without an end
        // column (and, for a late import, without the usual +1 on the column).
        ast::Loc at{s.loc.lineno, s.loc.col_offset, s.loc.lineno, -1};
        if (done) {
            at.col_offset -= 1;
            return error_at(at, "from __future__ imports must occur at the beginning of the file");
        }
        static constexpr const char* kKnown[] = {
            "nested_scopes",  "generators",       "division",       "absolute_import", "with_statement",
            "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",  "annotations"};
        for (const auto& alias : from->names) {
            if (alias.name == "braces") return error_at(at, "not a chance");
            bool known = false;
            for (const char* feature : kKnown) known = known || alias.name == feature;
            if (!known) return error_at(at, "future feature " + alias.name + " is not defined");
            if (alias.name == "annotations") future_annotations_ = true;
        }
        future_lineno_ = s.loc.lineno;
    }
    return ok_status();
}

} // namespace pyco
