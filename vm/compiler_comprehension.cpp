// Comprehensions and generator expressions. As in CPython 3.11 each one is
// a nested function whose single parameter `.0` receives the iterator of
// the outermost iterable, which is evaluated in the enclosing scope:
//
//   [x*2 for x in xs if x]  ==>  <listcomp>(iter(xs))
//   <listcomp>:  BUILD_LIST 0; LOAD_FAST .0; FOR_ITER ...; LIST_APPEND 2 ...
//
// The result collection stays at the bottom of the function's stack under
// one iterator per `for` clause; LIST_APPEND/SET_ADD/MAP_ADD reach it with
// their depth operand.
#include "runtime/error.h"
#include "vm/compiler_internal.h"

namespace pyco {

namespace {

const char* comprehension_name(ComprehensionKind kind) {
    switch (kind) {
    case ComprehensionKind::List: return "<listcomp>";
    case ComprehensionKind::Set: return "<setcomp>";
    case ComprehensionKind::Dict: return "<dictcomp>";
    default: return "<genexpr>";
    }
}

} // namespace

Status Compiler::compile_comprehension(const ast::Expr& e, ComprehensionKind kind,
                                       const ast::ComprehensionList& generators, const ast::Expr& elt,
                                       const ast::Expr* value) {
    UnitKind outer = u_->kind;
    bool outer_top_level_await = top_level_await();
    TRY(enter_scope(comprehension_name(kind), UnitKind::Comprehension, node_key(e), e.loc.lineno));
    set_loc(e.loc);
    bool is_async = u_->ste->is_coroutine;
    if (is_async && kind != ComprehensionKind::Generator && outer != UnitKind::AsyncFunction &&
        outer != UnitKind::Comprehension && !outer_top_level_await)
        return error("asynchronous comprehension outside of an asynchronous function");
    switch (kind) {
    case ComprehensionKind::List: emit(Opcode::BUILD_LIST, 0); break;
    case ComprehensionKind::Set: emit(Opcode::BUILD_SET, 0); break;
    case ComprehensionKind::Dict: emit(Opcode::BUILD_MAP, 0); break;
    default: break;
    }
    TRY(comprehension_generator(generators, 0, 0, elt, value, kind));
    if (kind != ComprehensionKind::Generator) emit(Opcode::RETURN_VALUE);
    Handle<Code> code = TRY(assemble(true));
    exit_scope();

    emit(Opcode::PUSH_NULL);
    TRY(make_closure(std::move(code), 0));
    const ast::Comprehension& outermost = generators[0];
    TRY(visit_expr(*outermost.iter));
    emit(outermost.is_async ? Opcode::GET_AITER : Opcode::GET_ITER);
    emit(Opcode::CALL, 1);
    // An asynchronous list/set/dict comprehension is a coroutine: await it.
    if (is_async && kind != ComprehensionKind::Generator) compile_await_value(0);
    return ok_status();
}

Status Compiler::comprehension_generator(const ast::ComprehensionList& generators, size_t index, int depth,
                                         const ast::Expr& elt, const ast::Expr* value, ComprehensionKind kind) {
    if (generators[index].is_async) return async_comprehension_generator(generators, index, depth, elt, value, kind);
    return sync_comprehension_generator(generators, index, depth, elt, value, kind);
}

// The innermost clause produces the element.
Status Compiler::comprehension_element(const ast::Expr& elt, const ast::Expr* value, ComprehensionKind kind,
                                       int depth) {
    TRY(visit_expr(elt));
    auto below = static_cast<uint32_t>(depth + 1);
    switch (kind) {
    case ComprehensionKind::Generator:
        emit(Opcode::YIELD_VALUE, u_->ste->is_coroutine ? 2 : 0);
        emit(Opcode::POP_TOP);
        break;
    case ComprehensionKind::List: emit(Opcode::LIST_APPEND, below); break;
    case ComprehensionKind::Set: emit(Opcode::SET_ADD, below); break;
    case ComprehensionKind::Dict:
        TRY(visit_expr(*value)); // the key is evaluated before the value
        emit(Opcode::MAP_ADD, below);
        break;
    case ComprehensionKind::None: break;
    }
    return ok_status();
}

Status Compiler::sync_comprehension_generator(const ast::ComprehensionList& generators, size_t index, int depth,
                                              const ast::Expr& elt, const ast::Expr* value, ComprehensionKind kind) {
    const ast::Comprehension& gen = generators[index];
    Label start = new_label(), if_cleanup = new_label(), anchor = new_label();
    bool loops = true;
    if (index == 0) {
        u_->argcount = 1;
        emit(Opcode::LOAD_FAST, 0); // .0
    } else {
        // `for y in [expr]` just binds y (the temporary-variable idiom).
        const ast::ExprList* elts = nullptr;
        if (auto* list = ast::as<ast::List>(gen.iter.get())) elts = &list->elts;
        else if (auto* tuple = ast::as<ast::Tuple>(gen.iter.get())) elts = &tuple->elts;
        if (elts && elts->size() == 1 && !ast::as<ast::Starred>((*elts)[0].get())) {
            TRY(visit_expr(*(*elts)[0]));
            loops = false;
        } else {
            TRY(visit_expr(*gen.iter));
            emit(Opcode::GET_ITER);
        }
    }
    if (loops) {
        ++depth;
        bind(start);
        emit_jump(Opcode::FOR_ITER, anchor);
    }
    TRY(visit_expr(*gen.target));
    for (const auto& cond : gen.ifs) TRY(compile_jump_if(*cond, if_cleanup, false));
    if (index + 1 < generators.size()) TRY(comprehension_generator(generators, index + 1, depth, elt, value, kind));
    else TRY(comprehension_element(elt, value, kind, depth));
    bind(if_cleanup);
    if (loops) {
        emit_jump(Opcode::JUMP_BACKWARD, start);
        bind(anchor);
    }
    return ok_status();
}

Status Compiler::async_comprehension_generator(const ast::ComprehensionList& generators, size_t index, int depth,
                                               const ast::Expr& elt, const ast::Expr* value, ComprehensionKind kind) {
    const ast::Comprehension& gen = generators[index];
    Label start = new_label(), except = new_label(), if_cleanup = new_label();
    if (index == 0) {
        u_->argcount = 1;
        emit(Opcode::LOAD_FAST, 0); // .0, already an async iterator
    } else {
        TRY(visit_expr(*gen.iter));
        emit(Opcode::GET_AITER);
    }
    bind(start);
    TRY(push_fblock(FBlock{FBlockKind::AsyncComprehensionGenerator, start}));
    // StopAsyncIteration from __anext__ ends this clause (END_ASYNC_FOR).
    emit_setup(kSetupFinally, except);
    emit(Opcode::GET_ANEXT);
    load_none();
    compile_yield_from_loop();
    emit_pop_block();
    TRY(visit_expr(*gen.target));
    for (const auto& cond : gen.ifs) TRY(compile_jump_if(*cond, if_cleanup, false));
    ++depth;
    if (index + 1 < generators.size()) TRY(comprehension_generator(generators, index + 1, depth, elt, value, kind));
    else TRY(comprehension_element(elt, value, kind, depth));
    bind(if_cleanup);
    emit_jump(Opcode::JUMP_BACKWARD, start);
    pop_fblock();
    bind(except);
    emit(Opcode::END_ASYNC_FOR);
    return ok_status();
}

} // namespace pyco
