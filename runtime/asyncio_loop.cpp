// The event loop's native fast paths (lib/asyncio/base_events.py): queueing a
// callback (call_soon), cancelling a handle, moving the due timers to the
// ready queue and running the ready handles (the two halves of _run_once).
//
// They stand for Python code only where that code could do nothing else: a
// "plain" loop is an instance of a class that keeps BaseEventLoop's own
// call_soon, get_debug and _timer_handle_cancelled, defines no class
// attribute named like the state the loop keeps in its instance dict
// (_closed, _debug, _ready, _scheduled, _asyncgens, _timer_cancelled_count)
// and uses object's attribute access; then reading `loop._debug` is a
// lookup in the instance dict. Handles are read through their C++ fields
// when their class is plain too (plain_handle_type). Anything else goes
// through the attribute and method calls the Python code makes, in the same
// order.
#include <iterator>

#include "runtime/abstract.h"
#include "runtime/asyncio_handle.h"
#include "runtime/asyncio_module.h"
#include "runtime/callable.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "vm/modules.h"

namespace pyco {

namespace {

// The attribute names the fast paths use, interned once.
struct LoopNames {
    Str* call_soon = intern("call_soon");
    Str* get_debug = intern("get_debug");
    Str* timer_handle_cancelled = intern("_timer_handle_cancelled");
    Str* closed = intern("_closed");
    Str* debug = intern("_debug");
    Str* ready = intern("_ready");
    Str* scheduled = intern("_scheduled");
    Str* asyncgens = intern("_asyncgens");
    Str* timer_cancelled_count = intern("_timer_cancelled_count");
    Str* append = intern("append");
    Str* popleft = intern("popleft");
    Str* cancelled = intern("_cancelled");
    Str* when = intern("_when");
    Str* run = intern("_run");
    Str* run_handle_debug = intern("_run_handle_debug");
    Str* release_dropped_asyncgens = intern("_release_dropped_asyncgens");
};
const LoopNames& names() {
    static const LoopNames n;
    return n;
}

// A method of the ready queue's type, cached (a deque's method descriptor).
struct QueueMethod {
    TypeObject* type = nullptr;
    uint64_t epoch = 0;
    Value method;
};

// What the fast paths need (set by lib/asyncio/base_events.py).
struct LoopHelpers {
    // BaseEventLoop's own call_soon, get_debug and _timer_handle_cancelled.
    Ref call_soon, get_debug, timer_handle_cancelled;
    Ref handle_class; // events.Handle
    // The last loop class found plain, valid while the type epoch is unchanged.
    TypeObject* plain_type = nullptr;
    uint64_t plain_epoch = 0;
    QueueMethod append, popleft;
};
LoopHelpers& loop_helpers() {
    static LoopHelpers h;
    return h;
}

// _set_loop_helpers(BaseEventLoop, Handle)
Result<Ref> set_loop_helpers(const Value* args, size_t) {
    if (!isinstance(args[0], &type_type) || !isinstance(args[1], &type_type) ||
        !is_subtype(args[1].as<TypeObject>(), &handle_core_type))
        return raise(TypeError_type, "_set_loop_helpers(): needs BaseEventLoop and a HandleCore subclass");
    LoopHelpers& h = loop_helpers();
    auto* loop_class = args[0].as<TypeObject>();
    const LoopNames& n = names();
    h.call_soon = Ref::borrow(type_lookup(loop_class, n.call_soon));
    h.get_debug = Ref::borrow(type_lookup(loop_class, n.get_debug));
    h.timer_handle_cancelled = Ref::borrow(type_lookup(loop_class, n.timer_handle_cancelled));
    h.handle_class = Ref::borrow(args[1]);
    h.plain_type = nullptr;
    return Ref::borrow(None());
}

// Whether `type` is a plain loop class (see the top of this file). Cached
// per class: the MRO walks are the slow part.
bool plain_loop_type(TypeObject* type) {
    LoopHelpers& h = loop_helpers();
    if (type == h.plain_type && h.plain_epoch == type_epoch) return true;
    const LoopNames& n = names();
    if (!h.call_soon || !type->dict_offset || !uses_object_hook(type, Special::getattribute) ||
        !uses_object_hook(type, Special::setattr) || lookup_special(type, Special::getattr))
        return false;
    if (!type_lookup(type, n.call_soon).is(h.call_soon) || !type_lookup(type, n.get_debug).is(h.get_debug) ||
        !type_lookup(type, n.timer_handle_cancelled).is(h.timer_handle_cancelled))
        return false;
    for (Str* field : {n.closed, n.debug, n.ready, n.scheduled, n.asyncgens, n.timer_cancelled_count})
        if (type_lookup(type, field)) return false;
    h.plain_type = type;
    h.plain_epoch = type_epoch;
    return true;
}

// d[name] for an interned name, first at the entry where it was found last
// (a guess checked against the key, as LOAD_ATTR's hint: loops get their
// fields in the same order), else by a lookup; null when absent.
Value hinted_get(Dict* d, Str* name) {
    struct Hint {
        Str* name = nullptr;
        int64_t ix = 0;
    };
    static Hint hints[8];
    Hint& h = hints[(reinterpret_cast<uintptr_t>(name) >> 4) % std::size(hints)];
    if (h.name == name && h.ix < d->entries_len && d->entries[h.ix].key.is(Value(name))) return d->entries[h.ix].value;
    int64_t ix = dict_find_str(d, name);
    if (ix < 0) return Value();
    h = Hint{name, ix};
    return d->entries[ix].value;
}

// loop.<field> for one of the fields a plain loop keeps in its instance dict
// (borrowed from the dict; null when absent), else by getattr (owned, in
// *keep).
Result<Value> loop_field(Value loop, Str* name, Ref* keep) {
    if (plain_loop_type(loop.type())) {
        Ref* slot = instance_dict_slot(loop);
        if (slot && *slot)
            if (Value v = hinted_get(slot->as<Dict>(), name)) return v;
    }
    *keep = TRY(getattr(loop, name));
    return Value(*keep);
}

// queue.<name>(args...) through the cached method descriptor of the queue's
// type (a deque), else a method call.
Result<Ref> call_queue_method(QueueMethod& cache, Str* name, Value queue, Value arg) {
    TypeObject* type = queue.type();
    if (type != cache.type || cache.epoch != type_epoch) {
        cache = QueueMethod{type, type_epoch, type_lookup(type, name)};
    }
    Value method = cache.method;
    if (method && method.type() == &method_descriptor_type && !instance_dict_slot(queue)) {
        Value args[] = {queue, arg};
        return call_method_descriptor(method.as<MethodDescriptor>(), CallArgs{args, arg ? 2u : 1u, nullptr});
    }
    if (arg) return call_method(queue, name, {arg});
    return call_method(queue, name, {});
}

// loop._ready when call_soon() may queue a Handle on it itself: the loop is
// plain, does not shadow its methods in its instance dict, and is open and
// not in debug mode. Null otherwise.
Result<Ref> plain_ready_queue(Value loop) {
    Dict* dict = plain_loop_dict(loop);
    if (!dict) return Ref();
    const LoopNames& n = names();
    Value closed = hinted_get(dict, n.closed), debug = hinted_get(dict, n.debug);
    Value ready = hinted_get(dict, n.ready);
    if (!closed || !debug || !ready) return Ref();
    Ref keep = Ref::borrow(ready); // truth tests may run Python code
    if (TRY(truthy(closed)) || TRY(truthy(debug))) return Ref();
    return keep;
}

// handle._cancelled
Result<bool> handle_is_cancelled(Value handle) {
    if (plain_handle_type(handle.type())) return handle.as<HandleCore>()->cancelled;
    Ref v = TRY(getattr(handle, names().cancelled));
    return truthy(v);
}

// _pop_due_timers(loop, end_time): the first half of _run_once's work,
//     while self._scheduled:
//         handle = self._scheduled[0]
//         if handle._when >= end_time: break
//         handle = heapq.heappop(self._scheduled)
//         handle._scheduled = False
//         self._ready.append(handle)
Result<Ref> pop_due_timers(const Value* args, size_t) {
    Value loop = args[0], end_time = args[1];
    const LoopNames& n = names();
    for (;;) {
        Ref keep_sched;
        Value sched = TRY(loop_field(loop, n.scheduled, &keep_sched));
        Ref sched_ref = Ref::borrow(sched);
        if (!TRY(truthy(sched_ref))) break;
        Ref first = TRY(getitem(sched_ref, Value::small_int(0)));
        Ref when;
        if (plain_handle_type(first.get().type())) {
            when = first.as<HandleCore>()->when;
            if (!when) when = Ref::borrow(None());
        } else {
            when = TRY(getattr(first, n.when));
        }
        if (TRY(compare_bool(when, end_time, CompareOp::Ge))) break;
        Ref handle = TRY(heapq_pop(sched_ref));
        if (plain_handle_type(handle.get().type())) handle.as<HandleCore>()->scheduled = false;
        else TRY(setattr(handle, n.scheduled, False()));
        Ref keep_ready;
        Value ready = TRY(loop_field(loop, n.ready, &keep_ready));
        Ref ready_ref = Ref::borrow(ready);
        TRY(call_queue_method(loop_helpers().append, n.append, ready_ref, handle));
    }
    return Ref::borrow(None());
}

// Run one ready handle as _run_once does: through _run_handle_debug() in
// debug mode, else handle._run().
Status run_ready_handle(Value loop, Value handle) {
    const LoopNames& n = names();
    Ref keep_debug;
    Ref debug = Ref::borrow(TRY(loop_field(loop, n.debug, &keep_debug)));
    if (TRY(truthy(debug))) {
        TRY(call_method(loop, n.run_handle_debug, {handle}));
        return ok_status();
    }
    if (plain_handle_type(handle.type())) return run_handle(handle);
    TRY(call_method(handle, n.run, {}));
    return ok_status();
}

// self._asyncgens and len(self._asyncgens) <= limit. Holds no reference to
// the list afterwards: _release_dropped_asyncgens() replaces it, and the
// generators it drops must go when it lets go of the old list.
Result<bool> few_asyncgens(Value loop, int64_t limit) {
    Ref keep;
    Ref agens = Ref::borrow(TRY(loop_field(loop, names().asyncgens, &keep)));
    return TRY(truthy(agens)) && TRY(length(agens)) <= limit;
}

// _run_ready(loop, asyncgens_checked_per_callback): the second half,
//     ready = self._ready
//     for _ in range(len(ready)):
//         handle = ready.popleft()
//         if handle._cancelled:
//             continue
//         ready_before = len(ready)
//         if self._debug:
//             self._run_handle_debug(handle)
//         else:
//             handle._run()
//         if self._asyncgens and len(self._asyncgens) <= asyncgens_checked_per_callback:
//             handle = None
//             self._release_dropped_asyncgens(ready_before)
Result<Ref> run_ready(const Value* args, size_t) {
    Value loop = args[0];
    int64_t checked_per_callback = TRY(index_value(args[1]));
    const LoopNames& n = names();
    Ref keep_ready;
    Ref ready = Ref::borrow(TRY(loop_field(loop, n.ready, &keep_ready)));
    int64_t ntodo = TRY(length(ready));
    for (int64_t i = 0; i < ntodo; ++i) {
        Ref handle = TRY(call_queue_method(loop_helpers().popleft, n.popleft, ready, Value()));
        if (TRY(handle_is_cancelled(handle))) continue;
        int64_t ready_before = TRY(length(ready));
        TRY(run_ready_handle(loop, handle));
        if (TRY(few_asyncgens(loop, checked_per_callback))) {
            handle.reset(); // what the callback referenced may be dropped now
            TRY(call_method(loop, n.release_dropped_asyncgens, {Value::small_int(ready_before)}));
        }
    }
    return Ref::borrow(None());
}

const MethodDef loop_functions[] = {
    {.name = "_set_loop_helpers", .fn = set_loop_helpers, .min_args = 2, .max_args = 2, .kind = MethodKind::Static},
    {.name = "_pop_due_timers", .fn = pop_due_timers, .min_args = 2, .max_args = 2, .kind = MethodKind::Static},
    {.name = "_run_ready", .fn = run_ready, .min_args = 2, .max_args = 2, .kind = MethodKind::Static},
    {nullptr},
};

} // namespace

Dict* plain_loop_dict(Value loop) {
    if (!plain_loop_type(loop.type())) return nullptr;
    Ref* slot = instance_dict_slot(loop);
    if (!slot || !*slot) return nullptr;
    Dict* dict = slot->as<Dict>();
    // Whether the dict shadows a method depends only on its set of keys:
    // looked up again when its keys version changes.
    static uint64_t unshadowed_version = 0;
    if (dict->keys_version != 0 && dict->keys_version == unshadowed_version) return dict;
    const LoopNames& n = names();
    if (dict_get_str(dict, n.call_soon) || dict_get_str(dict, n.get_debug) || dict_get_str(dict, n.timer_handle_cancelled))
        return nullptr;
    unshadowed_version = dict->keys_version;
    return dict;
}

Status loop_call_soon(Value loop, Value callback, Value arg) {
    Ref ready = TRY(plain_ready_queue(loop));
    if (!ready) {
        if (arg) TRY(call_method(loop, names().call_soon, {callback, arg}));
        else TRY(call_method(loop, names().call_soon, {callback}));
        return ok_status();
    }
    auto* cls = loop_helpers().handle_class.as<TypeObject>();
    Ref handle = Ref::steal(Value(alloc_object(cls, cls->basicsize)));
    Handle<Tuple> args = arg ? tuple_pack({arg}) : Handle<Tuple>::borrow(empty_tuple());
    handle_init_fields(handle.as<HandleCore>(), callback, args, loop, None());
    TRY(call_queue_method(loop_helpers().append, names().append, ready, handle));
    return ok_status();
}

Status add_asyncio_loop_functions(Dict* d) { return add_functions(d, loop_functions, make_str("_asyncio")); }

} // namespace pyco
