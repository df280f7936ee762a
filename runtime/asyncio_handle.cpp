// `_asyncio.HandleCore`: the storage and the hot methods of asyncio's
// Handle and TimerHandle (lib/asyncio/events.py subclasses it).
//
// CPython's Handle is Python code with __slots__; every call_soon() makes
// one and the loop runs it, so here the fields are C++ (no instance dict to
// build per callback) and __init__, _run(), cancelled(), when() and the
// timer ordering are native. Reprs, cancel() and the report of a failing
// callback stay in Python (_run() calls self._report_exception(exc)).
#include <iterator>

#include "runtime/abstract.h"
#include "runtime/arg_parse.h"
#include "runtime/asyncio_handle.h"
#include "runtime/asyncio_module.h"
#include "runtime/callable.h"
#include "runtime/error.h"
#include "runtime/gc.h"

namespace pyco {

TypeObject handle_core_type;

namespace {

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

// The Python versions of cancel() (lib/asyncio/events.py), for handles or
// loops the native cancel() cannot stand for.
struct CancelHelpers {
    Ref handle_cancel; // events._handle_cancel: Handle.cancel
    Ref timer_cancel;  // events._timer_cancel: TimerHandle.cancel
};
CancelHelpers& cancel_helpers() {
    static CancelHelpers h;
    return h;
}

// The names plain_handle_type() checks: HandleCore's fields and _run.
constexpr const char* kPlainNames[] = {"_cancelled", "_when", "_scheduled", "_callback", "_args", "_repr", "_loop", "_run"};

bool check_plain_handle_type(TypeObject* type) {
    if (!is_subtype(type, &handle_core_type) || !uses_object_hook(type, Special::getattribute) ||
        !uses_object_hook(type, Special::setattr))
        return false;
    for (const char* name : kPlainNames) {
        Str* s = intern(name);
        if (!type_lookup(type, s).is(dict_get_str(handle_core_type.dict.as<Dict>(), s))) return false;
    }
    return true;
}


// Handle(callback, args, loop, context=None)
Result<Ref> handle_init(CallArgs args) {
    Value out[4];
    TRY(parse_args(args, 1, {.fname = "Handle", .names = {"callback", "args", "loop", "context"}, .minpos = 3}, out));
    handle_init_fields(as_handle(args[0]), out[0], out[1], out[2], out[3]);
    return Ref::borrow(None());
}

// TimerHandle(when, callback, args, loop, context=None)
Result<Ref> timer_handle_init(CallArgs args) {
    Value out[5];
    TRY(parse_args(args, 1,
                   {.fname = "TimerHandle", .names = {"when", "callback", "args", "loop", "context"}, .minpos = 4}, out));
    HandleCore* h = as_handle(args[0]);
    handle_init_fields(h, out[1], out[2], out[3], out[4]);
    h->when = Ref::borrow(out[0]);
    return Ref::borrow(None());
}

// cancel() of a plain handle on a plain loop, as Handle.cancel and
// TimerHandle.cancel (which first counts a cancelled timer still in the heap
// as BaseEventLoop._timer_handle_cancelled does).
Status cancel_plain(HandleCore* h, Dict* loop_dict, bool timer) {
    if (h->cancelled) return ok_status();
    if (timer && h->scheduled) {
        Str* count_name = intern("_timer_cancelled_count");
        Value count = dict_get_str(loop_dict, count_name); // (rare: a timer cancelled before it is due)
        if (!count) return raise(AttributeError_type, "'BaseEventLoop' object has no attribute '_timer_cancelled_count'");
        Ref bumped = TRY(binary_op(count, Value::small_int(1), Special::iadd));
        TRY(dict_set_str(loop_dict, count_name, bumped));
    }
    h->cancelled = true;
    Value debug = dict_get_str(loop_dict, intern("_debug"));
    if (!debug) return raise(AttributeError_type, "'BaseEventLoop' object has no attribute '_debug'");
    if (TRY(truthy(Ref::borrow(debug)))) h->repr = TRY(repr(Value(h))); // keep the description: the callback goes
    h->callback.reset();
    h->args.reset();
    return ok_status();
}

template <bool Timer>
Result<Ref> handle_cancel(const Value* args, size_t) {
    Value self = args[0];
    Ref keep = Ref::borrow(self);
    if (plain_handle_type(self.type()) && as_handle(self)->loop) {
        Ref loop = as_handle(self)->loop;
        if (Dict* dict = plain_loop_dict(loop)) {
            Ref keep_dict = Ref::borrow(Value(dict));
            TRY(cancel_plain(as_handle(self), dict, Timer));
            return Ref::borrow(None());
        }
    }
    Value slow = Timer ? cancel_helpers().timer_cancel : cancel_helpers().handle_cancel;
    if (!slow) return raise(RuntimeError_type, "asyncio is not initialised");
    return call(slow, {self});
}

// _set_handle_helpers(handle_cancel, timer_cancel)
Result<Ref> set_handle_helpers(const Value* args, size_t) {
    cancel_helpers().handle_cancel = Ref::borrow(args[0]);
    cancel_helpers().timer_cancel = Ref::borrow(args[1]);
    return Ref::borrow(None());
}

Result<Ref> handle_run(const Value* args, size_t) {
    TRY(run_handle(args[0]));
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
    if (self.type() != other.type() && !isinstance(other, self.type()) && !isinstance(self, other.type()))
        return Ref::borrow(NotImplemented());
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
    {.name = "_handle_cancel", .fn = handle_cancel<false>, .min_args = 1, .max_args = 1},
    {.name = "_timer_cancel", .fn = handle_cancel<true>, .min_args = 1, .max_args = 1},
    {.name = "cancelled", .fn = handle_cancelled, .min_args = 1, .max_args = 1},
    {.name = "when", .fn = handle_when, .min_args = 1, .max_args = 1},
    {.name = "_timer_lt", .fn = timer_compare<CompareOp::Lt>, .min_args = 2, .max_args = 2},
    {.name = "_timer_gt", .fn = timer_compare<CompareOp::Gt>, .min_args = 2, .max_args = 2},
    {nullptr},
};

const MethodDef handle_module_functions[] = {
    {.name = "_set_handle_helpers", .fn = set_handle_helpers, .min_args = 2, .max_args = 2, .kind = MethodKind::Static},
    {nullptr},
};

} // namespace

void handle_init_fields(HandleCore* h, Value callback, Value args, Value loop, Value context) {
    h->callback = Ref::borrow(callback);
    h->args = Ref::borrow(args);
    h->loop = Ref::borrow(loop);
    h->context = Ref::borrow(context ? context : None());
}

// Cached for the last few classes (Handle and TimerHandle alternate in the
// loop), each valid while the type epoch is unchanged.
bool plain_handle_type(TypeObject* type) {
    struct Entry {
        TypeObject* type;
        uint64_t epoch;
        bool plain;
    };
    static Entry cache[4];
    static size_t next = 0;
    for (const Entry& e : cache)
        if (e.type == type && e.epoch == type_epoch) return e.plain;
    bool plain = check_plain_handle_type(type);
    cache[next] = Entry{type, type_epoch, plain};
    next = (next + 1) % std::size(cache);
    return plain;
}

// Run the callback; an exception other than SystemExit/KeyboardInterrupt
// goes to self._report_exception(exc) (the loop's exception handler).
Status run_handle(Value handle) {
    Ref self = Ref::borrow(handle); // the callback may drop the last other reference
    HandleCore* h = as_handle(self);
    if (!h->callback) return ok_status(); // cancelled meanwhile
    Ref callback = h->callback, cb_args = h->args;
    if (!cb_args || !is_tuple(cb_args)) cb_args = TRY(sequence_to_tuple(cb_args ? Value(cb_args) : Value(empty_tuple())));
    Tuple* t = cb_args.as<Tuple>();
    Result<Ref> r = call(callback, CallArgs{t->items, static_cast<size_t>(t->size), nullptr});
    if (r.ok()) return ok_status();
    if (error_matches(SystemExit_type) || error_matches(KeyboardInterrupt_type)) return kError;
    Ref exc = error_fetch();
    TRY(call_method(self, intern("_report_exception"), {exc}));
    return ok_status();
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
