// `anext(aiterator, default)`: the awaitable CPython calls anext_awaitable.
// It wraps what __anext__() returned; every step re-derives the iterator to
// drive from it (as CPython's anextawaitable_getiter does) and turns the
// wrapped iterator's StopAsyncIteration into StopIteration(default), i.e. the
// awaiting code receives the default as the value of its await.
#include "runtime/abstract.h"
#include "runtime/builtins.h"
#include "runtime/callable.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "vm/generator.h"
#include "vm/modules.h"
#include "vm/ops.h"

namespace pyco {

TypeObject anext_awaitable_type;

namespace {

struct AnextAwaitable : Object {
    Ref wrapped;       // what __anext__() returned
    Ref default_value;
};

// The iterator one step drives: the wrapped awaitable's __await__ iterator,
// checked as `await` checks it; a coroutine is driven through its wrapper.
Result<Ref> step_iterator(Value self) {
    Ref it = TRY(get_awaitable(self.as<AnextAwaitable>()->wrapped, 0));
    if (it.get().type() == &coroutine_type) return make_coroutine_wrapper(it);
    return it;
}

// After the wrapped step failed: StopAsyncIteration means "exhausted", so
// the await finishes with the default instead.
ErrorTag default_on_exhaustion(Value self) {
    if (error_matches(StopAsyncIteration_type)) {
        error_clear();
        return raise_stop_iteration(self.as<AnextAwaitable>()->default_value);
    }
    return kError;
}

Result<Ref> anext_iternext(Value self) {
    Ref it = TRY(step_iterator(self));
    TypeObject* t = it.get().type();
    Result<Ref> r = t->iternext ? t->iternext(it) : call_special(it, Special::next, {});
    if (r.ok()) return r; // a null Ref: the iterator ended without a value
    return default_on_exhaustion(self);
}

// send / throw / close go to the step iterator's method of that name.
Result<Ref> proxy(Value self, const char* method, const Value* args, size_t nargs) {
    Ref it = TRY(step_iterator(self));
    Ref meth = TRY(getattr(it, intern(method)));
    Result<Ref> r = call(meth, CallArgs{args, nargs, nullptr});
    if (r.ok()) return r;
    return default_on_exhaustion(self);
}

Result<Ref> anext_next_method(const Value* args, size_t) {
    Ref r = TRY(anext_iternext(args[0]));
    if (!r) return raise_stop_iteration(Value());
    return r;
}
Result<Ref> anext_send(const Value* args, size_t) { return proxy(args[0], "send", args + 1, 1); }
Result<Ref> anext_throw(const Value* args, size_t nargs) { return proxy(args[0], "throw", args + 1, nargs - 1); }
Result<Ref> anext_close(const Value* args, size_t nargs) { return proxy(args[0], "close", args + 1, nargs - 1); }
Result<Ref> anext_self(const Value* args, size_t) { return Ref::borrow(args[0]); }

void anext_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* a = static_cast<AnextAwaitable*>(self);
    if (a->wrapped) visit(a->wrapped, ctx);
    if (a->default_value) visit(a->default_value, ctx);
}
void anext_clear(Object* self) {
    auto* a = static_cast<AnextAwaitable*>(self);
    a->wrapped.reset();
    a->default_value.reset();
}

const MethodDef anext_methods[] = {
    {"__next__", anext_next_method, nullptr, 1, 1},
    {"send", anext_send, nullptr, 2, 2},
    {"throw", anext_throw, nullptr, 2, 4},
    {"close", anext_close, nullptr, 1, 4},
    {"__await__", anext_self, nullptr, 1, 1},
    {"__iter__", anext_self, nullptr, 1, 1},
    {nullptr},
};

} // namespace

Ref make_anext_awaitable(Value awaitable, Value default_value) {
    auto* a = alloc<AnextAwaitable>(&anext_awaitable_type);
    a->wrapped = Ref::borrow(awaitable);
    a->default_value = Ref::borrow(default_value);
    return Ref::steal(Value(a));
}

void init_anext_awaitable_type() {
    init_native_type(&anext_awaitable_type, {.name = "anext_awaitable", .basicsize = sizeof(AnextAwaitable),
                                             .flags = kTypeGC, .dealloc = generic_dealloc,
                                             .traverse = anext_traverse, .clear = anext_clear,
                                             .iternext = anext_iternext, .methods = anext_methods});
}

} // namespace pyco
