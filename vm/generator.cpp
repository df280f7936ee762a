// Generator and coroutine objects: creation, the send/throw/close protocol
// from native code (PEP 342 / 380), finalization and the Python-visible
// attributes. Async generators' asend/athrow/aclose awaitables live in
// vm/async_generator.cpp.
#include "vm/generator.h"

#include <cinttypes>
#include <cstdio>
#include <unordered_map>
#include <utility>

#include "runtime/abstract.h"
#include "runtime/callable.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "vm/call.h"
#include "vm/opcodes.h"
#include "vm/stack_limit.h"

namespace pyco {

TypeObject generator_type, coroutine_type, async_generator_type;

const char* gen_kind_name(const Generator* gen) {
    switch (gen->kind) {
    case GenKind::Generator: return "generator";
    case GenKind::Coroutine: return "coroutine";
    case GenKind::AsyncGenerator: return "async generator";
    }
    return "generator";
}

Value Generator::delegate() {
    if (state != GenState::Suspended || yield_kind != 1) return Value();
    return frame.stack_pointer()[-1];
}

// __name__/__qualname__ that differ from the code's (a renamed function, or
// assigned on the generator): rare, so they stay out of every generator.
namespace {
std::unordered_map<const Generator*, std::pair<Ref, Ref>>& names_table() {
    static std::unordered_map<const Generator*, std::pair<Ref, Ref>> table;
    return table;
}
} // namespace

Ref Generator::name() const {
    return has_names ? names_table().at(this).first : code()->name;
}
Ref Generator::qualname() const {
    return has_names ? names_table().at(this).second : code()->qualname;
}
void Generator::set_names(Value new_name, Value new_qualname) {
    if (new_name.is(code()->name) && new_qualname.is(code()->qualname)) {
        if (has_names) names_table().erase(this);
        has_names = false;
        return;
    }
    names_table()[this] = {Ref::borrow(new_name), Ref::borrow(new_qualname)};
    has_names = true;
}
Ref& Generator::finalizer() {
    // Async generators only: one slot after the frame's slots.
    return *reinterpret_cast<Ref*>(frame.slots() + frame.code->nslots());
}

Generator* new_generator(TypeObject* type, Code* code, Function* func, Dict* globals, Dict* builtins, Value locals) {
    // Generators of functions read globals and builtins from the function;
    // only a module-level coroutine needs a FrameEnv. The async generator's
    // finalizer takes the same place after the slots.
    bool env = !func || locals;
    size_t size = offsetof(Generator, frame) + Frame::size_for(code, env);
    if (type == &async_generator_type) size += sizeof(Ref);
    auto* gen = static_cast<Generator*>(alloc_object(type, size));
    gen->state = GenState::Created;
    gen->kind = type == &coroutine_type ? GenKind::Coroutine
                : type == &async_generator_type ? GenKind::AsyncGenerator
                                                : GenKind::Generator;
    if (env) frame_init_env(&gen->frame, code, func, globals, builtins, locals);
    else frame_init(&gen->frame, code, func);
    gen->frame.in_generator = true;
    return gen;
}

Generator* make_generator(Function* func, Code* code) {
    TypeObject* type = (code->flags & kCodeCoroutine)        ? &coroutine_type
                       : (code->flags & kCodeAsyncGenerator) ? &async_generator_type
                                                             : &generator_type;
    Generator* gen = new_generator(type, code, func, func->globals.as<Dict>(), func->builtins.as<Dict>(), Value());
    if (!func->name.get().is(code->name) || !func->qualname.get().is(code->qualname)) gen->set_names(func->name, func->qualname);
    return gen;
}

// ---------------------------------------------------------------- chains

bool gen_is_running(Generator* gen) {
    while (gen->state == GenState::Suspended && gen->frame.delegating && !gen->chain_levels) gen = gen->linked_delegate();
    return gen->state == GenState::Running;
}

void detach_from_chain(Generator* gen) {
    Frame* up = gen->frame.back;
    if (!up) return;
    gen->frame.back = nullptr;
    Generator* level = frame_generator(up);
    level->frame.delegating = false;
    // The head's shortcut went through `gen`.
    for (Frame* b; (b = level->frame.back) && b->in_generator && frame_generator(b)->frame.delegating;)
        level = frame_generator(b);
    level->chain_levels = 0;
}

// `gen` stops taking part in any chain: unlinked from the level waiting on
// it and from its own delegate, and no shortcut of its own.
static void leave_chains(Generator* gen) {
    detach_from_chain(gen);
    gen->chain_levels = 0;
    if (gen->frame.delegating) {
        gen->frame.delegating = false;
        gen->linked_delegate()->frame.back = nullptr;
    }
}

Generator* enter_chain_slow(Generator* head, uint32_t budget, uint32_t* levels) {
    head->chain_levels = 0;
    uint32_t n = 1;
    Generator* inner = head;
    while (inner->frame.delegating) {
        inner = inner->linked_delegate();
        ++n;
    }
    if (inner->state == GenState::Running) { // resumed from inside its own chain
        raise_format(ValueError_type, "%s already executing", gen_kind_name(head));
        return nullptr;
    }
    const bool interrupted = thread_state().interrupt_pending;
    if (n <= budget && !interrupted) {
        *levels = n;
        return inner;
    }
    // Cut the chain: the level at the cut resumes its delegate through its
    // own SEND, which raises the RecursionError there as CPython does; a
    // pending KeyboardInterrupt is raised by the head itself.
    uint32_t keep = interrupted ? 1 : budget;
    Generator* level = head;
    for (uint32_t i = 1; i < keep; ++i) level = level->linked_delegate();
    level->linked_delegate()->frame.back = nullptr;
    level->frame.delegating = false;
    *levels = keep;
    return level;
}

ErrorTag resume_too_deep(Generator* gen) {
    gen_discard(gen);
    return raise(RecursionError_type, "maximum recursion depth exceeded");
}

// ---------------------------------------------------------------- resuming from native code

namespace {

// Resume `gen`, linked to a chain level that waits on it or heading a chain
// of its own, from native code (see run_generator()).
Result<Ref> run_chain(Generator* gen, Value sent) {
    ThreadState& ts = thread_state();
    if (gen_is_running(gen)) return raise_format(ValueError_type, "%s already executing", gen_kind_name(gen));
    detach_from_chain(gen);
    uint32_t levels = 1;
    Generator* inner = gen;
    if (gen->frame.delegating) {
        inner = enter_chain(gen, static_cast<uint32_t>(ts.recursion_limit - ts.recursion_depth), &levels);
        if (!inner) return kError;
    }
    ts.recursion_depth += static_cast<int>(levels);
    Frame* f = &inner->frame;
    incref(sent);
    f->slots()[f->stack_top++] = sent;
    inner->state = GenState::Running;
    ts.begin_run(gen, &inner->exc_info, levels);
    Frame* saved = ts.frame;
    gen->frame.back = saved;
    Result<Ref> r = run_frame(&gen->frame, false, f);
    ts.frame = saved;
    return r;
}

bool check_runnable(Generator* gen) {
    if (gen_is_running(gen)) {
        raise_format(ValueError_type, "%s already executing", gen_kind_name(gen));
        return false;
    }
    return true;
}

// Link the frame on top of the current chain and run it: the value it
// yielded (gen->state is then Suspended) or returned, or kError. The caller
// has checked that it can run (Created, or Suspended) and holds a reference
// to it for the whole run. Every native resumption goes through here, next()
// on every item: keep it lean.
inline Result<Ref> run_generator(Generator* gen, Value sent, bool throwing) {
    ThreadState& ts = thread_state();
    // The C stack too (run_new_frame()), before anything is linked.
    if (__builtin_expect(ts.recursion_depth >= ts.recursion_limit, 0) || c_stack_exhausted())
        return resume_too_deep(gen);
    // gen_throw() has unlinked the levels a thrown exception passes.
    if (__builtin_expect((gen->frame.back || gen->frame.delegating) && !throwing, 0)) return run_chain(gen, sent);
    ++ts.recursion_depth;
    Frame* f = &gen->frame;
    if (gen->state == GenState::Suspended && !throwing) {
        // A yield statement (next() resuming it, the common case) would pop
        // the None it is sent at once: skip both.
        if (sent.is(None()) && opcode_of(f->code->code[f->ip]) == Opcode::POP_TOP) {
            ++f->ip;
        } else {
            incref(sent);
            f->slots()[f->stack_top++] = sent;
        }
    }
    gen->state = GenState::Running;
    ts.begin_run(gen, &gen->exc_info, 1);
    // A thrown exception's __context__ is what the generator itself was
    // handling at its yield (CPython's _PyErr_ChainStackItem).
    if (throwing) chain_exception_context(error_peek(), gen->exc_info.exc);
    Frame* saved = ts.frame;
    f->back = saved;
    Result<Ref> r = run_frame(f, throwing);
    ts.frame = saved;
    return r;
}

ResumeResult resume(Generator* gen, Value sent, bool throwing) {
    Ref keep_alive = Ref::borrow(Value(gen));
    Result<Ref> r = run_generator(gen, sent, throwing);
    if (r.failed()) return {ResumeKind::Raised, Ref()};
    return {gen->state == GenState::Suspended ? ResumeKind::Yielded : ResumeKind::Returned, r.take()};
}

ErrorTag closed_generator_error(Generator* gen) {
    if (gen->kind == GenKind::Coroutine) return raise(RuntimeError_type, "cannot reuse already awaited coroutine");
    return raise_stop_iteration(Value());
}

} // namespace

ResumeResult gen_send(Generator* gen, Value sent) {
    if (!check_runnable(gen)) return {ResumeKind::Raised, Ref()};
    if (gen->state == GenState::Closed) {
        if (gen->kind == GenKind::Coroutine) {
            closed_generator_error(gen);
            return {ResumeKind::Raised, Ref()};
        }
        return {ResumeKind::Returned, Ref::borrow(None())};
    }
    if (gen->state == GenState::Created && !sent.is(None())) {
        raise_format(TypeError_type, "can't send non-None value to a just-started %s", gen_kind_name(gen));
        return {ResumeKind::Raised, Ref()};
    }
    return resume(gen, sent, false);
}

// Raise the current exception inside the generator at its yield point.
static ResumeResult throw_here(Generator* gen) {
    if (gen->state == GenState::Created) {
        // Never started: the exception propagates at once and closes it
        // (PEP 479 applies: StopIteration becomes RuntimeError).
        gen->state = GenState::Closed;
        frame_clear(&gen->frame);
        convert_stop_iteration(gen);
        return {ResumeKind::Raised, Ref()};
    }
    return resume(gen, Value(), true);
}

ResumeResult gen_throw(Generator* gen, Value exc, CallArgs given) {
    if (!check_runnable(gen)) return {ResumeKind::Raised, Ref()};
    if (gen->state == GenState::Closed) {
        if (gen->kind == GenKind::Coroutine) closed_generator_error(gen);
        else error_restore(Ref::borrow(exc));
        return {ResumeKind::Raised, Ref()};
    }
    // The exception passes each level on its own (each one's throw()): the
    // levels leave their chain.
    leave_chains(gen);
    if (Value delegate = gen->delegate()) {
        // PEP 380: forward the exception to the delegate first.
        Ref d = Ref::borrow(delegate);
        gen->state = GenState::Running; // re-entrancy guard while the delegate runs
        Result<Ref> r = Ref();
        ResumeResult sub{ResumeKind::Raised, Ref()};
        bool forwarded = true;
        if (exception_matches(exc, GeneratorExit_type)) {
            // Close the delegate, then raise GeneratorExit here.
            Status closed = ok_status();
            if (d.get().type() == &generator_type || d.get().type() == &coroutine_type) {
                closed = gen_close(d.as<Generator>());
            } else {
                Result<Ref> close = getattr_opt(d, intern("close"));
                if (close.failed()) closed = kError;
                else if (close.value()) closed = call(close.value(), {}).failed() ? Status(kError) : ok_status();
            }
            gen->state = GenState::Suspended;
            // Drop our reference before raising in the frame: the exception
            // unwinding the `yield from` must be what frees the delegate.
            d.reset();
            if (closed.failed()) return throw_here(gen);
            error_restore(Ref::borrow(exc));
            return throw_here(gen);
        }
        if (d.get().type() == &generator_type || d.get().type() == &coroutine_type) {
            sub = gen_throw(d.as<Generator>(), exc, given);
        } else {
            Result<Ref> meth = getattr_opt(d, intern("throw"));
            if (meth.failed()) {
                sub = {ResumeKind::Raised, Ref()};
            } else if (!meth.value()) {
                forwarded = false;
            } else {
                r = given.nargs ? call(meth.value(), given) : call(meth.value(), {exc});
                sub = r.ok() ? ResumeResult{ResumeKind::Yielded, r.take()} : ResumeResult{ResumeKind::Raised, Ref()};
            }
        }
        gen->state = GenState::Suspended;
        d.reset(); // as above: the frame's stack holds the delegate from here on
        if (forwarded) {
            if (sub.kind == ResumeKind::Yielded) return sub;
            if (sub.kind == ResumeKind::Returned) {
                // The delegate finished: deliver its value through StopIteration
                // to the SEND loop's CLEANUP_THROW handler.
                raise_stop_iteration(sub.value);
            }
            return throw_here(gen);
        }
    }
    error_restore(Ref::borrow(exc));
    // Suspended in a SEND loop whose delegate has no throw(): the exception is
    // the frame's own, not the delegate's result (see CLEANUP_THROW).
    if (gen->delegate()) thread_state().direct_throw_into_send_loop = true;
    return throw_here(gen);
}

Status gen_close(Generator* gen) {
    if (gen->state == GenState::Created) {
        gen->state = GenState::Closed;
        frame_clear(&gen->frame);
        return ok_status();
    }
    if (gen->state == GenState::Closed) return ok_status();
    if (gen_is_running(gen)) return raise_format(ValueError_type, "%s already executing", gen_kind_name(gen));
    Result<Ref> exit = make_exception(GeneratorExit_type, "");
    if (exit.failed()) return kError;
    Ref exc = exit.take();
    exc.as<BaseException>()->args = Ref::borrow(Value(empty_tuple()));
    ResumeResult r = gen_throw(gen, exc);
    if (r.kind == ResumeKind::Yielded) {
        const char* what = gen->kind == GenKind::AsyncGenerator ? "async generator ignored GeneratorExit"
                           : gen->kind == GenKind::Coroutine   ? "coroutine ignored GeneratorExit"
                                                                : "generator ignored GeneratorExit";
        return raise(RuntimeError_type, what);
    }
    if (r.kind == ResumeKind::Returned) {
        // CPython 3.11 signals an async generator's return as
        // StopAsyncIteration, which close() does not swallow (its finalizer
        // then reports it as unraisable).
        if (gen->kind == GenKind::AsyncGenerator) return raise(StopAsyncIteration_type);
        return ok_status();
    }
    if (error_matches(GeneratorExit_type) || error_matches(StopIteration_type)) {
        error_clear();
        return ok_status();
    }
    return kError;
}

// ---------------------------------------------------------------- Python-visible methods

Result<Ref> resume_result_to_python(ResumeResult r) {
    switch (r.kind) {
    case ResumeKind::Yielded: return std::move(r.value);
    case ResumeKind::Returned:
        if (r.value && !r.value.get().is(None())) return raise_stop_iteration(r.value);
        return raise_stop_iteration(Value());
    case ResumeKind::Raised: break;
    }
    return kError;
}

// next() on a generator, the iteration every native does (sum, list(), join,
// unpacking, …): straight to the frame when it can run, no ResumeResult.
// `stop_value`: a return value travels in StopIteration(value) (the
// __next__ slot); otherwise it is dropped, as next() swallows StopIteration.
static inline Result<Ref> gen_next_item(Generator* gen, bool stop_value) {
    if (__builtin_expect(gen->state > GenState::Suspended, 0)) { // Running or Closed
        if (!check_runnable(gen)) return kError;
        return Ref();
    }
    ++gen->refcount; // kept alive for the run, as resume() does
    Result<Ref> r = run_generator(gen, None(), false);
    if (r.ok() && gen->state != GenState::Suspended) {
        // Returned: a plain return ends iteration without a StopIteration object.
        if (stop_value && !r.value().get().is(None())) {
            raise_stop_iteration(r.value());
            r = kError;
        } else {
            r = Ref();
        }
    }
    decref(Value(gen));
    return r;
}

static Result<Ref> gen_iternext(Value self) { return gen_next_item(self.as<Generator>(), true); }
Result<Ref> gen_next(Value gen) { return gen_next_item(gen.as<Generator>(), false); }

Result<Ref> gen_next_into(Value generator, YieldSink* sink) {
    auto* gen = generator.as<Generator>();
    // Consumers nest (a generator body may run sum() over another one):
    // each waits on its own frame.
    ThreadState& ts = thread_state();
    YieldSink* outer_sink = ts.yield_sink;
    Frame* outer_frame = ts.yield_sink_frame;
    ts.yield_sink = sink;
    ts.yield_sink_frame = &gen->frame;
    Result<Ref> r = gen_next_item(gen, false);
    ts.yield_sink = outer_sink;
    ts.yield_sink_frame = outer_frame;
    return r;
}

static Result<Ref> gen_next_method(const Value* args, size_t) { return resume_result_to_python(gen_send(args[0].as<Generator>(), None())); }
static Result<Ref> gen_send_method(const Value* args, size_t) { return resume_result_to_python(gen_send(args[0].as<Generator>(), args[1])); }

Generator* inline_send_target(Value callable, Value self, Value value) {
    auto* d = callable.as<MethodDescriptor>();
    if (d->def->fn != gen_send_method || self.type() != d->owner) return nullptr;
    if (d->owner != &generator_type && d->owner != &coroutine_type) return nullptr;
    auto* gen = self.as<Generator>();
    if ((gen->state == GenState::Suspended && !gen->frame.back) || (gen->state == GenState::Created && value.is(None()))) return gen;
    return nullptr;
}

// Normalise throw()'s (type[, value[, tb]]) arguments into an instance.
Result<Ref> normalize_throw_args(const Value* args, size_t nargs) {
    Value type = args[0];
    Value value = nargs > 1 ? args[1] : Value();
    Value tb = nargs > 2 ? args[2] : Value();
    if (tb && !tb.is(None()) && tb.type() != &traceback_type)
        return raise(TypeError_type, "throw() third argument must be a traceback object");
    Ref exc;
    if (isinstance(type, &type_type) && is_subtype(type.as<TypeObject>(), &BaseException_type)) {
        if (value && isinstance(value, type.as<TypeObject>())) {
            exc = Ref::borrow(value);
        } else if (value && !value.is(None())) {
            exc = is_tuple(value) ? TRY(call(type, CallArgs{value.as<Tuple>()->items, static_cast<size_t>(value.as<Tuple>()->size), nullptr}))
                                  : TRY(call(type, {value}));
        } else {
            exc = TRY(call(type, {}));
        }
    } else if (isinstance(type, &BaseException_type)) {
        if (value && !value.is(None())) return raise(TypeError_type, "instance exception may not have a separate value");
        exc = Ref::borrow(type);
    } else {
        return raise_format(TypeError_type, "exceptions must be classes or instances deriving from BaseException, not %s",
                            std::string(type_name(type)).c_str());
    }
    if (tb && !tb.is(None())) exc.as<BaseException>()->traceback = Ref::borrow(tb);
    return exc;
}

static Result<Ref> gen_throw_method(const Value* args, size_t nargs) {
    Ref exc = TRY(normalize_throw_args(args + 1, nargs - 1));
    return resume_result_to_python(gen_throw(args[0].as<Generator>(), exc, CallArgs{args + 1, nargs - 1}));
}
static Result<Ref> gen_close_method(const Value* args, size_t) {
    TRY(gen_close(args[0].as<Generator>()));
    return Ref::borrow(None());
}
static Result<Ref> gen_iter(const Value* args, size_t) { return Ref::borrow(args[0]); }
static Result<Ref> gen_repr(const Value* args, size_t) {
    auto* gen = args[0].as<Generator>();
    char buf[48];
    std::snprintf(buf, sizeof buf, " at %#" PRIxPTR ">", args[0].bits());
    const char* kind = gen->kind == GenKind::AsyncGenerator ? "async_generator" : gen_kind_name(gen);
    return make_str(std::string("<") + kind + " object " + std::string(gen->qualname().as<Str>()->view()) + buf).ref();
}
static Result<Ref> coro_await(const Value* args, size_t) {
    // coroutine.__await__() returns an iterator over the coroutine: the
    // coroutine itself serves, as its send/throw/close are the protocol.
    return make_coroutine_wrapper(args[0]);
}

static Result<Ref> gen_get_name(Value self) { return self.as<Generator>()->name(); }
static Result<Ref> gen_get_qualname(Value self) { return self.as<Generator>()->qualname(); }
static Status gen_set_name(Value self, Value v) {
    if (!v || !is_str(v)) return raise(TypeError_type, "__name__ must be set to a string object");
    auto* gen = self.as<Generator>();
    gen->set_names(v, gen->qualname());
    return ok_status();
}
static Status gen_set_qualname(Value self, Value v) {
    if (!v || !is_str(v)) return raise(TypeError_type, "__qualname__ must be set to a string object");
    auto* gen = self.as<Generator>();
    gen->set_names(gen->name(), v);
    return ok_status();
}
static Result<Ref> gen_get_frame(Value self) {
    auto* gen = self.as<Generator>();
    if (gen->state == GenState::Closed) return Ref::borrow(None());
    return make_frame_proxy(self);
}
static Result<Ref> gen_get_running(Value self) { return Ref::borrow(bool_value(gen_is_running(self.as<Generator>()))); }
static Result<Ref> gen_get_suspended(Value self) {
    auto* gen = self.as<Generator>();
    return Ref::borrow(bool_value(gen->state == GenState::Suspended && !gen_is_running(gen)));
}
static Result<Ref> gen_get_code(Value self) {
    return Ref::borrow(Value(self.as<Generator>()->code()));
}
static Result<Ref> gen_get_yieldfrom(Value self) {
    auto* gen = self.as<Generator>();
    Value d = gen_is_running(gen) ? Value() : gen->delegate(); // a running SEND is not at its yield
    return Ref::borrow(d ? d : None());
}

static void gen_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* gen = static_cast<Generator*>(self);
    // A running frame's stack depth is only known to the loop; its references
    // are then treated as external (safe: they keep objects alive).
    if (gen->state != GenState::Running) frame_traverse(&gen->frame, visit, ctx);
    if (gen->exc_info.exc) visit(gen->exc_info.exc, ctx);
    if (gen->kind == GenKind::AsyncGenerator && gen->finalizer()) visit(gen->finalizer(), ctx);
}

void gen_discard(Generator* gen) {
    // Out of any chain first: the levels around must not keep pointing into
    // a cleared frame.
    leave_chains(gen);
    gen->state = GenState::Closed; // before finalizers of its locals can see it
    frame_clear(&gen->frame);
}

static void gen_clear(Object* self) {
    auto* gen = static_cast<Generator*>(self);
    // A Closed generator's frame is cleared already.
    if (gen->state != GenState::Closed && !gen_is_running(gen)) gen_discard(gen);
    Value e = gen->exc_info.exc;
    gen->exc_info.exc = Value();
    decref(e);
    if (gen->kind == GenKind::AsyncGenerator) gen->finalizer().reset();
}

// generic_dealloc, plus what clear() keeps for as long as the object lives
// (gi_code and the names cannot take part in a cycle).
static void gen_dealloc(Object* self) {
    auto* gen = static_cast<Generator*>(self);
    // A finished generator (most of them: every awaited coroutine) has
    // nothing to finalize (gen_finalize would return at once).
    if (gen->state != GenState::Closed && !finalize_before_free(self)) return; // resurrected
    gc_untrack(self);
    gen_clear(self);
    if (gen->has_names) names_table().erase(gen);
    decref(Value(gen->frame.code));
    free_object(self);
}

static void gen_finalize(Object* self) {
    auto* gen = static_cast<Generator*>(self);
    if (gen->kind == GenKind::Coroutine && gen->state == GenState::Created) {
        warn_never_awaited(gen);
        return;
    }
    if (gen->kind == GenKind::AsyncGenerator && async_gen_finalize(gen)) return;
    if (gen->state != GenState::Suspended) return;
    Ref pending = error_fetch();
    if (gen_close(gen).failed()) write_unraisable(error_fetch(), Value(gen));
    if (pending) error_restore(std::move(pending));
}

static const MethodDef generator_methods[] = {
    {"__next__", gen_next_method, nullptr, 1, 1},
    {"send", gen_send_method, nullptr, 2, 2},
    {"throw", gen_throw_method, nullptr, 2, 4},
    {"close", gen_close_method, nullptr, 1, 1},
    {"__iter__", gen_iter, nullptr, 1, 1},
    {"__repr__", gen_repr, nullptr, 1, 1},
    {nullptr},
};
static const GetSetDef generator_getsets[] = {
    {"__name__", gen_get_name, gen_set_name}, {"__qualname__", gen_get_qualname, gen_set_qualname},
    {"gi_frame", gen_get_frame}, {"gi_running", gen_get_running}, {"gi_code", gen_get_code},
    {"gi_yieldfrom", gen_get_yieldfrom}, {"gi_suspended", gen_get_suspended}, {nullptr},
};
static const MethodDef coroutine_methods[] = {
    {"send", gen_send_method, nullptr, 2, 2},
    {"throw", gen_throw_method, nullptr, 2, 4},
    {"close", gen_close_method, nullptr, 1, 1},
    {"__await__", coro_await, nullptr, 1, 1},
    {"__repr__", gen_repr, nullptr, 1, 1},
    {nullptr},
};
static const GetSetDef coroutine_getsets[] = {
    {"__name__", gen_get_name, gen_set_name}, {"__qualname__", gen_get_qualname, gen_set_qualname},
    {"cr_frame", gen_get_frame}, {"cr_running", gen_get_running}, {"cr_code", gen_get_code},
    {"cr_await", gen_get_yieldfrom}, {"cr_suspended", gen_get_suspended}, {nullptr},
};

void init_generator_types() {
    constexpr uint32_t flags = kTypeGC;
    init_native_type(&generator_type, {.name = "generator", .basicsize = sizeof(Generator), .flags = flags,
                                       .dealloc = gen_dealloc, .traverse = gen_traverse, .clear = gen_clear,
                                       .finalize = gen_finalize, .iternext = gen_iternext,
                                       .methods = generator_methods, .getsets = generator_getsets});
    init_native_type(&coroutine_type, {.name = "coroutine", .basicsize = sizeof(Generator), .flags = flags,
                                       .dealloc = gen_dealloc, .traverse = gen_traverse, .clear = gen_clear,
                                       .finalize = gen_finalize, .methods = coroutine_methods,
                                       .getsets = coroutine_getsets});
    init_async_generator_type(GeneratorTypeHooks{gen_dealloc, gen_traverse, gen_clear, gen_finalize, gen_repr});
}

} // namespace pyco
