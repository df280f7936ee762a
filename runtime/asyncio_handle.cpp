// `_asyncio.HandleCore`: the storage and the hot methods of asyncio's
// Handle and TimerHandle (lib/asyncio/events.py subclasses it).
//
// CPython's Handle is Python code with __slots__; every call_soon() makes
// one and the loop runs it, so here the fields are C++ (no instance dict to
// build per callback) and __init__, _run(), cancelled(), when() and the
// timer ordering are native. Reprs, cancel() and the report of a failing
// callback stay in Python (_run() calls self._report_exception(exc)).
#include "runtime/abstract.h"
#include "runtime/arg_parse.h"
#include "runtime/asyncio_module.h"
#include "runtime/callable.h"
#include "runtime/error.h"
#include "runtime/gc.h"

namespace pyco {

namespace {

TypeObject handle_core_type;

struct HandleCore : Object {
    Ref callback;
    Ref args; // Tuple
    Ref loop;
    Ref context;
    Ref repr;
    Ref source_traceback;
    Ref when; // TimerHandle: the loop time it is due at
    bool cancelled;
    bool scheduled; // TimerHandle: in the loop's heap
};

constexpr Ref HandleCore::* kRefFields[] = {
    &HandleCore::callback, &HandleCore::args,  &HandleCore::loop,           &HandleCore::context,
    &HandleCore::repr,     &HandleCore::when, &HandleCore::source_traceback,
};

HandleCore* as_handle(Value v) { return v.as<HandleCore>(); }

void handle_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* h = static_cast<HandleCore*>(self);
    for (auto field : kRefFields) {
        if (h->*field) visit(h->*field, ctx);
    }
}

void handle_clear(Object* self) {
    auto* h = static_cast<HandleCore*>(self);
    for (auto field : kRefFields) (h->*field).reset();
}

void init_fields(HandleCore* h, Value callback, Value args, Value loop, Value context) {
    h->callback = Ref::borrow(callback);
    h->args = Ref::borrow(args);
    h->loop = Ref::borrow(loop);
    h->context = Ref::borrow(context ? context : None());
}

// Handle(callback, args, loop, context=None)
Result<Ref> handle_init(CallArgs args) {
    Value out[4];
    TRY(parse_args(args, 1, {.fname = "Handle", .names = {"callback", "args", "loop", "context"}, .minpos = 3}, out));
    init_fields(as_handle(args[0]), out[0], out[1], out[2], out[3]);
    return Ref::borrow(None());
}

// TimerHandle(when, callback, args, loop, context=None)
Result<Ref> timer_handle_init(CallArgs args) {
    Value out[5];
    TRY(parse_args(args, 1,
                   {.fname = "TimerHandle", .names = {"when", "callback", "args", "loop", "context"}, .minpos = 4}, out));
    HandleCore* h = as_handle(args[0]);
    init_fields(h, out[1], out[2], out[3], out[4]);
    h->when = Ref::borrow(out[0]);
    return Ref::borrow(None());
}

// Run the callback; an exception other than SystemExit/KeyboardInterrupt
// goes to self._report_exception(exc) (the loop's exception handler).
Result<Ref> handle_run(const Value* args, size_t) {
    Ref self = Ref::borrow(args[0]); // the callback may drop the last other reference
    HandleCore* h = as_handle(self);
    if (!h->callback) return Ref::borrow(None()); // cancelled meanwhile
    Ref callback = h->callback, cb_args = h->args;
    if (!cb_args || !is_tuple(cb_args)) cb_args = TRY(sequence_to_tuple(cb_args ? Value(cb_args) : Value(empty_tuple())));
    Tuple* t = cb_args.as<Tuple>();
    Result<Ref> r = call(callback, CallArgs{t->items, static_cast<size_t>(t->size), nullptr});
    if (r.ok()) return Ref::borrow(None());
    if (error_matches(SystemExit_type) || error_matches(KeyboardInterrupt_type)) return kError;
    Ref exc = error_fetch();
    TRY(call_method(self, intern("_report_exception"), {exc}));
    return Ref::borrow(None());
}

Result<Ref> handle_cancelled(const Value* args, size_t) { return Ref::borrow(bool_value(as_handle(args[0])->cancelled)); }

Result<Ref> handle_when(const Value* args, size_t) {
    HandleCore* h = as_handle(args[0]);
    return h->when ? h->when : Ref::borrow(None());
}

// TimerHandle ordering: by due time only (the loop's heap relies on it).
template <CompareOp Op>
Result<Ref> timer_compare(const Value* args, size_t) {
    Value self = args[0], other = args[1];
    if (!isinstance(other, self.type()) && !isinstance(self, other.type())) return Ref::borrow(NotImplemented());
    HandleCore *a = as_handle(self), *b = as_handle(other);
    if (!a->when || !b->when) return Ref::borrow(NotImplemented());
    if (is_float(a->when) && is_float(b->when)) {
        double x = float_value(a->when), y = float_value(b->when);
        bool r = Op == CompareOp::Lt ? x < y : x > y;
        return Ref::borrow(bool_value(r));
    }
    return compare(a->when, b->when, Op);
}

// ---------------------------------------------------------------- attributes

template <Ref HandleCore::* Field>
Result<Ref> get_ref(Value self) {
    Ref v = as_handle(self)->*Field;
    return v ? v : Ref::borrow(None());
}

template <Ref HandleCore::* Field>
Status set_ref(Value self, Value value) {
    as_handle(self)->*Field = (value && !value.is(None())) ? Ref::borrow(value) : Ref();
    return ok_status();
}

template <bool HandleCore::* Field>
Result<Ref> get_bool(Value self) {
    return Ref::borrow(bool_value(as_handle(self)->*Field));
}

template <bool HandleCore::* Field>
Status set_bool(Value self, Value value) {
    if (!value) return raise(AttributeError_type, "cannot delete attribute");
    as_handle(self)->*Field = TRY(truthy(value));
    return ok_status();
}

const GetSetDef handle_getsets[] = {
    {"_callback", get_ref<&HandleCore::callback>, set_ref<&HandleCore::callback>},
    {"_args", get_ref<&HandleCore::args>, set_ref<&HandleCore::args>},
    {"_loop", get_ref<&HandleCore::loop>, set_ref<&HandleCore::loop>},
    {"_context", get_ref<&HandleCore::context>, set_ref<&HandleCore::context>},
    {"_repr", get_ref<&HandleCore::repr>, set_ref<&HandleCore::repr>},
    {"_source_traceback", get_ref<&HandleCore::source_traceback>, set_ref<&HandleCore::source_traceback>},
    {"_when", get_ref<&HandleCore::when>, set_ref<&HandleCore::when>},
    {"_cancelled", get_bool<&HandleCore::cancelled>, set_bool<&HandleCore::cancelled>},
    {"_scheduled", get_bool<&HandleCore::scheduled>, set_bool<&HandleCore::scheduled>},
    {nullptr},
};

const MethodDef handle_methods[] = {
    {.name = "__init__", .kwfn = handle_init},
    {.name = "_timer_init", .kwfn = timer_handle_init},
    {.name = "_run", .fn = handle_run, .min_args = 1, .max_args = 1},
    {.name = "cancelled", .fn = handle_cancelled, .min_args = 1, .max_args = 1},
    {.name = "when", .fn = handle_when, .min_args = 1, .max_args = 1},
    {.name = "_timer_lt", .fn = timer_compare<CompareOp::Lt>, .min_args = 2, .max_args = 2},
    {.name = "_timer_gt", .fn = timer_compare<CompareOp::Gt>, .min_args = 2, .max_args = 2},
    {nullptr},
};

// What the call_soon() fast path needs (set by lib/asyncio/base_events.py).
struct LoopHelpers {
    Ref call_soon;    // the function BaseEventLoop.call_soon
    Ref handle_class; // events.Handle
    // The last loop class found to use call_soon unchanged and to define no
    // class attribute named _closed, _debug or _ready (so the instance dict
    // alone holds them), valid while the type epoch is unchanged.
    TypeObject* plain_type = nullptr;
    uint64_t plain_epoch = 0;
    // The `append` of the last ready-queue type (a deque's method descriptor).
    TypeObject* ready_type = nullptr;
    uint64_t ready_epoch = 0;
    Value ready_append;
};
LoopHelpers& loop_helpers() {
    static LoopHelpers h;
    return h;
}

// The attribute names the fast path reads, interned once.
struct LoopNames {
    Str* call_soon = intern("call_soon");
    Str* closed = intern("_closed");
    Str* debug = intern("_debug");
    Str* ready = intern("_ready");
    Str* append = intern("append");
};
const LoopNames& names() {
    static const LoopNames n;
    return n;
}

// _set_loop_helpers(BaseEventLoop.call_soon, Handle)
Result<Ref> set_loop_helpers(const Value* args, size_t) {
    if (!isinstance(args[1], &type_type) || !is_subtype(args[1].as<TypeObject>(), &handle_core_type))
        return raise(TypeError_type, "_set_loop_helpers(): Handle must subclass HandleCore");
    loop_helpers().call_soon = Ref::borrow(args[0]);
    loop_helpers().handle_class = Ref::borrow(args[1]);
    return Ref::borrow(None());
}

const MethodDef handle_module_functions[] = {
    {.name = "_set_loop_helpers", .fn = set_loop_helpers, .min_args = 2, .max_args = 2, .kind = MethodKind::Static},
    {nullptr},
};

// Whether instances of `type` keep call_soon, _closed, _debug and _ready as
// BaseEventLoop does (cached per class: the MRO walks are the slow part).
bool plain_loop_type(TypeObject* type) {
    LoopHelpers& h = loop_helpers();
    if (type == h.plain_type && h.plain_epoch == type_epoch) return true;
    const LoopNames& n = names();
    if (!h.call_soon || !type_lookup(type, n.call_soon).is(h.call_soon) || type_lookup(type, n.closed) ||
        type_lookup(type, n.debug) || type_lookup(type, n.ready) || !type->dict_offset)
        return false;
    h.plain_type = type;
    h.plain_epoch = type_epoch;
    return true;
}

// loop._ready when loop.call_soon is BaseEventLoop.call_soon, neither
// overridden by the loop's class nor by the instance, and the loop is open
// and not in debug mode: then call_soon() only queues a Handle on it. Null
// otherwise.
Result<Ref> plain_ready_queue(Value loop) {
    if (!plain_loop_type(loop.type())) return Ref();
    Ref* slot = instance_dict_slot(loop);
    if (!slot || !*slot) return Ref();
    Dict* dict = slot->as<Dict>();
    const LoopNames& n = names();
    Value closed = dict_get_str(dict, n.closed), debug = dict_get_str(dict, n.debug);
    Value ready = dict_get_str(dict, n.ready);
    if (!closed || !debug || !ready || dict_get_str(dict, n.call_soon)) return Ref();
    Ref keep = Ref::borrow(ready); // truth tests may run Python code
    if (TRY(truthy(closed)) || TRY(truthy(debug))) return Ref();
    return keep;
}

// ready.append(handle), without binding a method object for a deque.
Status append_to_ready(Value ready, Value handle) {
    LoopHelpers& h = loop_helpers();
    TypeObject* type = ready.type();
    if (type != h.ready_type || h.ready_epoch != type_epoch) {
        h.ready_type = type;
        h.ready_epoch = type_epoch;
        h.ready_append = type_lookup(type, names().append);
    }
    Value append = h.ready_append;
    if (append && append.type() == &method_descriptor_type) {
        Value args[] = {ready, handle};
        TRY(call_method_descriptor(append.as<MethodDescriptor>(), CallArgs{args, 2, nullptr}));
    } else {
        TRY(call_method(ready, names().append, {handle}));
    }
    return ok_status();
}

} // namespace

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
    init_fields(as_handle(handle), callback, args, loop, None());
    return append_to_ready(ready, handle);
}

Status add_asyncio_handle_type(Dict* d) {
    if (!handle_core_type.dict) {
        init_native_type(&handle_core_type, {.name = "HandleCore",
                                             .module = "_asyncio",
                                             .basicsize = sizeof(HandleCore),
                                             .flags = kTypeBaseType | kTypeGC,
                                             .dealloc = generic_dealloc,
                                             .traverse = handle_traverse,
                                             .clear = handle_clear,
                                             .methods = handle_methods,
                                             .getsets = handle_getsets});
    }
    TRY(dict_set_str(d, intern("HandleCore"), Value(&handle_core_type)));
    return add_functions(d, handle_module_functions, make_str("_asyncio"));
}

} // namespace pyco
