// Code generation for try/except/finally, with/async with, the SEND loop of
// `yield from`/`await`, and the unwinding that `return`, `break` and
// `continue` perform through enclosing blocks — CPython 3.11's layout:
// the normal path runs no set-up instructions; handlers are reached through
// the exception table with the stack cut to the depth recorded at their
// Setup pseudo-instruction.
//
// Stack pictures on handler entry (".." is the stack at the Setup):
//   except handler          [.., exc] -> PUSH_EXC_INFO -> [.., prev, exc]
//   cleanup (SetupCleanup)  [.., lasti, exc]
//   with handler            [.., exit, lasti, exc]
#include "runtime/error.h"
#include "vm/compiler_internal.h"

namespace pyco {

// ---------------------------------------------------------------- yield from / await

// [receiver, value] -> [result]. SEND resumes the receiver; a yielded value
// is passed up by YIELD_VALUE and the loop sends what comes back. When the
// receiver returns, SEND jumps out with the return value. An exception
// thrown into the suspended YIELD_VALUE reaches CLEANUP_THROW with the
// receiver below it: StopIteration there carries the result.
// The dispatch loop relies on this exact layout, SEND; YIELD_VALUE 1;
// JUMP_BACKWARD, to pass values along a chain of delegating generators
// without dispatching their instructions (vm/interpreter.cpp YIELD_VALUE and
// resume_generator); YIELD_VALUE 1 is emitted nowhere else.
void Compiler::compile_yield_from_loop() {
    Label send = new_label(), fail = new_label(), exit = new_label();
    bind(send);
    emit_jump(Opcode::SEND, exit);
    emit_setup(kSetupThrow, fail);
    emit(Opcode::YIELD_VALUE, 1);
    emit_pop_block();
    emit_jump(Opcode::JUMP_BACKWARD, send);
    bind(fail);
    emit(Opcode::CLEANUP_THROW);
    bind(exit);
}

void Compiler::compile_await_value(uint32_t where) {
    emit(Opcode::GET_AWAITABLE, where);
    load_none();
    compile_yield_from_loop();
}

// `COPY 3; POP_EXCEPT; RERAISE 1`: a handler body raised; restore the
// exception that was being handled before it and propagate the new one.
void Compiler::pop_except_and_reraise() {
    emit(Opcode::COPY, 3);
    emit(Opcode::POP_EXCEPT);
    emit(Opcode::RERAISE, 1);
}

// ---------------------------------------------------------------- try

Status Compiler::compile_try(const ast::Try& s) {
    if (!s.finalbody.empty()) return compile_try_finally(s);
    return s.star ? compile_try_star(s) : compile_try_except(s);
}

// The finally body is emitted twice: inline on the normal path, and as an
// exception handler that re-raises. `return`/`break`/`continue` in the
// body emit a third copy on their way out (unwind_fblock).
Status Compiler::compile_try_finally(const ast::Try& s) {
    Label end = new_label(), exit = new_label(), cleanup = new_label();
    emit_setup(kSetupFinally, end);
    TRY(push_fblock(FBlock{.kind = FBlockKind::FinallyTry, .finalbody = &s.finalbody}));
    if (!s.handlers.empty()) TRY(s.star ? compile_try_star(s) : compile_try_except(s));
    else TRY(visit_stmts(s.body));
    unset_loc();
    emit_pop_block();
    pop_fblock();
    TRY(visit_stmts(s.finalbody));
    unset_loc();
    emit_jump(Opcode::JUMP, exit);

    bind(end);
    emit_setup(kSetupCleanup, cleanup);
    emit(Opcode::PUSH_EXC_INFO);
    TRY(push_fblock(FBlock{.kind = FBlockKind::FinallyEnd}));
    TRY(visit_stmts(s.finalbody));
    pop_fblock();
    unset_loc();
    emit(Opcode::RERAISE, 0);
    bind(cleanup);
    pop_except_and_reraise();
    bind(exit);
    return ok_status();
}

// The try body, protected by the handler at `except`.
Status Compiler::compile_try_body(const ast::Try& s, Label except) {
    emit_setup(kSetupFinally, except);
    TRY(push_fblock(FBlock{.kind = FBlockKind::TryExcept}));
    TRY(visit_stmts(s.body));
    pop_fblock();
    unset_loc();
    emit_pop_block();
    return ok_status();
}

// The handler's entry: [exc] -> [prev_handled, exc], the clauses protected
// by `cleanup` (which restores the handled exception and re-raises).
Status Compiler::enter_except_handler(Label except, Label cleanup, FBlockKind kind) {
    bind(except);
    unset_loc();
    emit_setup(kSetupCleanup, cleanup);
    emit(Opcode::PUSH_EXC_INFO);
    return push_fblock(FBlock{.kind = kind});
}

// `except E as name`: name = None; del name (the exception references the
// frame through its traceback).
Status Compiler::unbind_handler_name(const std::string& name) {
    load_none();
    TRY(compile_name(name, ast::ExprContext::Store));
    return compile_name(name, ast::ExprContext::Del);
}

Status Compiler::compile_try_except(const ast::Try& s) {
    Label except = new_label(), end = new_label(), cleanup = new_label();
    TRY(compile_try_body(s, except));
    TRY(visit_stmts(s.orelse));
    unset_loc();
    emit_jump(Opcode::JUMP, end);

    TRY(enter_except_handler(except, cleanup, FBlockKind::ExceptionHandler));
    for (size_t i = 0; i < s.handlers.size(); ++i) {
        const ast::ExceptHandler& handler = s.handlers[i];
        set_loc(handler.loc);
        if (!handler.type && i + 1 < s.handlers.size()) return error("default 'except:' must be last");
        Label next = new_label();
        if (handler.type) {
            TRY(visit_expr(*handler.type));
            emit(Opcode::CHECK_EXC_MATCH);
            emit_jump(Opcode::POP_JUMP_IF_FALSE, next);
        }
        if (!handler.name.empty()) {
            // except E as name: the body runs in a try/finally that unbinds
            // `name` (the exception references the frame through its traceback).
            Label cleanup_end = new_label();
            TRY(compile_name(handler.name, ast::ExprContext::Store));
            emit_setup(kSetupCleanup, cleanup_end);
            TRY(push_fblock(FBlock{.kind = FBlockKind::HandlerCleanup, .name = &handler.name}));
            TRY(visit_stmts(handler.body));
            pop_fblock();
            unset_loc();
            emit_pop_block();
            emit_pop_block();
            emit(Opcode::POP_EXCEPT);
            TRY(unbind_handler_name(handler.name));
            emit_jump(Opcode::JUMP, end);

            bind(cleanup_end);
            unset_loc();
            TRY(unbind_handler_name(handler.name));
            emit(Opcode::RERAISE, 1);
        } else {
            emit(Opcode::POP_TOP); // the exception
            TRY(push_fblock(FBlock{.kind = FBlockKind::HandlerCleanup}));
            TRY(visit_stmts(handler.body));
            pop_fblock();
            unset_loc();
            emit_pop_block();
            emit(Opcode::POP_EXCEPT);
            emit_jump(Opcode::JUMP, end);
        }
        bind(next);
    }
    // No clause matched: propagate.
    unset_loc();
    pop_fblock();
    emit(Opcode::RERAISE, 0);
    bind(cleanup);
    pop_except_and_reraise();
    bind(end);
    return ok_status();
}

// try/except* (PEP 654), CPython 3.11's layout. The handler keeps
// [prev, orig, raised list, rest] on the stack: each clause takes its part
// of `rest` (CHECK_EG_MATCH), and what it raises, or re-raises, goes into
// the list; PREP_RERAISE_STAR then makes the one exception left to raise.
Status Compiler::compile_try_star(const ast::Try& s) {
    Label except = new_label(), orelse = new_label(), end = new_label(), cleanup = new_label();
    Label reraise_star = new_label(), reraise = new_label();
    TRY(compile_try_body(s, except));
    emit_jump(Opcode::JUMP, orelse);

    TRY(enter_except_handler(except, cleanup, FBlockKind::ExceptionGroupHandler));
    for (size_t i = 0; i < s.handlers.size(); ++i) {
        const ast::ExceptHandler& handler = s.handlers[i];
        set_loc(handler.loc);
        Label handled = new_label(), no_match = new_label(), next = new_label(), cleanup_end = new_label();
        if (i == 0) { // [prev, exc] -> [prev, orig, [], exc]
            emit(Opcode::COPY, 1);
            emit(Opcode::BUILD_LIST, 0);
            emit(Opcode::SWAP, 2);
        }
        TRY(visit_expr(*handler.type));
        emit(Opcode::CHECK_EG_MATCH);
        emit(Opcode::COPY, 1);
        emit_jump(Opcode::POP_JUMP_IF_NONE, no_match);
        if (!handler.name.empty()) TRY(compile_name(handler.name, ast::ExprContext::Store));
        else emit(Opcode::POP_TOP); // the match
        emit_setup(kSetupCleanup, cleanup_end);
        TRY(push_fblock(FBlock{.kind = FBlockKind::HandlerCleanup, .name = handler.name.empty() ? nullptr : &handler.name}));
        TRY(visit_stmts(handler.body));
        pop_fblock();
        unset_loc();
        emit_pop_block();
        if (!handler.name.empty()) TRY(unbind_handler_name(handler.name));
        emit_jump(Opcode::JUMP, handled);

        bind(cleanup_end); // the clause raised: [.., rest, lasti, exc]
        unset_loc();
        if (!handler.name.empty()) TRY(unbind_handler_name(handler.name));
        emit(Opcode::LIST_APPEND, 3);
        emit(Opcode::POP_TOP); // lasti
        emit_jump(Opcode::JUMP, next);

        bind(handled);
        emit(Opcode::NOP);
        emit_jump(Opcode::JUMP, next);

        bind(no_match);
        emit(Opcode::POP_TOP); // None
        bind(next);
        if (i + 1 == s.handlers.size()) {
            emit(Opcode::LIST_APPEND, 1); // what no clause matched (or None)
            emit_jump(Opcode::JUMP, reraise_star);
        }
    }
    pop_fblock();
    unset_loc();
    bind(reraise_star);
    emit(Opcode::PREP_RERAISE_STAR);
    emit(Opcode::COPY, 1);
    emit_jump(Opcode::POP_JUMP_IF_NOT_NONE, reraise);
    emit(Opcode::POP_TOP);
    emit_pop_block();
    emit(Opcode::POP_EXCEPT);
    emit_jump(Opcode::JUMP, end);
    bind(reraise);
    emit_pop_block();
    emit(Opcode::SWAP, 2);
    emit(Opcode::POP_EXCEPT);
    emit(Opcode::RERAISE, 0);
    bind(cleanup);
    pop_except_and_reraise();
    bind(orelse);
    TRY(visit_stmts(s.orelse));
    bind(end);
    return ok_status();
}

// ---------------------------------------------------------------- with

// After WITH_EXCEPT_START: [exit, lasti, prev, exc, suppress?]. Re-raise
// unless __exit__ returned true; otherwise drop the exception state.
// CPython re-raises with `RERAISE 2` (lasti two below the exception); the
// copy of lasti placed right under the exception makes the plain
// `RERAISE 1` picture ([.., lasti, exc]) hold, which reads the same under
// either reading of RERAISE's operand.
void Compiler::with_except_finish(Label cleanup) {
    unset_loc();
    Label suppress = new_label();
    emit_jump(Opcode::POP_JUMP_IF_TRUE, suppress);
    emit(Opcode::COPY, 3);
    emit(Opcode::SWAP, 2);
    emit(Opcode::RERAISE, 1);
    bind(cleanup);
    pop_except_and_reraise();
    bind(suppress);
    emit(Opcode::POP_TOP); // exc
    emit_pop_block();
    emit(Opcode::POP_EXCEPT);
    emit(Opcode::POP_TOP); // lasti
    emit(Opcode::POP_TOP); // exit
}

// `with a as x, b:` nests one item per level.
Status Compiler::compile_with(const ast::WithBase& s, size_t item_index) {
    const ast::WithItem& item = s.items[item_index];
    Label final = new_label(), exit = new_label(), cleanup = new_label();
    TRY(visit_expr(*item.context_expr));
    emit(Opcode::BEFORE_WITH); // [exit, enter()]
    emit_setup(kSetupWith, final);
    TRY(push_fblock(FBlock{.kind = FBlockKind::With, .stmt = &s}));
    if (item.optional_vars) TRY(visit_expr(*item.optional_vars));
    else emit(Opcode::POP_TOP);
    if (item_index + 1 == s.items.size()) TRY(visit_stmts(s.body));
    else TRY(compile_with(s, item_index + 1));
    unset_loc();
    emit_pop_block();
    pop_fblock();

    // Normal exit: __exit__(None, None, None).
    set_loc(s.loc);
    emit(Opcode::EXIT_WITH);
    emit(Opcode::POP_TOP);
    emit_jump(Opcode::JUMP, exit);

    bind(final);
    emit_setup(kSetupCleanup, cleanup);
    emit(Opcode::PUSH_EXC_INFO);
    emit(Opcode::WITH_EXCEPT_START);
    with_except_finish(cleanup);
    bind(exit);
    return ok_status();
}

Status Compiler::compile_async_with(const ast::WithBase& s, size_t item_index) {
    if (top_level_await()) u_->ste->is_coroutine = true;
    else if (u_->kind != UnitKind::AsyncFunction) return error("'async with' outside async function");
    const ast::WithItem& item = s.items[item_index];
    Label final = new_label(), exit = new_label(), cleanup = new_label();
    TRY(visit_expr(*item.context_expr));
    emit(Opcode::BEFORE_ASYNC_WITH); // [aexit, awaitable of aenter()]
    compile_await_value(1);
    emit_setup(kSetupWith, final);
    TRY(push_fblock(FBlock{.kind = FBlockKind::AsyncWith, .stmt = &s}));
    if (item.optional_vars) TRY(visit_expr(*item.optional_vars));
    else emit(Opcode::POP_TOP);
    if (item_index + 1 == s.items.size()) TRY(visit_stmts(s.body));
    else TRY(compile_async_with(s, item_index + 1));
    pop_fblock();
    unset_loc();
    emit_pop_block();

    set_loc(s.loc);
    emit(Opcode::ASYNC_EXIT_WITH);
    compile_await_value(2);
    emit(Opcode::POP_TOP);
    emit_jump(Opcode::JUMP, exit);

    bind(final);
    emit_setup(kSetupCleanup, cleanup);
    emit(Opcode::PUSH_EXC_INFO);
    emit(Opcode::WITH_EXCEPT_START);
    compile_await_value(2);
    with_except_finish(cleanup);
    bind(exit);
    return ok_status();
}

// ---------------------------------------------------------------- unwinding

// Leave one enclosing block on the way out of a `return`/`break`/
// `continue`. With `preserve_tos` the return value on top of the stack is
// kept above whatever the block pops.
Status Compiler::unwind_fblock(const FBlock& block, bool preserve_tos) {
    auto swap_if_preserving = [&] {
        if (preserve_tos) emit(Opcode::SWAP, 2);
    };
    switch (block.kind) {
    case FBlockKind::WhileLoop:
    case FBlockKind::ExceptionHandler:
    case FBlockKind::ExceptionGroupHandler:
    case FBlockKind::AsyncComprehensionGenerator: return ok_status();
    case FBlockKind::ForLoop:
        swap_if_preserving();
        emit(Opcode::POP_TOP); // the iterator
        return ok_status();
    case FBlockKind::TryExcept: emit_pop_block(); return ok_status();
    case FBlockKind::FinallyTry:
        emit_pop_block();
        if (preserve_tos) TRY(push_fblock(FBlock{.kind = FBlockKind::PopValue}));
        TRY(visit_stmts(*block.finalbody));
        if (preserve_tos) pop_fblock();
        // The exit appears to follow the statement that caused it.
        unset_loc();
        return ok_status();
    case FBlockKind::FinallyEnd:
        swap_if_preserving();
        emit(Opcode::POP_TOP); // the exception
        swap_if_preserving();
        emit_pop_block();
        emit(Opcode::POP_EXCEPT);
        return ok_status();
    case FBlockKind::With:
    case FBlockKind::AsyncWith:
        set_loc(block.stmt->loc);
        emit_pop_block();
        swap_if_preserving();
        if (block.kind == FBlockKind::AsyncWith) {
            emit(Opcode::ASYNC_EXIT_WITH);
            compile_await_value(2);
        } else {
            emit(Opcode::EXIT_WITH);
        }
        emit(Opcode::POP_TOP);
        unset_loc();
        return ok_status();
    case FBlockKind::HandlerCleanup:
        if (block.name) emit_pop_block();
        swap_if_preserving();
        emit_pop_block();
        emit(Opcode::POP_EXCEPT);
        if (block.name) {
            load_none();
            TRY(compile_name(*block.name, ast::ExprContext::Store));
            TRY(compile_name(*block.name, ast::ExprContext::Del));
        }
        return ok_status();
    case FBlockKind::PopValue:
        swap_if_preserving();
        emit(Opcode::POP_TOP);
        return ok_status();
    }
    return ok_status();
}

Status Compiler::unwind_fblock_stack(bool preserve_tos, std::optional<FBlock>* loop) {
    if (u_->fblocks.empty()) return ok_status();
    FBlock top = u_->fblocks.back();
    if (top.kind == FBlockKind::ExceptionGroupHandler)
        return error("'break', 'continue' and 'return' cannot appear in an except* block");
    if (loop && (top.kind == FBlockKind::WhileLoop || top.kind == FBlockKind::ForLoop)) {
        *loop = top;
        return ok_status();
    }
    // The block is popped while its exit runs (a `finally` body must not
    // unwind itself) and restored afterwards for the code that follows.
    u_->fblocks.pop_back();
    TRY(unwind_fblock(top, preserve_tos));
    TRY(unwind_fblock_stack(preserve_tos, loop));
    u_->fblocks.push_back(top);
    return ok_status();
}

} // namespace pyco
