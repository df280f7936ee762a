// Layouts and C++ APIs of the core built-in objects.
//
// One header states every core layout (as Wren's wren_value.h does) so a
// reader sees what an object costs in memory. Behaviour visible to Python is
// registered as methods in each type's dict (see runtime/type.h); the C++
// functions below are the fast internal entry points the VM and other
// natives use. Each type's implementation lives in its own runtime/*.cpp.
#pragma once

#include <gmp.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/result.h"
#include "runtime/type.h"
#include "runtime/value.h"

namespace pyco {

using hash_t = int64_t; // Python hashes are signed machine words; -1 is never a hash

// Objects whose size depends on a length (str, bytes, tuple). `size` sits at
// the same offset in all of them so the allocator can find the end of the
// object (where a subclass instance keeps its __dict__ pointer).
struct VarObject : Object {
    int64_t size;
};

// ---------------------------------------------------------------- singletons

extern Object None_object, NotImplemented_object, Ellipsis_object;
inline Value None() { return Value(&None_object); }
inline Value NotImplemented() { return Value(&NotImplemented_object); }
inline Value Ellipsis() { return Value(&Ellipsis_object); }

// ---------------------------------------------------------------- int, bool

// Ints outside the small-int range, bool's True/False, and instances of int
// subclasses all use this layout.
struct Int : Object {
    mpz_t value;
};
extern Int True_object, False_object;
inline Value True() { return Value(&True_object); }
inline Value False() { return Value(&False_object); }
inline Value bool_value(bool b) { return b ? True() : False(); }

Ref make_int(int64_t v);             // small int when it fits, else a big Int
Ref make_int_from_mpz(const mpz_t v); // normalises back to a small int when it fits
Ref make_int_u64(uint64_t v);
bool is_int(Value v);                 // int, bool or an int subclass instance
// Copies the value of an int-like object into `out` (which must be mpz_init'ed).
void int_to_mpz(Value v, mpz_t out);
// If v is an int-like that fits in int64, store it and return true.
bool int_to_int64(Value v, int64_t* out);
// Parse an int literal / int(str, base) text. Raises ValueError like CPython.
Result<Ref> int_from_string(std::string_view text, int base);
Result<Ref> int_binary_op(Value a, Value b, Special op); // NotImplemented if not both int-like
std::string int_to_decimal(Value v);

// ---------------------------------------------------------------- float

struct Float : Object {
    double value;
};
Ref make_float(double d);
bool is_float(Value v);
double float_value(Value v); // precondition: is_float(v)
std::string float_repr(double d); // shortest round-trip, Python spelling ('1.0', 'inf', '1e+16')

// ---------------------------------------------------------------- str

// Immutable UTF-8 with cached code-point length. `ascii` makes indexing O(1).
// `data` is NUL-terminated; `size` counts bytes.
struct Str : VarObject {
    int64_t length; // code points
    hash_t hash;    // -1 until computed
    bool ascii;
    bool interned;
    char data[1];

    std::string_view view() const { return std::string_view(data, static_cast<size_t>(size)); }
};
Handle<Str> make_str(std::string_view utf8); // utf8 must be valid UTF-8
Str* intern(std::string_view utf8);          // borrowed, immortal: identifiers, attribute names
Str* intern_str(Str* s);                     // borrowed, immortal interned twin of s
hash_t str_hash_compute(Str* s); // computes and caches s->hash
inline hash_t str_hash(Str* s) { return s->hash != -1 ? s->hash : str_hash_compute(s); }
bool str_equal(Str* a, Str* b);
bool is_str(Value v);
Handle<Str> str_concat(Str* a, Str* b);
// `*left += right`: the result replaces *left. When *left is an exact str
// held only by the caller, its memory grows in place (CPython's in-place
// concatenation), which keeps `s += t` loops linear if the VM drops the
// variable's own reference first. MemoryError if the result is too large.
Status str_append(Ref* left, Str* right);
// repr() of a str with Python's quoting rules.
std::string str_repr_text(std::string_view utf8);

// ---------------------------------------------------------------- bytes

struct Bytes : VarObject {
    hash_t hash;
    char data[1];
    std::string_view view() const { return std::string_view(data, static_cast<size_t>(size)); }
};
Handle<Bytes> make_bytes(std::string_view raw);
bool is_bytes(Value v);

// ---------------------------------------------------------------- tuple

struct Tuple : VarObject {
    Value items[]; // `size` owned references
};
Handle<Tuple> tuple_new(size_t n);          // items null; fill with tuple_init_item
inline void tuple_init_item(Tuple* t, size_t i, Ref v) { t->items[i] = v.release(); }
Handle<Tuple> tuple_pack(std::initializer_list<Value> items); // increfs each
Tuple* empty_tuple();                       // borrowed singleton
bool is_tuple(Value v);
Handle<Tuple> tuple_from_array(const Value* items, size_t n); // increfs each

// ---------------------------------------------------------------- list

struct List : Object {
    int64_t size;
    int64_t capacity;
    Value* items; // owned references
};
Handle<List> list_new(size_t size = 0, size_t capacity = 0); // items null when size > 0
Status list_append(List* list, Value v);                     // increfs v
bool is_list(Value v);
Status list_extend(List* list, Value iterable);               // list.extend / LIST_EXTEND
Handle<Tuple> list_as_tuple(List* list);                     // tuple(list) / LIST_TO_TUPLE
// list.sort(key=key, reverse=reverse); key null or None = identity. Stable.
Status list_sort(List* list, Value key, bool reverse);
Result<Ref> sorted_list(Value iterable, Value key, bool reverse); // builtin sorted()

// ---------------------------------------------------------------- dict

// Insertion-ordered hash table (compact layout: an index table into a dense
// entry array), CPython's design.
struct DictEntry {
    hash_t hash;
    Value key;   // null for a deleted entry
    Value value;
};
struct Dict : Object {
    int64_t used;        // live entries
    int64_t entries_len; // entries written, live or deleted
    DictEntry* entries;  // null until the first insertion; behind the index table (runtime/dict_table.h)
    uint64_t keys_version; // new whenever the set of keys changes, unique across dicts (LOAD_GLOBAL's cache)
    uint8_t log2_size;   // the index table has 1 << log2_size slots (when entries is set)
    uint8_t index_width_log2; // its slots are 1 << index_width_log2 bytes wide
};
Handle<Dict> dict_new();
bool is_dict(Value v);
// Lookups return a *borrowed* value, null when absent (no KeyError set).
Result<Value> dict_get(Dict* d, Value key);
Value dict_get_str(Dict* d, Str* key); // cannot fail: str keys hash/compare natively
int64_t dict_find_str(Dict* d, Str* key); // its entry's index in d->entries, or -1
Status dict_set(Dict* d, Value key, Value value);
Status dict_set_str(Dict* d, Str* key, Value value);
// dict_set_str that also tells where the key's entry is (for attribute caches).
Result<int64_t> dict_store_str(Dict* d, Str* key, Value value);
// Keys versions come from one counter, so a version names one set of keys
// of one dict (see dict.cpp); replacing a value keeps it (CPython's
// dk_version: a cache that proved a name absent stays valid).
extern uint64_t g_last_dict_version;
inline void dict_bump_version(Dict* d) { d->keys_version = ++g_last_dict_version; }
// Put `value` (a reference the dict takes over) into the live entry `ix` and
// return the old value, which the caller releases once it is done with the
// dict: dropping it may run a finalizer that looks at the dict.
[[nodiscard]] inline Value dict_swap_value(Dict* d, int64_t ix, Value value) {
    Value old = d->entries[ix].value;
    d->entries[ix].value = value;
    return old;
}
// Returns true if removed, false if absent (no KeyError set).
Result<bool> dict_del(Dict* d, Value key);
// Iterate live entries: for (int64_t pos = 0; dict_next(d, &pos, &k, &v);)
bool dict_next(Dict* d, int64_t* pos, Value* key, Value* value);
void dict_clear(Dict* d);
Result<Ref> dict_copy(Dict* d); // a new exact dict
// dict.update(other): a mapping (anything with keys()) or an iterable of pairs.
Status dict_update(Dict* d, Value other);
// Merge a mapping into d. KeepExisting/Override as PyDict_Merge; ErrorOnDuplicate
// raises KeyError(key) for a key already present (DICT_MERGE for f(**a, **b)).
enum class DictMerge : uint8_t { KeepExisting, Override, ErrorOnDuplicate };
Status dict_merge(Dict* d, Value mapping, DictMerge mode);

// ---------------------------------------------------------------- set, frozenset

struct Set : Object {
    int64_t used;
    int64_t fill;
    int64_t mask;       // table size - 1
    DictEntry* table;   // value unused
    hash_t hash;        // frozenset only, -1 until computed
    int64_t finger;     // set.pop resumes its scan here (keeps popping all items O(n))
};
Handle<Set> set_new(TypeObject* type /* set_type or frozenset_type */);
Status set_add(Set* s, Value key);
Result<bool> set_contains(Set* s, Value key);
bool set_next(Set* s, int64_t* pos, Value* key);
Status set_update(Set* s, Value iterable);    // set.update / SET_UPDATE
Result<bool> set_discard(Set* s, Value key);  // true if it was present
void set_clear(Set* s);

// ---------------------------------------------------------------- range, slice

struct Range : Object {
    Ref start, stop, step, length; // ints (small or big)
};
struct Slice : Object {
    Ref start, stop, step; // None when omitted
};
Ref make_slice(Value start, Value stop, Value step);
// Resolve a slice against a sequence length (CPython's PySlice_GetIndicesEx).
Status slice_indices(Slice* s, int64_t length, int64_t* start, int64_t* stop, int64_t* step, int64_t* slicelength);

// ---------------------------------------------------------------- built-in types

#define PYCO_CORE_TYPES(X)                                                                 \
    X(object) X(type) X(NoneType) X(NotImplementedType) X(ellipsis) X(int) X(bool)        \
    X(float) X(str) X(bytes) X(tuple) X(list) X(dict) X(set) X(frozenset) X(range)        \
    X(slice) X(dict_keys) X(dict_values) X(dict_items) X(list_iterator)                   \
    X(tuple_iterator) X(str_iterator) X(range_iterator) X(dict_keyiterator)               \
    X(dict_valueiterator) X(dict_itemiterator) X(set_iterator) X(bytes_iterator)          \
    X(list_reverseiterator)

#define PYCO_DECLARE_TYPE(name) extern TypeObject name##_type;
PYCO_CORE_TYPES(PYCO_DECLARE_TYPE)
#undef PYCO_DECLARE_TYPE

} // namespace pyco
