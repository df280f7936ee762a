// The abstract object protocol: what Python code can do to any value.
//
// Every function works on any Value (small ints included), follows CPython's
// rules (NotImplemented and reflected operands, __eq__ falling back to
// identity, __bool__ then __len__, __iter__ then the __getitem__ sequence
// protocol, …) and reports failure through Result with the exception set.
// Natives and the VM's slow paths call these; the VM's fast paths for exact
// built-in types sit in front of them.
#pragma once

#include <string>
#include <string_view>

#include "runtime/objects.h"

namespace pyco {

// Generators (vm/generator.h): next() goes straight to them.
// A native consumer of a generator's items (sum, list(), …) that takes them
// inside the dispatch loop: a yield of the frame it waits on whose value
// take() accepts goes on at once, as if next() had resumed it, instead of
// leaving the loop and re-entering it for every item (gen_next_into()).
// take() receives the item's reference when it accepts. It must neither run
// Python code nor allocate collectable objects (no finalizer may run: nothing
// may see the generator between two items), nor fail: it refuses instead,
// and the item reaches the consumer the ordinary way.
struct YieldSink {
    bool (*take)(YieldSink* self, Value item);
};
extern TypeObject generator_type;
Result<Ref> gen_next(Value gen);
Result<Ref> gen_next_into(Value gen, YieldSink* sink);

enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

// ---------------------------------------------------------------- text
Result<Ref> repr(Value v);                 // a Str
Result<Ref> str(Value v);                  // a Str
Result<std::string> repr_text(Value v);    // UTF-8 copy of repr(v)
Result<std::string> str_text(Value v);     // UTF-8 copy of str(v)
Result<Ref> format(Value v, Value spec);   // format(v, spec) -> Str
Result<Ref> ascii(Value v);

// ---------------------------------------------------------------- identity, truth, hashing
Result<bool> truthy(Value v);
Result<hash_t> hash(Value v);
hash_t identity_hash(Value v); // object.__hash__: the address, as CPython's
Result<Ref> compare(Value a, Value b, CompareOp op); // rich comparison result object
// Small ints compare natively: int's own methods would give the same answer.
inline bool compare_small_ints(int64_t x, int64_t y, CompareOp op) {
    switch (op) {
    case CompareOp::Lt: return x < y;
    case CompareOp::Le: return x <= y;
    case CompareOp::Eq: return x == y;
    case CompareOp::Ne: return x != y;
    case CompareOp::Gt: return x > y;
    case CompareOp::Ge: break;
    }
    return x >= y;
}
// The native method `a <op> b` calls first when a and b are both of type t
// and t's comparison is a native method descriptor taking (self, other)
// positionally (a TimerHandle's __lt__ in a heap); null otherwise. It may
// return NotImplemented: then compare() goes on with the reflected method.
NativeFn same_type_native_compare(TypeObject* t, CompareOp op);
Result<bool> compare_bool(Value a, Value b, CompareOp op);
Result<bool> equal(Value a, Value b);      // identity shortcut, then ==

// ---------------------------------------------------------------- attributes
// `name` must be an interned Str for the fast paths (use intern()).
Result<Ref> getattr(Value obj, Str* name);
// Like getattr but an AttributeError becomes a null Ref (error cleared).
Result<Ref> getattr_opt(Value obj, Str* name);
Status setattr(Value obj, Str* name, Value value);
Status delattr(Value obj, Str* name);
Result<bool> hasattr(Value obj, Str* name);
// object.__getattribute__ / __setattr__ semantics (descriptors, __dict__).
Result<Ref> generic_getattr(Value obj, Str* name);
// object.__getattribute__ that returns null instead of raising AttributeError
// when nothing is found (errors from descriptors still propagate).
Result<Ref> generic_getattr_opt(Value obj, Str* name);
Status generic_setattr(Value obj, Str* name, Value value); // value null = delete
// The __dict__ of an instance (null if the type has none). Borrowed slot.
Ref* instance_dict_slot(Value obj);
// The instance dict, created if `create` and absent; null if the type has none.
Dict* instance_dict(Value obj, bool create);
// Whether t's `hook` (__getattribute__, __setattr__) is object's own.
bool uses_object_hook(TypeObject* t, Special hook);
// Whether `obj.name` on instances of t goes to the instance dict first: the
// type's __getattribute__ (hook = getattribute) or __setattr__ (hook =
// setattr) is object's and the type has no data descriptor `name`. Depends
// only on type dicts, so it holds for one type epoch.
bool instance_dict_first(TypeObject* t, Str* name, Special hook);
// The offset of the __slots__ slot that `obj.name` reads (hook =
// getattribute) or writes (hook = setattr) on instances of t through
// object's hook and a member_descriptor that applies to t; 0 otherwise.
// Holds for one type epoch, like instance_dict_first.
uint32_t instance_slot_offset(TypeObject* t, Str* name, Special hook);

// ---------------------------------------------------------------- calls
Result<Ref> call(Value callable, CallArgs args);
Result<Ref> call(Value callable, std::initializer_list<Value> positional);
Result<Ref> call_method(Value obj, Str* name, std::initializer_list<Value> positional);
// Call a special method found by lookup_special on type(obj) (bound to obj);
// returns a null Ref with no error if the type does not define it.
Result<Ref> call_special(Value obj, Special which, std::initializer_list<Value> positional);
bool is_callable(Value v);

// ---------------------------------------------------------------- iteration
Result<Ref> iter(Value v);
// Next item: a new reference, a null Ref when exhausted (StopIteration is
// swallowed and no exception remains set), or kError. Inline so that natives
// iterating one of our generators call straight into it.
Result<Ref> next_slow(Value iterator);
inline Result<Ref> next(Value iterator) {
    if (iterator.is_object() && iterator.as_object()->type == &generator_type) return gen_next(iterator);
    return next_slow(iterator);
}
// next(), except that when `iterator` is one of our generators its items
// that `sink` accepts go to the sink inside the dispatch loop (see
// YieldSink): the result is the first item it refused.
inline Result<Ref> next_into(Value iterator, YieldSink* sink) {
    if (iterator.is_object() && iterator.as_object()->type == &generator_type)
        return gen_next_into(iterator, sink);
    return next_slow(iterator);
}
// Drive any iterable: fn(item) for each; stops early if fn fails.
template <typename Fn>
Status for_each(Value iterable, Fn&& fn) {
    Ref it = TRY(iter(iterable));
    for (;;) {
        Ref item = TRY(next(it));
        if (!item) return ok_status();
        TRY(fn(item.get()));
    }
}
// The iterator of objects that only define __getitem__ (builtins_iter.cpp).
Result<Ref> make_sequence_iterator(Value sequence);
Result<Ref> sequence_to_list(Value iterable);  // list(iterable)
Result<Ref> sequence_to_tuple(Value iterable); // tuple(iterable)

// ---------------------------------------------------------------- containers
Result<int64_t> length(Value v);               // len(v)
Result<Ref> getitem(Value obj, Value key);
Status setitem(Value obj, Value key, Value value);
Status delitem(Value obj, Value key);
Result<bool> contains(Value container, Value item); // `item in container`
// __index__: an int-like -> int64 (OverflowError / IndexError as CPython).
Result<int64_t> index_value(Value v, TypeObject* overflow_error = nullptr);
Result<Ref> index_object(Value v); // operator.index(v)

// ---------------------------------------------------------------- numbers
// op is one of the binary Special ids (add, sub, …); inplace variants (iadd…)
// try the in-place method first.
Result<Ref> binary_op(Value a, Value b, Special op);
Result<Ref> unary_op(Value v, Special op); // neg, pos, invert, abs
const char* binary_op_symbol(Special op);  // "+", "//", "+=", … for messages

} // namespace pyco
