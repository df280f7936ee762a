// The fast paths of asyncio.Queue's put() and get() (lib/asyncio/queues.py).
//
// CPython's Queue is Python: every item goes through put() -> full() ->
// qsize() -> put_nowait() -> full() -> qsize() -> _put() -> _wakeup_next()
// and get() -> empty() -> get_nowait() -> empty() -> _get() ->
// _wakeup_next(), a dozen small calls. When a queue is a plain Queue (its
// class uses Queue's own methods, none is shadowed on the instance, and its
// storage is what Queue.__init__ made: deques and ints in the instance
// dict), those calls can only do one thing, so put() and get() first ask
// `_queue_put_now` / `_queue_get_now` to do it natively; the same effects
// happen in the same order (deque operations, the unfinished-task count,
// `_finished.clear()` unless it would leave a plain Event as it is, waking the
// first pending waiter through its done() and set_result()). Anything else (a subclass such as PriorityQueue, a full or
// empty queue) takes the Python path.
#include <iterator>

#include "runtime/abstract.h"
#include "runtime/asyncio_module.h"
#include "runtime/callable.h"
#include "runtime/error.h"
#include "vm/code.h"

namespace pyco {

namespace {

// Queue's methods whose calls the fast paths stand for.
constexpr const char* kMethodNames[] = {"full", "empty", "qsize", "put_nowait", "_put", "get_nowait", "_get", "_wakeup_next"};
constexpr size_t kMethodCount = std::size(kMethodNames);

// The instance attributes they read and write.
constexpr const char* kFieldNames[] = {"_queue", "_maxsize", "_unfinished_tasks", "_finished", "_getters", "_putters"};
constexpr size_t kFieldCount = std::size(kFieldNames);

struct QueueHelpers {
    Ref deque_type;                 // collections.deque
    Value deque_append, deque_popleft; // its method descriptors (held by its dict)
    Ref methods[kMethodCount];      // Queue's own functions, by name as in kMethodNames
    Str* method_names[kMethodCount] = {};
    Str* field_names[kFieldCount] = {};
    Str* done = nullptr;
    Str* set_result = nullptr;
    Str* clear = nullptr;
    Str* loop = nullptr;
    Str* value = nullptr;
    Ref event_type;  // locks.Event
    Ref event_clear; // its own clear()
    // The last class found plain, valid while the type epoch is unchanged.
    TypeObject* plain_type = nullptr;
    uint64_t plain_epoch = 0;
};
QueueHelpers& queue_helpers() {
    static QueueHelpers h;
    return h;
}

// Whether instances of `type` run Queue's own methods, keep the fields in
// their instance dict (no class attribute of those names) and use
// object's attribute access.
bool plain_queue_type(TypeObject* type) {
    QueueHelpers& h = queue_helpers();
    if (type == h.plain_type && h.plain_epoch == type_epoch) return true;
    if (!h.deque_type || !type->dict_offset) return false;
    for (size_t i = 0; i < kMethodCount; ++i)
        if (!type_lookup(type, h.method_names[i]).is(h.methods[i])) return false;
    for (Str* name : h.field_names)
        if (type_lookup(type, name)) return false;
    for (Special s : {Special::getattribute, Special::setattr, Special::getattr})
        if (!lookup_special(type, s).is(lookup_special(&object_type, s))) return false;
    h.plain_type = type;
    h.plain_epoch = type_epoch;
    return true;
}

// The fields of a plain queue, or null when `self` is not one.
struct QueueFields {
    Dict* dict = nullptr; // held by the queue
    Ref queue, maxsize, unfinished, finished, getters, putters;
};

bool is_exact_int(Value v) { return v.is_small_int() || v.type() == &int_type; }

bool plain_queue(Value self, QueueFields* out) {
    QueueHelpers& h = queue_helpers();
    if (!plain_queue_type(self.type())) return false;
    Ref* slot = instance_dict_slot(self);
    if (!slot || !*slot) return false;
    Dict* dict = slot->as<Dict>();
    // Where the fields are in the dict's entries, and whether it shadows a
    // method, depend only on its set of keys: they are looked up again only
    // when its keys version changes (once per queue, normally).
    struct FieldIndex {
        uint64_t keys_version = 0;
        int64_t ix[kFieldCount] = {};
        bool usable = false;
    };
    static FieldIndex index;
    if (dict->keys_version == 0 || dict->keys_version != index.keys_version) {
        FieldIndex fresh{.keys_version = dict->keys_version};
        for (size_t i = 0; i < kFieldCount; ++i)
            if ((fresh.ix[i] = dict_find_str(dict, h.field_names[i])) < 0) return false;
        // The dict normally holds just the fields (and _loop once the queue
        // is bound): then it shadows no method.
        fresh.usable = true;
        int64_t others = dict->used - static_cast<int64_t>(kFieldCount);
        if (others > 1 || (others == 1 && !dict_get_str(dict, h.loop))) {
            for (Str* name : h.method_names)
                if (dict_get_str(dict, name)) fresh.usable = false;
        }
        index = fresh;
    }
    if (!index.usable) return false;
    Value v[kFieldCount];
    for (size_t i = 0; i < kFieldCount; ++i) v[i] = dict->entries[index.ix[i]].value;
    auto* deque = h.deque_type.as<TypeObject>();
    if (v[0].type() != deque || v[4].type() != deque || v[5].type() != deque) return false;
    if (!is_exact_int(v[1]) || !is_exact_int(v[2])) return false;
    out->dict = dict;
    out->queue = Ref::borrow(v[0]);
    out->maxsize = Ref::borrow(v[1]);
    out->unfinished = Ref::borrow(v[2]);
    out->finished = Ref::borrow(v[3]);
    out->getters = Ref::borrow(v[4]);
    out->putters = Ref::borrow(v[5]);
    return true;
}

Result<Ref> call_descriptor(Value descriptor, std::initializer_list<Value> args) {
    return call_method_descriptor(descriptor.as<MethodDescriptor>(), CallArgs{args.begin(), args.size(), nullptr});
}

// Queue.full(): 0 < maxsize <= qsize() (both exact ints).
Result<bool> plain_full(const QueueFields& f) {
    Ref le = TRY(compare(f.maxsize, Value::small_int(0), CompareOp::Le));
    if (TRY(truthy(le))) return false;
    Ref size = make_int(TRY(length(f.queue)));
    Ref ge = TRY(compare(size, f.maxsize, CompareOp::Ge));
    return truthy(ge);
}

// Whether finished.clear() would change nothing: a plain locks.Event (its
// own clear(), object's __setattr__) whose flag is already False.
bool clear_is_noop(Value finished) {
    QueueHelpers& h = queue_helpers();
    auto* type = h.event_type.as<TypeObject>();
    if (finished.type() != type || !type_lookup(type, h.clear).is(h.event_clear) || type_lookup(type, h.value) ||
        !lookup_special(type, Special::setattr).is(lookup_special(&object_type, Special::setattr)))
        return false;
    Ref* slot = instance_dict_slot(finished);
    if (!slot || !*slot) return false;
    Dict* dict = slot->as<Dict>();
    Value flag = dict_get_str(dict, h.value);
    return flag.is(False()) && !dict_get_str(dict, h.clear);
}

// Queue._wakeup_next(waiters): set the result of the first waiter not done.
Status wakeup_next(Value waiters) {
    QueueHelpers& h = queue_helpers();
    while (TRY(truthy(waiters))) {
        Ref waiter = TRY(call_descriptor(h.deque_popleft, {waiters}));
        Ref done = TRY(call_method(waiter, h.done, {}));
        if (!TRY(truthy(done))) {
            TRY(call_method(waiter, h.set_result, {None()}));
            break;
        }
    }
    return ok_status();
}

// _queue_put_now(queue, item): put_nowait(item) if queue is a plain Queue
// with a free slot; whether it did.
Result<Ref> queue_put_now(const Value* args, size_t) {
    QueueFields f;
    if (!plain_queue(args[0], &f) || TRY(plain_full(f))) return Ref::borrow(False());
    QueueHelpers& h = queue_helpers();
    TRY(call_descriptor(h.deque_append, {f.queue, args[1]}));
    Ref count = TRY(binary_op(f.unfinished, Value::small_int(1), Special::iadd));
    TRY(dict_set_str(f.dict, h.field_names[2], count));
    if (clear_is_noop(f.finished)) {
        TRY(wakeup_next(f.getters));
        return Ref::borrow(True());
    }
    TRY(call_method(f.finished, h.clear, {}));
    // clear() ran Python code: read self._getters afresh, as put_nowait() does.
    Value getters = dict_get_str(f.dict, h.field_names[4]);
    if (getters && getters.type() == h.deque_type.as<TypeObject>()) {
        TRY(wakeup_next(Ref::borrow(getters)));
    } else {
        Ref current = TRY(getattr(args[0], h.field_names[4]));
        TRY(call_method(args[0], h.method_names[7], {current}));
    }
    return Ref::borrow(True());
}

// _queue_get_now(queue, default): get_nowait() if queue is a plain Queue
// holding an item, else default.
Result<Ref> queue_get_now(const Value* args, size_t) {
    QueueFields f;
    if (!plain_queue(args[0], &f) || !TRY(truthy(f.queue))) return Ref::borrow(args[1]);
    Ref item = TRY(call_descriptor(queue_helpers().deque_popleft, {f.queue}));
    TRY(wakeup_next(f.putters));
    return item;
}

// _set_queue_helpers(Queue, collections.deque, locks.Event)
Result<Ref> set_queue_helpers(const Value* args, size_t) {
    if (!isinstance(args[0], &type_type) || !isinstance(args[1], &type_type) || !isinstance(args[2], &type_type))
        return raise(TypeError_type, "_set_queue_helpers(): bad arguments");
    QueueHelpers& h = queue_helpers();
    h.event_type = Ref::borrow(args[2]);
    h.event_clear = Ref::borrow(dict_get_str(args[2].as<TypeObject>()->dict.as<Dict>(), intern("clear")));
    if (!h.event_clear || h.event_clear.get().type() != &function_type)
        return raise(TypeError_type, "_set_queue_helpers(): Event lacks clear()");
    Dict* queue_dict = args[0].as<TypeObject>()->dict.as<Dict>();
    for (size_t i = 0; i < kMethodCount; ++i) {
        h.method_names[i] = intern(kMethodNames[i]);
        Value fn = dict_get_str(queue_dict, h.method_names[i]);
        if (!fn || fn.type() != &function_type) return raise(TypeError_type, "_set_queue_helpers(): Queue lacks a method");
        h.methods[i] = Ref::borrow(fn);
    }
    for (size_t i = 0; i < kFieldCount; ++i) h.field_names[i] = intern(kFieldNames[i]);
    auto* deque = args[1].as<TypeObject>();
    h.deque_append = type_lookup(deque, intern("append"));
    h.deque_popleft = type_lookup(deque, intern("popleft"));
    if (!h.deque_append || h.deque_append.type() != &method_descriptor_type || !h.deque_popleft ||
        h.deque_popleft.type() != &method_descriptor_type)
        return raise(TypeError_type, "_set_queue_helpers(): deque must be native");
    h.done = intern("done");
    h.set_result = intern("set_result");
    h.clear = intern("clear");
    h.loop = intern("_loop");
    h.value = intern("_value");
    h.deque_type = Ref::borrow(args[1]);
    h.plain_type = nullptr;
    return Ref::borrow(None());
}

const MethodDef queue_functions[] = {
    {.name = "_queue_put_now", .fn = queue_put_now, .min_args = 2, .max_args = 2, .kind = MethodKind::Static},
    {.name = "_queue_get_now", .fn = queue_get_now, .min_args = 2, .max_args = 2, .kind = MethodKind::Static},
    {.name = "_set_queue_helpers", .fn = set_queue_helpers, .min_args = 3, .max_args = 3, .kind = MethodKind::Static},
    {nullptr},
};

} // namespace

Status add_asyncio_queue_functions(Dict* d) { return add_functions(d, queue_functions, make_str("_asyncio")); }

} // namespace pyco
