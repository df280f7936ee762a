// Helpers shared by the container types (tuple, list, dict, set, range,
// slice): index normalisation, size checks, repr with a recursion guard,
// lexicographic comparison, argument binding, and the layouts of the
// auxiliary objects (iterators, views) that several files create.
#pragma once

#include <gmp.h>

#include <cstdint>
#include <initializer_list>
#include <string>

#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/objects.h"

namespace pyco {

// CPython's bound (PY_SSIZE_T_MAX / sizeof(PyObject*)): a sequence never has
// more items than this, so item counts times pointer size cannot overflow.
// Anything larger is a MemoryError before any allocation is attempted.
constexpr int64_t kMaxSequenceSize = INT64_MAX / static_cast<int64_t>(sizeof(Value));

// ---------------------------------------------------------------- sizes

// Size of `a` followed by `b` items (concatenation); MemoryError past the bound.
Result<int64_t> checked_concat_size(int64_t a, int64_t b);
// Size of `n` items repeated `count` times (count >= 0); MemoryError past the bound.
Result<int64_t> checked_repeat_size(int64_t n, int64_t count);
// malloc/realloc of `count` Values, raising MemoryError on failure.
Result<Value*> alloc_value_array(int64_t count);
Result<Value*> realloc_value_array(Value* old, int64_t count);

// ---------------------------------------------------------------- indices

// int, bool, int subclasses, or any type with __index__.
bool is_index_like(Value v);
// The index in `seq[key]` for a non-slice key: "<seq> indices must be
// integers or slices, not <type>"; huge ints raise IndexError ("cannot fit
// 'int' into an index-sized integer") as CPython does.
Result<int64_t> subscript_index(Value key, const char* seq_name);
// Negative indices count from the end; false when still out of range.
inline bool wrap_index(int64_t* i, int64_t size) {
    if (*i < 0) *i += size;
    return *i >= 0 && *i < size;
}
// An int-like clamped to the int64 range (CPython's _PyEval_SliceIndex).
// `message` is the TypeError text for values without __index__.
Result<int64_t> clamped_index(Value v, const char* message);
// The optional (start, stop) arguments of list.index / tuple.index /
// str-style searches, resolved against `size` (negative counts from the end,
// then clamped to [0, size]).
Status search_bounds(const Value* args, size_t nargs, size_t first, int64_t size, int64_t* start,
                     int64_t* stop);
// An index argument of a method (list.insert, list.pop): int-like, and
// OverflowError "Python int too large to convert to C ssize_t" past int64.
Result<int64_t> ssize_arg(Value v);
// Convert a repeat count (`seq * n`): NotImplemented-worthy values give
// false, huge ints raise OverflowError as CPython does.
Result<bool> repeat_count(Value n, int64_t* count);

// ---------------------------------------------------------------- slices

// PySlice_Unpack: start/stop/step as clamped int64s (raises for a zero
// step or non-index bounds). Pair with slice_adjust once the length is known.
Status slice_unpack(Slice* s, int64_t* start, int64_t* stop, int64_t* step);
// PySlice_AdjustIndices: clip to `length`; returns the slice length.
int64_t slice_adjust(int64_t length, int64_t* start, int64_t* stop, int64_t step);
// slice.indices(length) for arbitrary ints (PySlice_GetLongIndices): the
// three results are new int references.
Status slice_long_indices(Slice* s, Value length, Ref* start, Ref* stop, Ref* step);

// ---------------------------------------------------------------- sequences

// PySequence_Fast: `v` itself if it is an exact list or tuple, otherwise a
// new list of its items. `message` replaces the TypeError of a non-iterable.
Result<Ref> sequence_fast(Value v, const char* message);
// Items and count of a list or tuple returned by sequence_fast.
Value* fast_items(Value seq, int64_t* size);

// Accessors of a sequence that may change while Python code runs: `at`
// returns the i-th item borrowed, or null past the current end.
struct SequenceAccess {
    Value (*at)(Value seq, int64_t i);
    int64_t (*size)(Value seq);
};
// list/tuple rich comparison: lexicographic with an identity shortcut per
// item, length comparison when one is a prefix of the other.
Result<Ref> sequence_richcompare(Value a, Value b, CompareOp op, const SequenceAccess& access);
// First index in [start, stop) whose item equals `x`, or -1.
Result<int64_t> sequence_find(Value seq, Value x, int64_t start, int64_t stop, const SequenceAccess& access);
Result<int64_t> sequence_count(Value seq, Value x, const SequenceAccess& access);

// ---------------------------------------------------------------- repr

// Guards repr() of containers that can contain themselves (CPython's
// Py_ReprEnter/Py_ReprLeave). `active()` is true when `obj` is already being
// represented further up the stack: print "[...]" / "{...}" instead.
class ReprGuard {
public:
    explicit ReprGuard(Value obj);
    ~ReprGuard();
    ReprGuard(const ReprGuard&) = delete;
    ReprGuard& operator=(const ReprGuard&) = delete;
    bool active() const { return active_; }

private:
    Value obj_;
    bool active_;
};

// Append "repr(item), repr(item), ..." for every item of a sequence whose
// items may change during repr (Python __repr__ methods can mutate it).
Status append_item_reprs(std::string& out, Value seq, const SequenceAccess& access);
// A Str from UTF-8 text.
Ref text_to_str(const std::string& text);

// ---------------------------------------------------------------- arguments

// "f() takes no keyword arguments" when any keyword argument was passed.
Status no_keywords(CallArgs args, const char* fname);
// "f expected at most N argument(s), got M" (as CPython's _PyArg_CheckPositional).
Status check_positional(const char* fname, size_t got, size_t min, size_t max);
// For `__new__`: `cls` must be a subtype of `base`; returns it.
// ("list.__new__(tuple): tuple is not a subtype of list")
Result<TypeObject*> new_target(Value cls, TypeObject* base);
// The same for a __new__ receiving CallArgs (which may be empty when called
// as list.__new__(): "list.__new__(): not enough arguments").
Result<TypeObject*> new_target(CallArgs args, TypeObject* base);

// ---------------------------------------------------------------- types

// Destroying a deeply nested container ([[[...]]] a million levels deep)
// would recurse once per level in C++. As CPython's "trashcan" does, past a
// nesting depth the object is untracked and queued, and the outermost
// container dealloc destroys the queue iteratively. `destroy` releases the
// object's references and frees it.
void trashcan_dealloc(Object* obj, DeallocFn destroy);

// Set `__hash__ = None` in a type's dict: instances are unhashable.
void set_unhashable(TypeObject* type);
// A `__next__` method implemented with the type's fast iternext.
Result<Ref> iternext_method(const Value* args, size_t nargs);
// `__iter__` of iterators: returns self.
Result<Ref> iter_self_method(const Value* args, size_t nargs);
// Arithmetic on an operand type we do not handle: CPython's sequence
// operators raise at once (`[1] + (1,)`), but a user class defining the
// reflected method must still get its turn, so return NotImplemented then.
Result<Ref> reject_operand(Value other, Special reflected, std::string message);

// ---------------------------------------------------------------- big ints

// RAII mpz_t for the arbitrary-precision paths of range and slice.
struct Mpz {
    mpz_t v;
    Mpz() { mpz_init(v); }
    explicit Mpz(Value int_value) {
        mpz_init(v);
        int_to_mpz(int_value, v);
    }
    ~Mpz() { mpz_clear(v); }
    Mpz(const Mpz&) = delete;
    Mpz& operator=(const Mpz&) = delete;
    Ref to_int() const { return make_int_from_mpz(v); }
};

// ---------------------------------------------------------------- auxiliary layouts

// Iterator over a list or tuple (forward or reversed): `seq` becomes null
// once exhausted so the sequence is released early, as CPython does.
struct SeqIter : Object {
    Ref seq;
    int64_t index;
};
void seq_iter_traverse(Object* self, VisitFn visit, void* ctx);
void seq_iter_clear(Object* self);

// range_iterator (a range whose bounds fit int64): start + index * step.
// FOR_ITER steps it inline (vm/interpreter.cpp).
struct RangeIter : Object {
    int64_t start, step, len, index;
};

// Dict views (dict_keys / dict_values / dict_items).
struct DictView : Object {
    Ref dict;
};
Ref make_dict_view(TypeObject* view_type, Dict* d);
bool is_dict_view_set(Value v); // dict_keys or dict_items (the set-like views)
// A dict iterator of one of the three kinds, forward or reversed. `kind` is
// dict_keyiterator_type, dict_valueiterator_type or dict_itemiterator_type.
Ref make_dict_iterator(Dict* d, TypeObject* kind, bool reversed);
void init_dict_view_types(); // called by init_dict_types()
void init_slice_type();      // called by init_range_slice_types()

// `list[int]`: a types.GenericAlias of origin and args (generic_alias.cpp).
Result<Ref> make_generic_alias(Value origin, Value args);
// __class_getitem__ of the built-in containers (a classmethod).
Result<Ref> class_getitem_method(const Value* args, size_t nargs);
void init_generic_alias_type(); // called by init_list_type()

// list.sort(*, key=None, reverse=False), defined in list_sort.cpp.
Result<Ref> list_sort_method(CallArgs args);

// The hash of a key as dicts and sets compute it (str fast path).
Result<hash_t> key_hash(Value key);
// Dict lookup with a precomputed hash (borrowed value or null).
Result<Value> dict_get_known_hash(Dict* d, Value key, hash_t hash);
// True if `v` is an exact dict or a subclass that keeps dict's iteration
// (so its entries can be read directly instead of through keys()).
bool dict_iterates_natively(Value v);

// Set internals shared with the dict views.
Result<bool> set_contains_known_hash(Set* s, Value key, hash_t hash);
Status set_add_known_hash(Set* s, Value key, hash_t hash);
// In-place set algebra with any iterable (the dict views build on these).
Status set_difference_update_with(Set* s, Value other);
Status set_symmetric_difference_update_with(Set* s, Value other);
bool is_any_set(Value v); // set, frozenset or a subclass

} // namespace pyco
