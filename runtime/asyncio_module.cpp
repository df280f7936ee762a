// `_asyncio`: the native core of asyncio's Future and Task, as CPython's
// C accelerator of the same name.
//
// lib/asyncio/futures.py and tasks.py define `Future` and `Task` as Python
// subclasses of the one native type `_asyncio.FutureCore`, which holds the
// state of both in C++ fields (a future simply leaves the task fields
// empty: one layout, so `Task` can derive from the Python `Future`) and runs
// what every await goes through: done()/result()/add_done_callback()/
// set_result()/set_exception()/cancel(), `__await__` (a native iterator
// that yields the future once), the scheduling of done callbacks and the
// task step (send into or throw into the coroutine, then wait for what it
// yielded). Reprs, __del__ reports, task cancellation and the rest stay in
// Python and reach the fields through attributes named as CPython's
// (`_state`, `_result`, `_fut_waiter`, ...).
//
// The loop is only reached through its Python methods (call_soon,
// get_loop(), the exception handler), so any loop class works.
#include <cstddef>
#include <string>

#include "runtime/abstract.h"
#include "runtime/arg_parse.h"
#include "runtime/asyncio_module.h"
#include "runtime/callable.h"
#include "runtime/container_util.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "vm/generator.h"
#include "vm/modules.h"

namespace pyco {

namespace {

TypeObject future_core_type, future_iter_type, sleep0_type, yield_once_type;

enum class FutState : uint8_t { Pending, Cancelled, Finished };

struct FutureCore : Object {
    Ref loop;
    Ref callbacks; // List of callables, or null
    Ref result;
    Ref exception;
    Ref exception_tb;
    Ref cancel_message;
    Ref cancelled_exc;
    Ref source_traceback;
    // Task fields (null/zero in plain futures).
    Ref coro;
    Ref fut_waiter;
    Ref name;
    Ref context;
    int64_t num_cancels_requested;
    FutState state;
    bool log_traceback;
    bool blocking; // _asyncio_future_blocking
    bool must_cancel;
    bool log_destroy_pending;
};

// Every Ref field, for traverse/clear.
constexpr Ref FutureCore::* kRefFields[] = {
    &FutureCore::loop,         &FutureCore::callbacks,      &FutureCore::result,        &FutureCore::exception,
    &FutureCore::exception_tb, &FutureCore::cancel_message, &FutureCore::cancelled_exc, &FutureCore::source_traceback,
    &FutureCore::coro,         &FutureCore::fut_waiter,     &FutureCore::name,          &FutureCore::context,
};

struct FutureIter : Object {
    Ref future; // null once exhausted
    bool yielded;
};

// Set once by lib/asyncio (_set_helpers): the Python pieces the core uses.
struct Helpers {
    Ref cancelled_error;     // exceptions.CancelledError
    Ref invalid_state_error; // exceptions.InvalidStateError
    Ref enter_task;          // tasks._enter_task (raises the "Cannot enter" error)
    Ref leave_task;          // tasks._leave_task (raises the "Leaving task" error)
    Ref current_tasks;       // Dict {loop: task}: tasks._current_tasks
    Ref all_tasks;           // Dict {task: None}: tasks._all_tasks
    Ref get_event_loop;      // events._get_event_loop (a future made without loop=)
    Ref iscoroutine;         // coroutines.iscoroutine (Task.__init__'s check)
    Ref name_counter;        // tasks._task_name_counter (names 'Task-N')
};
Helpers& helpers() {
    static Helpers h;
    return h;
}

FutureCore* as_fut(Value v) { return v.as<FutureCore>(); }
bool is_fut(Value v) { return isinstance(v, &future_core_type); }

ErrorTag raise_invalid_state(std::string_view message) {
    Result<Ref> exc = call(helpers().invalid_state_error, {make_str(message)});
    if (exc.failed()) return kError;
    return raise_object(exc.take());
}

// ---------------------------------------------------------------- lifetime

void future_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* f = static_cast<FutureCore*>(self);
    for (auto field : kRefFields) {
        if (f->*field) visit(f->*field, ctx);
    }
}

void future_clear(Object* self) {
    auto* f = static_cast<FutureCore*>(self);
    for (auto field : kRefFields) (f->*field).reset();
}

void future_iter_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* it = static_cast<FutureIter*>(self);
    if (it->future) visit(it->future, ctx);
}

void future_iter_clear(Object* self) { static_cast<FutureIter*>(self)->future.reset(); }

// Every `await future` makes a FutureIter (CPython keeps a free list too).
ObjectFreeList& future_iter_freelist() {
    static ObjectFreeList list;
    return list;
}

void future_iter_dealloc(Object* self) {
    gc_untrack(self); // releasing the future may run a collection
    future_iter_clear(self);
    freelist_release(future_iter_freelist(), self);
}

// ---------------------------------------------------------------- completing

// Queue every done callback with loop.call_soon(callback, future), in
// registration order, and forget them.
Status schedule_callbacks(FutureCore* f) {
    if (!f->callbacks || f->callbacks.as<List>()->size == 0) return ok_status();
    Ref callbacks = std::move(f->callbacks);
    List* list = callbacks.as<List>();
    for (int64_t i = 0; i < list->size; ++i) {
        Ref cb = Ref::borrow(list->items[i]);
        TRY(loop_call_soon(f->loop, cb, Value(f)));
    }
    return ok_status();
}

Status future_set_result(FutureCore* f, Value result) {
    if (f->state != FutState::Pending) return raise_invalid_state("invalid state");
    f->result = Ref::borrow(result);
    f->state = FutState::Finished;
    return schedule_callbacks(f);
}

Status future_set_exception(FutureCore* f, Value exc) {
    f->exception = Ref::borrow(exc);
    f->exception_tb = exc.as<BaseException>()->traceback;
    f->state = FutState::Finished;
    TRY(schedule_callbacks(f));
    f->log_traceback = true;
    return ok_status();
}

Result<bool> future_cancel(FutureCore* f, Value msg) {
    f->log_traceback = false;
    if (f->state != FutState::Pending) return false;
    f->state = FutState::Cancelled;
    f->cancel_message = Ref::borrow(msg);
    TRY(schedule_callbacks(f));
    return true;
}

// The result, or the exception raised (result() of a done future).
Result<Ref> future_result(FutureCore* f) {
    if (f->state == FutState::Cancelled) {
        Ref exc = TRY(call_method(Value(f), intern("_make_cancelled_error"), {}));
        return raise_object(std::move(exc));
    }
    if (f->state != FutState::Finished) return raise_invalid_state("Result is not set.");
    f->log_traceback = false;
    if (f->exception) {
        f->exception.as<BaseException>()->traceback = f->exception_tb;
        return raise_object(f->exception);
    }
    return f->result ? f->result : Ref::borrow(None());
}

// ---------------------------------------------------------------- Python methods of FutureCore

// Future(*, loop=None): the current event loop when none is given.
Result<Ref> fut_init(CallArgs args) {
    Value out[1];
    TRY(parse_args(args, 1, {.fname = "Future", .names = {"loop"}, .posonly = 0, .minpos = 0, .maxpos = 0}, out));
    Ref loop = Ref::borrow(out[0] ? out[0] : None());
    if (loop.get().is(None())) {
        if (!helpers().get_event_loop) return raise(RuntimeError_type, "asyncio is not initialised");
        loop = TRY(call(helpers().get_event_loop, {}));
    }
    as_fut(args[0])->loop = std::move(loop);
    return Ref::borrow(None());
}

Result<Ref> fut_done(const Value* args, size_t) { return Ref::borrow(bool_value(as_fut(args[0])->state != FutState::Pending)); }

Result<Ref> fut_cancelled(const Value* args, size_t) {
    return Ref::borrow(bool_value(as_fut(args[0])->state == FutState::Cancelled));
}

Result<Ref> fut_result(const Value* args, size_t) { return future_result(as_fut(args[0])); }

Result<Ref> fut_exception(const Value* args, size_t) {
    FutureCore* f = as_fut(args[0]);
    if (f->state == FutState::Cancelled) return future_result(f);
    if (f->state != FutState::Finished) return raise_invalid_state("Exception is not set.");
    f->log_traceback = false;
    return f->exception ? f->exception : Ref::borrow(None());
}

Status add_callback(FutureCore* f, Value fn) {
    if (f->state != FutState::Pending) return loop_call_soon(f->loop, fn, Value(f));
    if (!f->callbacks) f->callbacks = list_new().ref();
    return list_append(f->callbacks.as<List>(), fn);
}

// add_done_callback(fn, *, context=None): contexts are accepted and
// ignored (pyco has no contextvars).
Result<Ref> fut_add_done_callback(CallArgs args) {
    Value out[2];
    TRY(parse_args(args, 1, {.fname = "add_done_callback", .names = {"fn", "context"}, .posonly = 1, .minpos = 1, .maxpos = 1},
                   out));
    TRY(add_callback(as_fut(args[0]), out[0]));
    return Ref::borrow(None());
}

// Removes every registration of fn; returns how many there were.
Result<Ref> fut_remove_done_callback(const Value* args, size_t) {
    FutureCore* f = as_fut(args[0]);
    if (!f->callbacks) return Ref::small_int(0);
    Ref old = f->callbacks; // kept alive: __eq__ may run arbitrary code
    Handle<List> kept = list_new();
    List* list = old.as<List>();
    int64_t removed = 0;
    for (int64_t i = 0; i < list->size; ++i) {
        Ref cb = Ref::borrow(list->items[i]);
        if (TRY(equal(cb, args[1]))) ++removed;
        else TRY(list_append(kept.get(), cb));
    }
    if (removed) f->callbacks = std::move(kept).ref();
    return Ref::small_int(removed);
}

Result<Ref> fut_set_result(const Value* args, size_t) {
    TRY(future_set_result(as_fut(args[0]), args[1]));
    return Ref::borrow(None());
}

Result<Ref> fut_set_exception(const Value* args, size_t) {
    FutureCore* f = as_fut(args[0]);
    if (f->state != FutState::Pending) return raise_invalid_state("invalid state");
    Ref exc = Ref::borrow(args[1]);
    if (isinstance(exc, &type_type) && is_subtype(exc.as<TypeObject>(), &BaseException_type)) {
        exc = TRY(call(exc, {}));
        if (f->state != FutState::Pending) return raise_invalid_state("invalid state");
    }
    if (!isinstance(exc, &BaseException_type)) return raise(TypeError_type, "invalid exception object");
    if (exc.get().type() == &StopIteration_type)
        return raise(TypeError_type, "StopIteration interacts badly with generators and cannot be raised into a Future");
    TRY(future_set_exception(f, exc));
    return Ref::borrow(None());
}

Result<Ref> fut_cancel(CallArgs args) {
    Value out[1];
    TRY(parse_args(args, 1, {.fname = "cancel", .names = {"msg"}, .posonly = 0, .minpos = 0}, out));
    bool cancelled = TRY(future_cancel(as_fut(args[0]), out[0] ? out[0] : None()));
    return Ref::borrow(bool_value(cancelled));
}

// __del__: runs for every future and task, so the checks are native; the
// reports ("Task was destroyed but it is pending!", "... exception was
// never retrieved") are Python methods of the subclasses.
Result<Ref> fut_del(const Value* args, size_t) {
    FutureCore* f = as_fut(args[0]);
    if (!f->loop) return Ref::borrow(None()); // never initialised, or cleared by the collector
    if (f->state == FutState::Pending && f->log_destroy_pending)
        TRY(call_method(args[0], intern("_report_destroyed_pending"), {}));
    if (f->log_traceback) TRY(call_method(args[0], intern("_report_never_retrieved"), {}));
    return Ref::borrow(None());
}

Result<Ref> fut_await(const Value* args, size_t) {
    auto* it = static_cast<FutureIter*>(freelist_take(future_iter_freelist()));
    if (!it) it = static_cast<FutureIter*>(alloc_object(&future_iter_type, sizeof(FutureIter)));
    Ref r = Ref::steal(Value(it));
    it->future = Ref::borrow(args[0]);
    it->yielded = false;
    return r;
}

// ---------------------------------------------------------------- the await iterator

// Yields the pending future once (with _asyncio_future_blocking set, so the
// task waits for it); once resumed, returns its result.
Result<Ref> future_iter_next(Value self) {
    auto* it = self.as<FutureIter>();
    if (!it->future) return Ref();
    Ref fut = it->future;
    FutureCore* f = as_fut(fut);
    if (f->state == FutState::Pending) {
        if (!it->yielded) {
            it->yielded = true;
            f->blocking = true;
            return fut;
        }
        return raise(RuntimeError_type, "await wasn't used with future");
    }
    it->future.reset();
    Ref result = TRY(future_result(f));
    if (result.get().is(None())) return Ref();
    return raise_stop_iteration(result);
}

Result<Ref> future_iter_next_method(const Value* args, size_t) {
    Ref r = TRY(future_iter_next(args[0]));
    if (!r) return raise_stop_iteration(Value());
    return r;
}

// send(value): the value is ignored, as a future's __await__ ignores it.
Result<Ref> future_iter_send(const Value* args, size_t) { return future_iter_next_method(args, 1); }

// ---------------------------------------------------------------- sleep(0)

// `await tasks._sleep0` (sleep(0)): yields None once, which makes the task
// step again in the next loop iteration (CPython awaits a @types.coroutine
// generator that does a bare `yield`). __await__ returns a fresh YieldOnce.
struct YieldOnce : Object {
    bool yielded;
};

ObjectFreeList& yield_once_freelist() {
    static ObjectFreeList list;
    return list;
}

Result<Ref> sleep0_await(const Value*, size_t) {
    auto* it = static_cast<YieldOnce*>(freelist_take(yield_once_freelist()));
    if (!it) return Ref::steal(Value(alloc_object(&yield_once_type, sizeof(YieldOnce))));
    it->yielded = false;
    return Ref::steal(Value(it));
}

void yield_once_dealloc(Object* self) { freelist_release(yield_once_freelist(), self); }

Result<Ref> yield_once_next(Value self) {
    auto* it = self.as<YieldOnce>();
    if (it->yielded) return Ref();
    it->yielded = true;
    return Ref::borrow(None());
}

Result<Ref> yield_once_next_method(const Value* args, size_t) {
    Ref r = TRY(yield_once_next(args[0]));
    if (!r) return raise_stop_iteration(Value());
    return r;
}

// send(value): the value is ignored, as the bare `yield` ignores it.
Result<Ref> yield_once_send(const Value* args, size_t) { return yield_once_next_method(args, 1); }

const MethodDef sleep0_methods[] = {
    {.name = "__await__", .fn = sleep0_await, .min_args = 1, .max_args = 1},
    {nullptr},
};

const MethodDef yield_once_methods[] = {
    {.name = "__iter__", .fn = iter_self_method, .min_args = 1, .max_args = 1},
    {.name = "__next__", .fn = yield_once_next_method, .min_args = 1, .max_args = 1},
    {.name = "send", .fn = yield_once_send, .min_args = 2, .max_args = 2},
    {nullptr},
};

// ---------------------------------------------------------------- the task step

// Resume the coroutine once: send None, or throw exc into it.
ResumeResult resume(Value coro, Value exc) {
    TypeObject* t = coro.type();
    if (t == &coroutine_type || t == &generator_type) {
        return exc ? gen_throw(coro.as<Generator>(), exc) : gen_send(coro.as<Generator>(), None());
    }
    Result<Ref> r = exc ? call_method(coro, intern("throw"), {exc}) : call_method(coro, intern("send"), {None()});
    if (r.ok()) return {ResumeKind::Yielded, r.take()};
    if (!error_matches(StopIteration_type)) return {ResumeKind::Raised, Ref()};
    Ref stop = error_fetch();
    Ref value = stop.as<BaseException>()->value;
    if (!value) {
        auto* a = stop.as<BaseException>()->args.as<Tuple>();
        value = Ref::borrow(a && a->size > 0 ? a->items[0] : None());
    }
    return {ResumeKind::Returned, value};
}

const MethodDef* step_def();
const MethodDef* wakeup_def();

// loop.call_soon(task.__step[, exc])
Status schedule_step(FutureCore* task, Value exc) {
    Ref step = make_native_function(step_def(), Value(task));
    return loop_call_soon(task->loop, step, exc);
}

Status schedule_step_error(FutureCore* task, Ref message) {
    Ref exc = TRY(make_exception(RuntimeError_type, message.as<Str>()->view()));
    return schedule_step(task, exc);
}

// The loop of an object yielded by a coroutine (its get_loop(), or _loop).
Result<Ref> loop_of(Value fut) {
    if (is_fut(fut)) return as_fut(fut)->loop ? as_fut(fut)->loop : Ref::borrow(None());
    Ref get_loop = TRY(getattr_opt(fut, intern("get_loop")));
    if (get_loop) return call(get_loop, {});
    return getattr(fut, intern("_loop"));
}

Result<Ref> format_text(const char* fmt, std::initializer_list<Value> values) {
    std::string out;
    auto v = values.begin();
    for (const char* p = fmt; *p; ++p) {
        if (*p == '%' && v != values.end()) {
            out += TRY(repr_text(*v++));
        } else {
            out += *p;
        }
    }
    return make_str(out).ref();
}

// The coroutine yielded `yielded`: wait for it if it is a future with
// _asyncio_future_blocking set, else throw a RuntimeError in at the next
// step (CPython's messages).
Status wait_for_yielded(FutureCore* task, Value yielded) {
    if (yielded.is(None())) return schedule_step(task, Value()); // bare yield: sleep(0)
    Ref blocking;
    if (is_fut(yielded)) {
        blocking = Ref::borrow(bool_value(as_fut(yielded)->blocking));
    } else {
        blocking = TRY(getattr_opt(yielded, intern("_asyncio_future_blocking")));
        if (blocking && blocking.get().is(None())) blocking.reset();
    }
    if (!blocking) {
        if (yielded.type() == &generator_type) {
            return schedule_step_error(
                task, TRY(format_text("yield was used instead of yield from for generator in task % with %",
                                      {Value(task), yielded})));
        }
        return schedule_step_error(task, TRY(format_text("Task got bad yield: %", {yielded})));
    }
    Ref loop = TRY(loop_of(yielded));
    if (!loop.get().is(task->loop)) {
        return schedule_step_error(
            task, TRY(format_text("Task % got Future % attached to a different loop", {Value(task), yielded})));
    }
    if (!TRY(truthy(blocking))) {
        return schedule_step_error(
            task, TRY(format_text("yield was used instead of yield from in task % with %", {Value(task), yielded})));
    }
    if (yielded.is(Value(task))) {
        return schedule_step_error(task, TRY(format_text("Task cannot await on itself: %", {Value(task)})));
    }
    Ref wakeup = make_native_function(wakeup_def(), Value(task));
    if (is_fut(yielded)) {
        as_fut(yielded)->blocking = false;
        TRY(add_callback(as_fut(yielded), wakeup));
    } else {
        TRY(setattr(yielded, intern("_asyncio_future_blocking"), False()));
        TRY(call_method(yielded, intern("add_done_callback"), {wakeup}));
    }
    task->fut_waiter = Ref::borrow(yielded);
    if (task->must_cancel) {
        Value msg = task->cancel_message ? Value(task->cancel_message) : None();
        Ref cancelled = TRY(call_method(yielded, intern("cancel"), {msg}));
        if (TRY(truthy(cancelled))) task->must_cancel = false;
    }
    return ok_status();
}

// Advance the coroutine once, then finish the task or arrange its next step.
Status send_or_throw(FutureCore* task, Value exc) {
    Ref coro = task->coro;
    ResumeResult r = resume(coro, exc);
    switch (r.kind) {
    case ResumeKind::Returned:
        if (task->must_cancel) { // cancelled right before the coroutine returned
            task->must_cancel = false;
            Ref msg = task->cancel_message;
            return future_cancel(task, msg ? Value(msg) : None()).failed() ? Status(kError) : ok_status();
        }
        return future_set_result(task, r.value ? Value(r.value) : None());
    case ResumeKind::Yielded:
        return wait_for_yielded(task, r.value);
    case ResumeKind::Raised:
        break;
    }
    Ref error = error_fetch();
    if (exception_matches(error, *helpers().cancelled_error.as<TypeObject>())) {
        task->cancelled_exc = error; // result() chains it to the error it raises
        return future_cancel(task, None()).failed() ? Status(kError) : ok_status();
    }
    TRY(future_set_exception(task, error));
    if (exception_matches(error, KeyboardInterrupt_type) || exception_matches(error, SystemExit_type)) {
        return raise_object(std::move(error));
    }
    return ok_status();
}

// Task.__step(exc=None): CPython's task_step, with _enter_task/_leave_task.
Status task_step(FutureCore* task, Value exc) {
    Helpers& h = helpers();
    if (task->state != FutState::Pending) {
        Ref msg = TRY(format_text("_step(): already done: %, %", {Value(task), exc ? exc : None()}));
        return raise_invalid_state(msg.as<Str>()->view());
    }
    Ref thrown = Ref::borrow(exc);
    if (task->must_cancel) {
        if (!exc || !isinstance(exc, helpers().cancelled_error.as<TypeObject>())) {
            thrown = TRY(call_method(Value(task), intern("_make_cancelled_error"), {}));
        }
        task->must_cancel = false;
    }
    task->fut_waiter.reset();

    Ref keep = Ref::borrow(Value(task)); // the loop may drop its last reference meanwhile
    Ref loop = task->loop;
    auto* current = h.current_tasks.as<Dict>();
    Value running = TRY(dict_get(current, loop));
    if (running && !running.is(None())) TRY(call(h.enter_task, {loop, Value(task)}));
    TRY(dict_set(current, loop, Value(task)));
    Status stepped = send_or_throw(task, thrown);
    Ref pending = stepped.failed() ? error_fetch() : Ref();
    Value now = TRY(dict_get(current, loop));
    if (!now || !now.is(Value(task))) TRY(call(h.leave_task, {loop, Value(task)}));
    TRY(dict_del(current, loop));
    if (task->state != FutState::Pending) TRY(dict_del(h.all_tasks.as<Dict>(), Value(task)));
    if (pending) return raise_object(std::move(pending));
    return ok_status();
}

Result<Ref> task_step_method(const Value* args, size_t nargs) {
    if (!is_fut(args[0])) return raise(TypeError_type, "__step() needs a task");
    TRY(task_step(as_fut(args[0]), nargs > 1 ? args[1] : Value()));
    return Ref::borrow(None());
}

// Task.task_wakeup(future): the awaited future is done; step again,
// throwing its exception (possibly a cancellation) in.
Result<Ref> task_wakeup_method(const Value* args, size_t) {
    if (!is_fut(args[0])) return raise(TypeError_type, "task_wakeup() needs a task");
    Value fut = args[1];
    Result<Ref> r = is_fut(fut) ? future_result(as_fut(fut)) : call_method(fut, intern("result"), {});
    if (r.ok()) {
        TRY(task_step(as_fut(args[0]), Value()));
    } else {
        Ref exc = error_fetch();
        TRY(task_step(as_fut(args[0]), exc));
    }
    return Ref::borrow(None());
}

// _task_init(task, coro, loop, name, context): the body of Task.__init__
// (lib/asyncio/tasks.py), as CPython's C Task does it: Future.__init__,
// the coroutine check, the name, the first step queued with
// loop.call_soon(task.__step), the task registered in _all_tasks.
Result<Ref> task_init(const Value* args, size_t) {
    Helpers& h = helpers();
    if (!is_fut(args[0])) return raise(TypeError_type, "_task_init() needs a task");
    if (!h.iscoroutine || !h.name_counter) return raise(RuntimeError_type, "asyncio is not initialised");
    FutureCore* task = as_fut(args[0]);
    Value coro = args[1], loop = args[2], name = args[3], context = args[4];
    task->loop = loop.is(None()) ? TRY(call(h.get_event_loop, {})) : Ref::borrow(loop);
    if (coro.type() != &coroutine_type && !TRY(truthy(TRY(call(h.iscoroutine, {coro})))))
        return raise_format(TypeError_type, "a coroutine was expected, got %s", TRY(repr_text(coro)).c_str());
    task->log_destroy_pending = true;
    if (name.is(None())) {
        Ref number = TRY(call(h.name_counter, {}));
        Ref text = TRY(str(number));
        task->name = make_str("Task-" + std::string(text.as<Str>()->view())).ref();
    } else {
        task->name = TRY(str(name));
    }
    task->coro = Ref::borrow(coro);
    task->context = context.is(None()) ? Ref() : Ref::borrow(context);
    TRY(schedule_step(task, Value()));
    TRY(dict_set(h.all_tasks.as<Dict>(), args[0], None()));
    return Ref::borrow(None());
}

// _set_task_helpers(iscoroutine, name_counter)
Result<Ref> set_task_helpers(const Value* args, size_t) {
    helpers().iscoroutine = Ref::borrow(args[0]);
    helpers().name_counter = Ref::borrow(args[1]);
    return Ref::borrow(None());
}

const MethodDef task_callback_defs[] = {
    {.name = "__step", .fn = task_step_method, .min_args = 1, .max_args = 2},
    {.name = "task_wakeup", .fn = task_wakeup_method, .min_args = 2, .max_args = 2},
};
const MethodDef* step_def() { return &task_callback_defs[0]; }
const MethodDef* wakeup_def() { return &task_callback_defs[1]; }

// ---------------------------------------------------------------- attributes

template <Ref FutureCore::* Field>
Result<Ref> get_ref(Value self) {
    Ref v = as_fut(self)->*Field;
    return v ? v : Ref::borrow(None());
}

template <Ref FutureCore::* Field>
Status set_ref(Value self, Value value) {
    as_fut(self)->*Field = (value && !value.is(None())) ? Ref::borrow(value) : Ref();
    return ok_status();
}

template <bool FutureCore::* Field>
Result<Ref> get_bool(Value self) {
    return Ref::borrow(bool_value(as_fut(self)->*Field));
}

template <bool FutureCore::* Field>
Status set_bool(Value self, Value value) {
    if (!value) return raise(AttributeError_type, "cannot delete attribute");
    as_fut(self)->*Field = TRY(truthy(value));
    return ok_status();
}

Result<Ref> get_state(Value self) {
    switch (as_fut(self)->state) {
    case FutState::Pending: return Ref::borrow(Value(intern("PENDING")));
    case FutState::Cancelled: return Ref::borrow(Value(intern("CANCELLED")));
    case FutState::Finished: break;
    }
    return Ref::borrow(Value(intern("FINISHED")));
}

// The callbacks as CPython shows them: a list of (callback, context)
// pairs, or None.
Result<Ref> get_callbacks(Value self) {
    FutureCore* f = as_fut(self);
    if (!f->callbacks || f->callbacks.as<List>()->size == 0) return Ref::borrow(None());
    List* list = f->callbacks.as<List>();
    Handle<List> out = list_new();
    for (int64_t i = 0; i < list->size; ++i) TRY(list_append(out.get(), tuple_pack({list->items[i], None()})));
    return std::move(out).ref();
}

// _log_traceback can only be reset (as CPython's).
Status set_log_traceback(Value self, Value value) {
    if (!value) return raise(AttributeError_type, "cannot delete attribute");
    if (TRY(truthy(value))) return raise(ValueError_type, "_log_traceback can only be set to False");
    as_fut(self)->log_traceback = false;
    return ok_status();
}

Result<Ref> get_num_cancels(Value self) { return make_int(as_fut(self)->num_cancels_requested); }

Status set_num_cancels(Value self, Value value) {
    int64_t n = 0;
    if (!value || !int_to_int64(value, &n)) return raise(TypeError_type, "_num_cancels_requested must be an int");
    as_fut(self)->num_cancels_requested = n;
    return ok_status();
}

const GetSetDef future_getsets[] = {
    {"_state", get_state, nullptr},
    {"_loop", get_ref<&FutureCore::loop>, set_ref<&FutureCore::loop>},
    {"_callbacks", get_callbacks, nullptr},
    {"_result", get_ref<&FutureCore::result>, set_ref<&FutureCore::result>},
    {"_exception", get_ref<&FutureCore::exception>, set_ref<&FutureCore::exception>},
    {"_exception_tb", get_ref<&FutureCore::exception_tb>, set_ref<&FutureCore::exception_tb>},
    {"_cancel_message", get_ref<&FutureCore::cancel_message>, set_ref<&FutureCore::cancel_message>},
    {"_cancelled_exc", get_ref<&FutureCore::cancelled_exc>, set_ref<&FutureCore::cancelled_exc>},
    {"_source_traceback", get_ref<&FutureCore::source_traceback>, set_ref<&FutureCore::source_traceback>},
    {"_log_traceback", get_bool<&FutureCore::log_traceback>, set_log_traceback},
    {"_asyncio_future_blocking", get_bool<&FutureCore::blocking>, set_bool<&FutureCore::blocking>},
    {"_coro", get_ref<&FutureCore::coro>, set_ref<&FutureCore::coro>},
    {"_fut_waiter", get_ref<&FutureCore::fut_waiter>, set_ref<&FutureCore::fut_waiter>},
    {"_name", get_ref<&FutureCore::name>, set_ref<&FutureCore::name>},
    {"_context", get_ref<&FutureCore::context>, set_ref<&FutureCore::context>},
    {"_must_cancel", get_bool<&FutureCore::must_cancel>, set_bool<&FutureCore::must_cancel>},
    {"_log_destroy_pending", get_bool<&FutureCore::log_destroy_pending>, set_bool<&FutureCore::log_destroy_pending>},
    {"_num_cancels_requested", get_num_cancels, set_num_cancels},
    {nullptr},
};

const MethodDef future_methods[] = {
    {.name = "__init__", .kwfn = fut_init},
    {.name = "__del__", .fn = fut_del, .min_args = 1, .max_args = 1},
    {.name = "done", .fn = fut_done, .min_args = 1, .max_args = 1},
    {.name = "cancelled", .fn = fut_cancelled, .min_args = 1, .max_args = 1},
    {.name = "result", .fn = fut_result, .min_args = 1, .max_args = 1},
    {.name = "exception", .fn = fut_exception, .min_args = 1, .max_args = 1},
    {.name = "add_done_callback", .kwfn = fut_add_done_callback},
    {.name = "remove_done_callback", .fn = fut_remove_done_callback, .min_args = 2, .max_args = 2},
    {.name = "set_result", .fn = fut_set_result, .min_args = 2, .max_args = 2},
    {.name = "set_exception", .fn = fut_set_exception, .min_args = 2, .max_args = 2},
    {.name = "cancel", .kwfn = fut_cancel},
    {.name = "__await__", .fn = fut_await, .min_args = 1, .max_args = 1},
    {.name = "__iter__", .fn = fut_await, .min_args = 1, .max_args = 1},
    {.name = "_Task__step", .fn = task_step_method, .min_args = 1, .max_args = 2},
    {.name = "task_wakeup", .fn = task_wakeup_method, .min_args = 2, .max_args = 2},
    {nullptr},
};

const MethodDef future_iter_methods[] = {
    {.name = "__iter__", .fn = iter_self_method, .min_args = 1, .max_args = 1},
    {.name = "__next__", .fn = future_iter_next_method, .min_args = 1, .max_args = 1},
    {.name = "send", .fn = future_iter_send, .min_args = 2, .max_args = 2},
    {nullptr},
};

// _set_helpers(CancelledError, InvalidStateError, enter_task, leave_task,
//              current_tasks, all_tasks, get_event_loop)
Result<Ref> set_helpers(const Value* args, size_t) {
    Helpers& h = helpers();
    if (!isinstance(args[0], &type_type) || !isinstance(args[1], &type_type) || !is_dict(args[4]) || !is_dict(args[5]))
        return raise(TypeError_type, "_set_helpers(): bad arguments");
    h.cancelled_error = Ref::borrow(args[0]);
    h.invalid_state_error = Ref::borrow(args[1]);
    h.enter_task = Ref::borrow(args[2]);
    h.leave_task = Ref::borrow(args[3]);
    h.current_tasks = Ref::borrow(args[4]);
    h.all_tasks = Ref::borrow(args[5]);
    h.get_event_loop = Ref::borrow(args[6]);
    return Ref::borrow(None());
}

// ---------------------------------------------------------------- the running loop

// The loop running right now (pyco has one thread), as CPython's C
// get_running_loop() / _get_running_loop() / _set_running_loop() keep it.
Ref& running_loop() {
    static Ref loop;
    return loop;
}

Result<Ref> get_running_loop(const Value*, size_t) {
    if (!running_loop()) return raise(RuntimeError_type, "no running event loop");
    return running_loop();
}

Result<Ref> get_running_loop_or_none(const Value*, size_t) {
    return running_loop() ? running_loop() : Ref::borrow(None());
}

Result<Ref> set_running_loop(const Value* args, size_t) {
    running_loop() = args[0].is(None()) ? Ref() : Ref::borrow(args[0]);
    return Ref::borrow(None());
}

// _format_exception(exc): the traceback text CPython's logging shows for an
// exception (traceback.format_exception()); the loop's logger uses it.
Result<Ref> format_exception(const Value* args, size_t) {
    if (!isinstance(args[0], &BaseException_type)) return raise(TypeError_type, "_format_exception() needs an exception");
    return make_str(format_exception_text(args[0])).ref();
}

const MethodDef module_functions[] = {
    {.name = "_format_exception", .fn = format_exception, .min_args = 1, .max_args = 1, .kind = MethodKind::Static},
    {.name = "_set_helpers", .fn = set_helpers, .min_args = 7, .max_args = 7, .kind = MethodKind::Static},
    {.name = "get_running_loop", .fn = get_running_loop, .min_args = 0, .max_args = 0, .kind = MethodKind::Static,
     .doc = "Return the running event loop. Raise a RuntimeError if there is none."},
    {.name = "_get_running_loop", .fn = get_running_loop_or_none, .min_args = 0, .max_args = 0, .kind = MethodKind::Static,
     .doc = "Return the running event loop or None."},
    {.name = "_set_running_loop", .fn = set_running_loop, .min_args = 1, .max_args = 1, .kind = MethodKind::Static,
     .doc = "Set the running event loop (the loops call this)."},
    {.name = "_set_task_helpers", .fn = set_task_helpers, .min_args = 2, .max_args = 2, .kind = MethodKind::Static},
    {.name = "_task_init", .fn = task_init, .min_args = 5, .max_args = 5, .kind = MethodKind::Static},
    {nullptr},
};

void init_asyncio_types() {
    static bool done = false;
    if (done) return;
    done = true;
    init_native_type(&future_core_type, {.name = "FutureCore",
                                         .module = "_asyncio",
                                         .basicsize = sizeof(FutureCore),
                                         .flags = kTypeBaseType | kTypeGC,
                                         .dealloc = generic_dealloc,
                                         .traverse = future_traverse,
                                         .clear = future_clear,
                                         .methods = future_methods,
                                         .getsets = future_getsets});
    init_native_type(&sleep0_type, {.name = "Sleep0", .module = "_asyncio", .basicsize = sizeof(Object),
                                    .methods = sleep0_methods});
    init_native_type(&yield_once_type, {.name = "YieldOnce",
                                        .module = "_asyncio",
                                        .basicsize = sizeof(YieldOnce),
                                        .flags = kTypeAbstractNew,
                                        .dealloc = yield_once_dealloc,
                                        .iternext = yield_once_next,
                                        .methods = yield_once_methods});
    init_native_type(&future_iter_type, {.name = "FutureIter",
                                         .module = "_asyncio",
                                         .basicsize = sizeof(FutureIter),
                                         .flags = kTypeGC | kTypeAbstractNew,
                                         .dealloc = future_iter_dealloc,
                                         .traverse = future_iter_traverse,
                                         .clear = future_iter_clear,
                                         .iternext = future_iter_next,
                                         .methods = future_iter_methods});
}

} // namespace

Status fill_asyncio_module(Dict* d) {
    init_asyncio_types();
    TRY(dict_set_str(d, intern("FutureCore"), Value(&future_core_type)));
    TRY(dict_set_str(d, intern("FutureIter"), Value(&future_iter_type)));
    TRY(dict_set_str(d, intern("Sleep0"), Value(&sleep0_type)));
    TRY(add_asyncio_handle_type(d));
    TRY(add_asyncio_loop_functions(d));
    TRY(add_asyncio_queue_functions(d));
    return add_functions(d, module_functions, make_str("_asyncio"));
}

} // namespace pyco
