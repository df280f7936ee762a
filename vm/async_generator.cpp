// Async generators (PEP 525) over the generator machinery, plus the small
// objects that expose generator frames and coroutine iteration:
//   * `async_generator`: __anext__/asend/athrow/aclose return awaitables;
//   * `async_generator_asend` / `async_generator_athrow`: those awaitables.
//     Driving one resumes the async generator; a value the generator
//     *yields* (YIELD_VALUE 2) finishes the awaitable with StopIteration(v),
//     while a value that an inner `await` passes up (YIELD_VALUE 1) goes on
//     to the event loop unchanged;
//   * `coroutine_wrapper` (coroutine.__await__());
//   * sys.set_asyncgen_hooks / get_asyncgen_hooks.
#include <cinttypes>
#include <cstdio>

#include "runtime/abstract.h"
#include "runtime/builtins.h"
#include "runtime/callable.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "vm/frame_object.h"
#include "vm/generator.h"
#include "vm/modules.h"
#include "vm/warnings.h"

namespace pyco {

TypeObject async_gen_asend_type, async_gen_athrow_type, coroutine_wrapper_type;

namespace {

// The hooks installed by sys.set_asyncgen_hooks (an event loop).
Ref& firstiter_hook() {
    static Ref hook;
    return hook;
}
Ref& finalizer_hook() {
    static Ref hook;
    return hook;
}

// ---------------------------------------------------------------- asend / athrow awaitables

enum class AwaitableState : uint8_t { Init, Iter, Closed };

// One layout for both awaitables: asend carries a value to send, athrow an
// exception to throw (null exception = aclose()).
struct AsyncGenAwaitable : Object {
    Ref agen;
    Ref value;     // asend: the value; athrow: the exception instance (null for aclose)
    AwaitableState state;
    bool is_close; // aclose()
};

Generator* agen_of(AsyncGenAwaitable* a) { return a->agen.as<Generator>(); }

Status init_hooks(Generator* gen) {
    if (gen->hooks_inited) return ok_status();
    gen->hooks_inited = true;
    if (finalizer_hook()) gen->finalizer() = finalizer_hook();
    if (firstiter_hook()) TRY(call(firstiter_hook(), {Value(gen)}));
    return ok_status();
}

// Dead awaitables kept for reuse: `async for` makes and drops an asend
// awaitable per item.
ObjectFreeList& awaitable_freelist(TypeObject* type) {
    static ObjectFreeList asend, athrow;
    return type == &async_gen_asend_type ? asend : athrow;
}

Ref make_awaitable(TypeObject* type, Value agen, Value value, bool is_close) {
    auto* a = static_cast<AsyncGenAwaitable*>(freelist_take(awaitable_freelist(type)));
    if (!a) a = alloc<AsyncGenAwaitable>(type);
    a->agen = Ref::borrow(agen);
    a->value = Ref::borrow(value);
    a->state = AwaitableState::Init;
    a->is_close = is_close;
    return Ref::steal(Value(a));
}

// The awaitables report how one step ended as a ResumeResult: Yielded = a
// value an inner await passes to the event loop; Returned = the awaitable
// finished with a value (its StopIteration value); Raised = exception set.
// The SEND instruction consumes that directly; the Python-visible
// send()/__next__ turn Returned into StopIteration.
ResumeResult raised() { return {ResumeKind::Raised, Ref()}; }

void finish_step(AsyncGenAwaitable* a) {
    agen_of(a)->running_async = false;
    a->state = AwaitableState::Closed;
}

// One resumption of the async generator, in the awaitable's terms
// (CPython's async_gen_unwrap_value).
ResumeResult unwrap(AsyncGenAwaitable* a, ResumeResult r) {
    switch (r.kind) {
    case ResumeKind::Yielded:
        if (agen_of(a)->yield_kind == 2) {
            finish_step(a);
            return {ResumeKind::Returned, std::move(r.value)};
        }
        return r; // an inner await passes its value to the event loop
    case ResumeKind::Returned:
        finish_step(a);
        raise(StopAsyncIteration_type);
        break;
    case ResumeKind::Raised:
        finish_step(a);
        break;
    }
    if (error_matches(StopAsyncIteration_type) || error_matches(GeneratorExit_type)) agen_of(a)->ag_closed = true;
    return raised();
}

ResumeResult asend_send(AsyncGenAwaitable* a, Value v) {
    Generator* gen = agen_of(a);
    if (a->state == AwaitableState::Closed) {
        raise(RuntimeError_type, "cannot reuse already awaited __anext__()/asend()");
        return raised();
    }
    if (a->state == AwaitableState::Init) {
        if (gen->running_async) {
            a->state = AwaitableState::Closed;
            raise(RuntimeError_type, "anext(): asynchronous generator is already running");
            return raised();
        }
        if (v.is(None())) v = a->value ? a->value.get() : None();
        a->state = AwaitableState::Iter;
    }
    gen->running_async = true;
    return unwrap(a, gen_send(gen, v));
}

// aclose()/athrow() outcome rules (CPython's async_gen_athrow_send).
ResumeResult athrow_unwrap(AsyncGenAwaitable* a, ResumeResult r) {
    if (a->is_close) {
        if (r.kind == ResumeKind::Yielded && agen_of(a)->yield_kind == 2) {
            finish_step(a);
            raise(RuntimeError_type, "async generator ignored GeneratorExit");
            return raised();
        }
        bool closed_by_exit = r.kind == ResumeKind::Raised &&
                              (error_matches(StopAsyncIteration_type) || error_matches(GeneratorExit_type));
        if (closed_by_exit || r.kind == ResumeKind::Returned) {
            if (closed_by_exit) error_clear();
            finish_step(a);
            return {ResumeKind::Returned, Ref::borrow(None())};
        }
    }
    return unwrap(a, std::move(r));
}

ResumeResult athrow_send(AsyncGenAwaitable* a, Value v) {
    Generator* gen = agen_of(a);
    if (a->state == AwaitableState::Closed) {
        raise(RuntimeError_type, "cannot reuse already awaited aclose()/athrow()");
        return raised();
    }
    if (gen->state == GenState::Closed) {
        // CPython 3.11: aclose() and athrow() on a finished generator both end at once.
        a->state = AwaitableState::Closed;
        return {ResumeKind::Returned, Ref::borrow(None())};
    }
    if (a->state == AwaitableState::Init) {
        if (gen->running_async) {
            a->state = AwaitableState::Closed;
            raise(RuntimeError_type, a->is_close ? "aclose(): asynchronous generator is already running"
                                                 : "athrow(): asynchronous generator is already running");
            return raised();
        }
        if (gen->ag_closed) {
            // aclose() already ran (even if the generator ignored it), or the
            // generator ended: CPython 3.11 ends this awaitable at once.
            a->state = AwaitableState::Closed;
            raise(StopAsyncIteration_type);
            return raised();
        }
        if (!v.is(None())) {
            raise(RuntimeError_type, "can't send non-None value to a just-started coroutine");
            return raised();
        }
        a->state = AwaitableState::Iter;
        gen->running_async = true;
        Ref exc = a->value;
        if (a->is_close) {
            gen->ag_closed = true;
            Result<Ref> made = make_exception(GeneratorExit_type, "");
            if (made.failed()) return raised();
            exc = made.take();
            exc.as<BaseException>()->args = Ref::borrow(Value(empty_tuple()));
        }
        return athrow_unwrap(a, gen_throw(gen, exc));
    }
    gen->running_async = true;
    return athrow_unwrap(a, gen_send(gen, v));
}

Result<Ref> awaitable_next(const Value* args, size_t) {
    return resume_result_to_python(async_gen_awaitable_send(args[0], None()));
}
Result<Ref> awaitable_send_method(const Value* args, size_t) {
    return resume_result_to_python(async_gen_awaitable_send(args[0], args[1]));
}
Result<Ref> awaitable_throw(const Value* args, size_t nargs) {
    auto* a = args[0].as<AsyncGenAwaitable>();
    Generator* gen = agen_of(a);
    if (a->state == AwaitableState::Closed)
        return raise(RuntimeError_type, "cannot reuse already awaited __anext__()/asend()");
    Ref exc = TRY(normalize_throw_args(args + 1, nargs - 1));
    gen->running_async = true;
    ResumeResult r = gen_throw(gen, exc, CallArgs{args + 1, nargs - 1});
    if (args[0].type() == &async_gen_athrow_type) return resume_result_to_python(athrow_unwrap(a, std::move(r)));
    return resume_result_to_python(unwrap(a, std::move(r)));
}
Result<Ref> awaitable_close(const Value* args, size_t) {
    args[0].as<AsyncGenAwaitable>()->state = AwaitableState::Closed;
    return Ref::borrow(None());
}
Result<Ref> awaitable_self(const Value* args, size_t) { return Ref::borrow(args[0]); }

void awaitable_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* a = static_cast<AsyncGenAwaitable*>(self);
    if (a->agen) visit(a->agen, ctx);
    if (a->value) visit(a->value, ctx);
}
void awaitable_clear(Object* self) {
    auto* a = static_cast<AsyncGenAwaitable*>(self);
    a->agen.reset();
    a->value.reset();
}
void awaitable_dealloc(Object* self) {
    gc_untrack(self); // releasing the generator may run a collection
    awaitable_clear(self);
    freelist_release(awaitable_freelist(self->type), self);
}

const MethodDef awaitable_methods[] = {
    {"__next__", awaitable_next, nullptr, 1, 1},
    {"send", awaitable_send_method, nullptr, 2, 2},
    {"throw", awaitable_throw, nullptr, 2, 4},
    {"close", awaitable_close, nullptr, 1, 1},
    {"__iter__", awaitable_self, nullptr, 1, 1},
    {"__await__", awaitable_self, nullptr, 1, 1},
    {nullptr},
};

// ---------------------------------------------------------------- async_generator methods

Result<Ref> agen_aiter(const Value* args, size_t) { return Ref::borrow(args[0]); }
Result<Ref> agen_anext(const Value* args, size_t) { return async_gen_anext(args[0]); }
Result<Ref> agen_asend(const Value* args, size_t) {
    TRY(init_hooks(args[0].as<Generator>()));
    return make_awaitable(&async_gen_asend_type, args[0], args[1], false);
}
Result<Ref> agen_athrow(const Value* args, size_t nargs) {
    TRY(init_hooks(args[0].as<Generator>()));
    Ref exc = TRY(normalize_throw_args(args + 1, nargs - 1));
    return make_awaitable(&async_gen_athrow_type, args[0], exc, false);
}
Result<Ref> agen_aclose(const Value* args, size_t) {
    TRY(init_hooks(args[0].as<Generator>()));
    return make_awaitable(&async_gen_athrow_type, args[0], Value(), true);
}
Result<Ref> agen_get_name(Value self) { return self.as<Generator>()->name(); }
Result<Ref> agen_get_qualname(Value self) { return self.as<Generator>()->qualname(); }
Result<Ref> agen_get_frame(Value self) {
    if (self.as<Generator>()->state == GenState::Closed) return Ref::borrow(None());
    return make_frame_proxy(self);
}
Result<Ref> agen_get_running(Value self) { return Ref::borrow(bool_value(self.as<Generator>()->running_async)); }
Result<Ref> agen_get_code(Value self) { return Ref::borrow(Value(self.as<Generator>()->code())); }
Result<Ref> agen_get_await(Value self) {
    Value d = self.as<Generator>()->delegate();
    return Ref::borrow(d ? d : None());
}

const MethodDef agen_methods[] = {
    {"__aiter__", agen_aiter, nullptr, 1, 1},
    {"__anext__", agen_anext, nullptr, 1, 1},
    {"asend", agen_asend, nullptr, 2, 2},
    {"athrow", agen_athrow, nullptr, 2, 4},
    {"aclose", agen_aclose, nullptr, 1, 1},
    {"__repr__", nullptr, nullptr, 1, 1}, // filled from the shared generator repr at init
    {nullptr},
};
MethodDef agen_methods_with_repr[sizeof(agen_methods) / sizeof(agen_methods[0])];
const GetSetDef agen_getsets[] = {
    {"__name__", agen_get_name}, {"__qualname__", agen_get_qualname}, {"ag_frame", agen_get_frame},
    {"ag_running", agen_get_running}, {"ag_code", agen_get_code}, {"ag_await", agen_get_await}, {nullptr},
};

// ---------------------------------------------------------------- coroutine_wrapper

struct CoroWrapper : Object {
    Ref coro;
};
Generator* wrapped(Value self) { return self.as<CoroWrapper>()->coro.as<Generator>(); }
Result<Ref> wrapper_next(const Value* args, size_t) { return resume_result_to_python(gen_send(wrapped(args[0]), None())); }
Result<Ref> wrapper_send(const Value* args, size_t) { return resume_result_to_python(gen_send(wrapped(args[0]), args[1])); }
Result<Ref> wrapper_throw(const Value* args, size_t nargs) {
    Ref exc = TRY(normalize_throw_args(args + 1, nargs - 1));
    return resume_result_to_python(gen_throw(wrapped(args[0]), exc, CallArgs{args + 1, nargs - 1}));
}
Result<Ref> wrapper_close(const Value* args, size_t) {
    TRY(gen_close(wrapped(args[0])));
    return Ref::borrow(None());
}
Result<Ref> wrapper_iternext(Value self) {
    ResumeResult r = gen_send(wrapped(self), None());
    if (r.kind == ResumeKind::Returned && r.value && r.value.get().is(None())) return Ref();
    return resume_result_to_python(std::move(r));
}
void wrapper_traverse(Object* self, VisitFn visit, void* ctx) {
    if (auto& c = static_cast<CoroWrapper*>(self)->coro) visit(c, ctx);
}
void wrapper_clear(Object* self) { static_cast<CoroWrapper*>(self)->coro.reset(); }
const MethodDef wrapper_methods[] = {
    {"__next__", wrapper_next, nullptr, 1, 1},
    {"send", wrapper_send, nullptr, 2, 2},
    {"throw", wrapper_throw, nullptr, 2, 4},
    {"close", wrapper_close, nullptr, 1, 1},
    {"__iter__", awaitable_self, nullptr, 1, 1},
    {nullptr},
};

// ---------------------------------------------------------------- sys hooks

Result<Ref> sys_set_asyncgen_hooks(CallArgs args) {
    Value firstiter, finalizer;
    bool has_first = false, has_final = false;
    if (args.nargs > 0) firstiter = args[0], has_first = true;
    if (args.nargs > 1) finalizer = args[1], has_final = true;
    if (args.nargs > 2) return raise(TypeError_type, "set_asyncgen_hooks() takes at most 2 positional arguments");
    for (size_t k = 0; k < args.nkw(); ++k) {
        std::string_view key = args.kwnames->items[k].as<Str>()->view();
        Value v = args.args[args.nargs + k];
        if (key == "firstiter") firstiter = v, has_first = true;
        else if (key == "finalizer") finalizer = v, has_final = true;
        else return raise_format(TypeError_type, "set_asyncgen_hooks() got an unexpected keyword argument '%s'", std::string(key).c_str());
    }
    if (has_final && !finalizer.is(None()) && !is_callable(finalizer))
        return raise_format(TypeError_type, "callable finalizer expected, got %s", std::string(type_name(finalizer)).c_str());
    if (has_first && !firstiter.is(None()) && !is_callable(firstiter))
        return raise_format(TypeError_type, "callable firstiter expected, got %s", std::string(type_name(firstiter)).c_str());
    if (has_final) finalizer_hook() = finalizer.is(None()) ? Ref() : Ref::borrow(finalizer);
    if (has_first) firstiter_hook() = firstiter.is(None()) ? Ref() : Ref::borrow(firstiter);
    return Ref::borrow(None());
}
Result<Ref> sys_get_asyncgen_hooks(const Value*, size_t) {
    Value first = firstiter_hook() ? firstiter_hook().get() : None();
    Value fin = finalizer_hook() ? finalizer_hook().get() : None();
    return tuple_pack({first, fin}).ref();
}

} // namespace

const MethodDef asyncgen_hook_functions[] = {
    {"set_asyncgen_hooks", nullptr, sys_set_asyncgen_hooks},
    {"get_asyncgen_hooks", sys_get_asyncgen_hooks, nullptr, 0, 0, MethodKind::Static},
    {nullptr},
};

// ---------------------------------------------------------------- fast paths for the loop

bool is_async_gen_awaitable(Value v) { return v.type() == &async_gen_asend_type || v.type() == &async_gen_athrow_type; }

ResumeResult async_gen_awaitable_send(Value awaitable, Value sent) {
    auto* a = awaitable.as<AsyncGenAwaitable>();
    if (awaitable.type() == &async_gen_asend_type) return asend_send(a, sent);
    return athrow_send(a, sent);
}

Result<Ref> async_gen_anext(Value agen) {
    TRY(init_hooks(agen.as<Generator>()));
    return make_awaitable(&async_gen_asend_type, agen, None(), false);
}

// ---------------------------------------------------------------- hooks used by generator.cpp

Result<Ref> make_coroutine_wrapper(Value coroutine) {
    auto* w = alloc<CoroWrapper>(&coroutine_wrapper_type);
    w->coro = Ref::borrow(coroutine);
    return Ref::steal(Value(w));
}

Result<Ref> make_frame_proxy(Value generator) { return frame_object_for(&generator.as<Generator>()->frame); }

void warn_never_awaited(Generator* coroutine) {
    // CPython's warnings._warn_unawaited_coroutine: attributed to the Python
    // code running when the coroutine is dropped, with the coroutine as source.
    warn_at_running_frame(&RuntimeWarning_type,
                          "coroutine '" + std::string(coroutine->qualname().as<Str>()->view()) + "' was never awaited",
                          true);
}

bool async_gen_finalize(Generator* gen) {
    if (!gen->finalizer() || gen->state == GenState::Closed || gen->state == GenState::Created) return false;
    Ref finalizer = std::move(gen->finalizer());
    Ref pending = error_fetch();
    if (call(finalizer, {Value(gen)}).failed()) write_unraisable(error_fetch(), finalizer);
    if (pending) error_restore(std::move(pending));
    return true;
}

void init_async_generator_type(const GeneratorTypeHooks& hooks) {
    for (size_t i = 0; i < sizeof(agen_methods) / sizeof(agen_methods[0]); ++i) {
        agen_methods_with_repr[i] = agen_methods[i];
        if (agen_methods[i].name && std::string_view(agen_methods[i].name) == "__repr__")
            agen_methods_with_repr[i].fn = hooks.repr;
    }
    init_native_type(&async_generator_type,
                     {.name = "async_generator", .basicsize = sizeof(Generator), .flags = kTypeGC,
                      .dealloc = hooks.dealloc, .traverse = hooks.traverse, .clear = hooks.clear,
                      .finalize = hooks.finalize, .methods = agen_methods_with_repr, .getsets = agen_getsets});
}

void init_vm_types() {
    init_builtins_vm_types();
    init_anext_awaitable_type();
    init_frame_object_type();
    constexpr uint32_t gc = kTypeGC;
    init_native_type(&async_gen_asend_type, {.name = "async_generator_asend", .basicsize = sizeof(AsyncGenAwaitable),
                                             .flags = gc, .dealloc = awaitable_dealloc, .traverse = awaitable_traverse,
                                             .clear = awaitable_clear, .methods = awaitable_methods});
    init_native_type(&async_gen_athrow_type, {.name = "async_generator_athrow", .basicsize = sizeof(AsyncGenAwaitable),
                                              .flags = gc, .dealloc = awaitable_dealloc, .traverse = awaitable_traverse,
                                              .clear = awaitable_clear, .methods = awaitable_methods});
    init_native_type(&coroutine_wrapper_type, {.name = "coroutine_wrapper", .basicsize = sizeof(CoroWrapper), .flags = gc,
                                               .dealloc = generic_dealloc, .traverse = wrapper_traverse,
                                               .clear = wrapper_clear, .iternext = wrapper_iternext,
                                               .methods = wrapper_methods});
}

} // namespace pyco
