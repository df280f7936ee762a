// dict: CPython's compact ordered hash table.
//
// `entries` is a dense array in insertion order; the index is an open-
// addressing table of positions into it (kEmpty / kDummy / position),
// probed with CPython's perturbation scheme. Both live in one block, the
// index first, with slots as narrow as the table size allows
// (runtime/dict_table.h). Deleting leaves a dummy in the index and a hole
// in the entries; both go away at the next resize, which rebuilds the table
// from the live entries in order. Iteration walks the entries, so order is
// insertion order however the index is laid out.
//
// Key comparison runs arbitrary __eq__ code that may mutate the dict being
// searched. Like CPython, a lookup that sees the tables or the compared
// entry change under it starts over; nothing is cached across a call into
// Python, and every key/value is held by a Ref while such a call runs.
// The views and the iterators live in dict_views.cpp.
#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "runtime/container_util.h"
#include "runtime/dict_table.h"
#include "runtime/gc.h"
#include "runtime/runtime.h"

namespace pyco {

TypeObject dict_type;

// A cache that saw keys version V of some dict knows its keys are unchanged
// if the dict it holds now still has keys version V (0: a dict never given a
// key, empty). Replacing a value keeps the version.
uint64_t g_last_dict_version = 0;

namespace {

using dict_table::kDummy;
using dict_table::kEmpty;
using dict_table::Index;

// The probe sequence of a hash: i = i*5 + perturb + 1, perturb >>= 5.
class Probe {
public:
    Probe(hash_t hash, int64_t index_size)
        : mask_(static_cast<uint64_t>(index_size - 1)), perturb_(static_cast<uint64_t>(hash)),
          slot_(static_cast<uint64_t>(hash) & mask_) {}
    int64_t slot() const { return static_cast<int64_t>(slot_); }
    void next() {
        perturb_ >>= 5;
        slot_ = (slot_ * 5 + perturb_ + 1) & mask_;
    }

private:
    uint64_t mask_, perturb_, slot_;
};

// Append an entry at the end of d's entries (room must be left) and index
// it in the first slot of its probe sequence that holds no entry.
void append_entry(Dict* d, const DictEntry& e) {
    int64_t n = d->entries_len++;
    d->entries[n] = e;
    Index index(d);
    Probe p(e.hash, index.size());
    while (index.get(p.slot()) >= 0) p.next();
    index.set(p.slot(), n);
}

// Replace the table by a fresh one sized for at least `minsize` index
// slots, holding the live entries in order. Moves references; runs no
// Python code.
Status rebuild(Dict* d, int64_t minsize) {
    unsigned log2_size = dict_table::kMinLog2Size;
    while ((int64_t(1) << log2_size) < minsize) {
        if (++log2_size > dict_table::kMaxLog2Size) return raise_no_memory();
    }
    char* block = dict_table::allocate_block(log2_size);
    if (!block) return raise_no_memory();
    char* old_block = dict_table::block_of(d);
    DictEntry* old_entries = d->entries;
    int64_t old_len = d->entries_len;
    d->entries = reinterpret_cast<DictEntry*>(block + dict_table::index_bytes(log2_size));
    d->log2_size = static_cast<uint8_t>(log2_size);
    d->index_width_log2 = static_cast<uint8_t>(dict_table::width_log2(log2_size));
    d->entries_len = 0;
    for (int64_t i = 0; i < old_len; ++i)
        if (old_entries[i].key) append_entry(d, old_entries[i]);
    std::free(old_block);
    return ok_status();
}

bool both_exact_str(Value a, Value b) { return isinstance_exact(a, &str_type) && isinstance_exact(b, &str_type); }

void bump_version(Dict* d) { dict_bump_version(d); }

// Position of `key` in the entries, or -1. Restarts when __eq__ changed the
// table or the entry it compared against.
Result<int64_t> lookup(Dict* d, Value key, hash_t hash) {
restart:
    if (!d->entries) return int64_t(-1);
    Index index(d);
    for (Probe p(hash, index.size());; p.next()) {
        int64_t ix = index.get(p.slot());
        if (ix == kEmpty) return int64_t(-1);
        if (ix == kDummy) continue;
        DictEntry* e = &d->entries[ix];
        if (e->key.is(key)) return ix;
        if (e->hash != hash) continue;
        if (both_exact_str(e->key, key)) {
            if (str_equal(e->key.as<Str>(), key.as<Str>())) return ix;
            continue;
        }
        DictEntry* entries = d->entries;
        uint8_t log2_size = d->log2_size;
        Ref start_key = Ref::borrow(e->key);
        bool same = TRY(equal(start_key, key));
        if (d->entries != entries || d->log2_size != log2_size || ix >= d->entries_len ||
            !d->entries[ix].key.is(start_key))
            goto restart;
        if (same) return ix;
    }
}

// Insert or replace with a known hash; the key's position in the entries.
// The key and value are held across the lookup, whose __eq__ calls could
// otherwise free them.
Result<int64_t> insert_at(Dict* d, Value key, hash_t hash, Value value) {
    Ref k = Ref::borrow(key), v = Ref::borrow(value);
    int64_t ix = TRY(lookup(d, key, hash));
    if (ix >= 0) {
        decref(dict_swap_value(d, ix, v.release()));
        return ix;
    }
    if (d->entries_len >= dict_table::capacity(d)) TRY(rebuild(d, d->used * 3)); // CPython's GROWTH_RATE
    append_entry(d, DictEntry{hash, k.release(), v.release()});
    d->used++;
    bump_version(d);
    return d->entries_len - 1;
}

Status insert(Dict* d, Value key, hash_t hash, Value value) {
    TRY(insert_at(d, key, hash, value));
    return ok_status();
}

// Remove entry `ix`; its references are released once the dict is consistent.
void delete_entry(Dict* d, int64_t ix) {
    DictEntry& e = d->entries[ix];
    Index index(d);
    Probe p(e.hash, index.size());
    while (index.get(p.slot()) != ix) p.next();
    index.set(p.slot(), kDummy);
    Value key = e.key, value = e.value;
    e.key = Value();
    e.value = Value();
    d->used--;
    bump_version(d);
    decref(key);
    decref(value);
}

void dict_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* d = static_cast<Dict*>(self);
    for (int64_t i = 0; i < d->entries_len; ++i) {
        if (!d->entries[i].key) continue;
        visit(d->entries[i].key, ctx);
        visit(d->entries[i].value, ctx);
    }
}

void dict_gc_clear(Object* self) { dict_clear(static_cast<Dict*>(self)); }

void dict_dealloc(Object* self) { trashcan_dealloc(self, generic_dealloc); }

Dict* self_dict(const Value* args) { return args[0].as<Dict>(); }

// A copy of `src`'s live entries in order into the empty dict `dst`.
Status copy_entries(Dict* dst, Dict* src) {
    if (src->used == 0) return ok_status();
    TRY(rebuild(dst, (src->used * 3 + 1) / 2));
    for (int64_t i = 0; i < src->entries_len; ++i) {
        const DictEntry& e = src->entries[i];
        if (!e.key) continue;
        incref(e.key);
        incref(e.value);
        append_entry(dst, e);
    }
    dst->used = src->used;
    bump_version(dst);
    return ok_status();
}

// dict.update's handling of one positional argument (CPython's dict_update_arg).
Status merge_from_pairs(Dict* d, Value iterable) {
    Ref it = TRY(iter(iterable));
    for (int64_t i = 0;; ++i) {
        Ref item = TRY(next(it));
        if (!item) return ok_status();
        std::string message = "cannot convert dictionary update sequence element #" + std::to_string(i) + " to a sequence";
        Ref pair = TRY(sequence_fast(item, message.c_str()));
        int64_t n;
        Value* kv = fast_items(pair, &n);
        if (n != 2) {
            return raise_format(ValueError_type, "dictionary update sequence element #%lld has length %lld; 2 is required",
                                static_cast<long long>(i), static_cast<long long>(n));
        }
        Ref key = Ref::borrow(kv[0]), value = Ref::borrow(kv[1]);
        TRY(dict_set(d, key, value));
    }
}

Status set_keywords(Dict* d, CallArgs args) {
    size_t nkw = args.nkw();
    for (size_t k = 0; k < nkw; ++k) TRY(dict_set(d, args.kwnames->items[k], args.args[args.nargs + k]));
    return ok_status();
}

Result<bool> dicts_equal(Dict* a, Dict* b) {
    if (a->used != b->used) return false;
    for (int64_t i = 0; i < a->entries_len; ++i) { // re-read: __eq__ may mutate a
        const DictEntry& e = a->entries[i];
        if (!e.key) continue;
        Ref key = Ref::borrow(e.key), value = Ref::borrow(e.value);
        Value other = TRY(dict_get_known_hash(b, key, e.hash));
        if (!other) return false;
        Ref keep = Ref::borrow(other);
        if (!TRY(equal(value, other))) return false;
    }
    return true;
}

// ---------------------------------------------------------------- Python methods

Result<Ref> dict_py_new(CallArgs args) {
    TypeObject* type = TRY(new_target(args, &dict_type));
    return Ref::steal(Value(alloc<Dict>(type)));
}

Result<Ref> dict_py_init(CallArgs args) {
    TRY(check_positional("dict", args.nargs - 1, 0, 1));
    Dict* d = args[0].as<Dict>();
    if (args.nargs == 2) TRY(dict_update(d, args[1]));
    TRY(set_keywords(d, args));
    return Ref::borrow(None());
}

Result<Ref> dict_repr(const Value* args, size_t) {
    Dict* d = self_dict(args);
    if (d->used == 0) return text_to_str("{}");
    ReprGuard guard(args[0]);
    if (guard.active()) return text_to_str("{...}");
    std::string out = "{";
    bool first = true;
    for (int64_t i = 0; i < d->entries_len; ++i) {
        const DictEntry& e = d->entries[i];
        if (!e.key) continue;
        Ref key = Ref::borrow(e.key), value = Ref::borrow(e.value);
        if (!first) out += ", ";
        first = false;
        out += TRY(repr_text(key));
        out += ": ";
        out += TRY(repr_text(value));
    }
    out += "}";
    return text_to_str(out);
}

Result<Ref> dict_len(const Value* args, size_t) { return make_int(self_dict(args)->used); }

Result<Ref> dict_getitem(const Value* args, size_t) {
    Value found = TRY(dict_get(self_dict(args), args[1]));
    if (found) return Ref::borrow(found);
    if (!isinstance_exact(args[0], &dict_type)) {
        Ref missing = TRY(call_special(args[0], Special::missing, {args[1]}));
        if (missing) return missing;
    }
    return raise_key_error(args[1]);
}

Result<Ref> dict_setitem(const Value* args, size_t) {
    TRY(dict_set(self_dict(args), args[1], args[2]));
    return Ref::borrow(None());
}

Result<Ref> dict_delitem(const Value* args, size_t) {
    if (!TRY(dict_del(self_dict(args), args[1]))) return raise_key_error(args[1]);
    return Ref::borrow(None());
}

Result<Ref> dict_contains(const Value* args, size_t) {
    Value found = TRY(dict_get(self_dict(args), args[1]));
    return Ref::borrow(bool_value(!found.is_null()));
}

Result<Ref> dict_iter(const Value* args, size_t) { return make_dict_iterator(self_dict(args), &dict_keyiterator_type, false); }
Result<Ref> dict_reversed(const Value* args, size_t) {
    return make_dict_iterator(self_dict(args), &dict_keyiterator_type, true);
}

Result<Ref> dict_compare(const Value* args, bool want_equal) {
    if (!is_dict(args[1])) return Ref::borrow(NotImplemented());
    bool same = TRY(dicts_equal(self_dict(args), args[1].as<Dict>()));
    return Ref::borrow(bool_value(same == want_equal));
}
Result<Ref> dict_eq(const Value* args, size_t) { return dict_compare(args, true); }
Result<Ref> dict_ne(const Value* args, size_t) { return dict_compare(args, false); }

Result<Ref> dict_get_method(const Value* args, size_t nargs) {
    Value found = TRY(dict_get(self_dict(args), args[1]));
    if (found) return Ref::borrow(found);
    return Ref::borrow(nargs > 2 ? args[2] : None());
}

Result<Ref> dict_setdefault(const Value* args, size_t nargs) {
    Dict* d = self_dict(args);
    Value deflt = nargs > 2 ? args[2] : None();
    hash_t h = TRY(key_hash(args[1]));
    Value found = TRY(dict_get_known_hash(d, args[1], h));
    if (found) return Ref::borrow(found);
    Ref keep = Ref::borrow(deflt);
    TRY(insert(d, args[1], h, deflt));
    return keep;
}

Result<Ref> dict_pop(const Value* args, size_t nargs) {
    Dict* d = self_dict(args);
    hash_t h = TRY(key_hash(args[1]));
    int64_t ix = TRY(lookup(d, args[1], h));
    if (ix < 0) {
        if (nargs > 2) return Ref::borrow(args[2]);
        return raise_key_error(args[1]);
    }
    Ref value = Ref::borrow(d->entries[ix].value);
    delete_entry(d, ix);
    return value;
}

Result<Ref> dict_popitem(const Value* args, size_t) {
    Dict* d = self_dict(args);
    if (d->used == 0) return raise(KeyError_type, "popitem(): dictionary is empty");
    int64_t ix = d->entries_len - 1;
    while (!d->entries[ix].key) --ix;
    Ref key = Ref::borrow(d->entries[ix].key), value = Ref::borrow(d->entries[ix].value);
    delete_entry(d, ix);
    d->entries_len = ix; // only holes follow: keep repeated popitem O(1)
    return std::move(tuple_pack({key, value})).ref();
}

Result<Ref> dict_keys(const Value* args, size_t) { return make_dict_view(&dict_keys_type, self_dict(args)); }
Result<Ref> dict_values(const Value* args, size_t) { return make_dict_view(&dict_values_type, self_dict(args)); }
Result<Ref> dict_items(const Value* args, size_t) { return make_dict_view(&dict_items_type, self_dict(args)); }

Result<Ref> dict_update_method(CallArgs args) {
    TRY(check_positional("update", args.nargs - 1, 0, 1));
    Dict* d = args[0].as<Dict>();
    if (args.nargs == 2) TRY(dict_update(d, args[1]));
    TRY(set_keywords(d, args));
    return Ref::borrow(None());
}

Result<Ref> dict_clear_method(const Value* args, size_t) {
    dict_clear(self_dict(args));
    return Ref::borrow(None());
}

Result<Ref> dict_copy_method(const Value* args, size_t) { return dict_copy(self_dict(args)); }

Result<Ref> dict_fromkeys(const Value* args, size_t nargs) {
    Value value = nargs > 2 ? args[2] : None();
    Ref result = TRY(call(args[0], {}));
    bool exact = isinstance_exact(result, &dict_type);
    TRY(for_each(args[1], [&](Value key) -> Status {
        if (exact) return dict_set(result.as<Dict>(), key, value);
        return setitem(result, key, value);
    }));
    return result;
}

// `a | b` for two dicts: a copy of a updated with b (both operand orders).
Result<Ref> dict_merge_operator(Value a, Value b) {
    if (!is_dict(a) || !is_dict(b)) return Ref::borrow(NotImplemented());
    Ref result = TRY(dict_copy(a.as<Dict>()));
    TRY(dict_update(result.as<Dict>(), b));
    return result;
}
Result<Ref> dict_or(const Value* args, size_t) { return dict_merge_operator(args[0], args[1]); }
Result<Ref> dict_ror(const Value* args, size_t) { return dict_merge_operator(args[1], args[0]); }

Result<Ref> dict_ior(const Value* args, size_t) {
    TRY(dict_update(self_dict(args), args[1]));
    return Ref::borrow(args[0]);
}

const MethodDef dict_methods[] = {
    {.name = "__new__", .kwfn = dict_py_new, .kind = MethodKind::Static},
    {.name = "__init__", .kwfn = dict_py_init},
    {.name = "__repr__", .fn = dict_repr, .min_args = 1, .max_args = 1},
    {.name = "__len__", .fn = dict_len, .min_args = 1, .max_args = 1},
    {.name = "__getitem__", .fn = dict_getitem, .min_args = 2, .max_args = 2},
    {.name = "__setitem__", .fn = dict_setitem, .min_args = 3, .max_args = 3},
    {.name = "__delitem__", .fn = dict_delitem, .min_args = 2, .max_args = 2},
    {.name = "__contains__", .fn = dict_contains, .min_args = 2, .max_args = 2},
    {.name = "__iter__", .fn = dict_iter, .min_args = 1, .max_args = 1},
    {.name = "__reversed__", .fn = dict_reversed, .min_args = 1, .max_args = 1},
    {.name = "__eq__", .fn = dict_eq, .min_args = 2, .max_args = 2},
    {.name = "__ne__", .fn = dict_ne, .min_args = 2, .max_args = 2},
    {.name = "__or__", .fn = dict_or, .min_args = 2, .max_args = 2},
    {.name = "__ror__", .fn = dict_ror, .min_args = 2, .max_args = 2},
    {.name = "__ior__", .fn = dict_ior, .min_args = 2, .max_args = 2},
    {.name = "get", .fn = dict_get_method, .min_args = 2, .max_args = 3},
    {.name = "setdefault", .fn = dict_setdefault, .min_args = 2, .max_args = 3},
    {.name = "pop", .fn = dict_pop, .min_args = 2, .max_args = 3},
    {.name = "popitem", .fn = dict_popitem, .min_args = 1, .max_args = 1},
    {.name = "keys", .fn = dict_keys, .min_args = 1, .max_args = 1},
    {.name = "values", .fn = dict_values, .min_args = 1, .max_args = 1},
    {.name = "items", .fn = dict_items, .min_args = 1, .max_args = 1},
    {.name = "update", .kwfn = dict_update_method},
    {.name = "clear", .fn = dict_clear_method, .min_args = 1, .max_args = 1},
    {.name = "copy", .fn = dict_copy_method, .min_args = 1, .max_args = 1},
    {.name = "fromkeys", .fn = dict_fromkeys, .min_args = 2, .max_args = 3, .kind = MethodKind::Class},
    {.name = "__class_getitem__", .fn = class_getitem_method, .min_args = 2, .max_args = 2, .kind = MethodKind::Class},
    {nullptr},
};

} // namespace

// ---------------------------------------------------------------- C++ API

Handle<Dict> dict_new() { return Handle<Dict>::steal(alloc<Dict>(&dict_type)); }

bool is_dict(Value v) { return isinstance(v, &dict_type); }

Result<Value> dict_get_known_hash(Dict* d, Value key, hash_t hash) {
    int64_t ix = TRY(lookup(d, key, hash));
    return ix < 0 ? Value() : d->entries[ix].value;
}

Result<Value> dict_get(Dict* d, Value key) {
    hash_t h = TRY(key_hash(key));
    return dict_get_known_hash(d, key, h);
}

// No Python code can run here, so this cannot fail: entries whose key is not
// a str can never equal `key` without calling __eq__, and str subclasses
// compare by text like str itself.
int64_t dict_find_str(Dict* d, Str* key) {
    if (!d->entries) return -1;
    hash_t hash = str_hash(key);
    Index index(d);
    for (Probe p(hash, index.size());; p.next()) {
        int64_t ix = index.get(p.slot());
        if (ix == kEmpty) return -1;
        if (ix == kDummy) continue;
        const DictEntry& e = d->entries[ix];
        if (e.key.is(Value(key))) return ix;
        if (e.hash == hash && is_str(e.key) && str_equal(e.key.as<Str>(), key)) return ix;
    }
}

Value dict_get_str(Dict* d, Str* key) {
    int64_t ix = dict_find_str(d, key);
    return ix < 0 ? Value() : d->entries[ix].value;
}

Status dict_set(Dict* d, Value key, Value value) {
    hash_t h = TRY(key_hash(key));
    return insert(d, key, h, value);
}

Status dict_set_str(Dict* d, Str* key, Value value) { return insert(d, Value(key), str_hash(key), value); }

Result<int64_t> dict_store_str(Dict* d, Str* key, Value value) { return insert_at(d, Value(key), str_hash(key), value); }

Result<bool> dict_del(Dict* d, Value key) {
    hash_t h = TRY(key_hash(key));
    Ref keep = Ref::borrow(key);
    int64_t ix = TRY(lookup(d, key, h));
    if (ix < 0) return false;
    delete_entry(d, ix);
    return true;
}

bool dict_next(Dict* d, int64_t* pos, Value* key, Value* value) {
    while (*pos < d->entries_len) {
        const DictEntry& e = d->entries[(*pos)++];
        if (!e.key) continue;
        if (key) *key = e.key;
        if (value) *value = e.value;
        return true;
    }
    return false;
}

void dict_clear(Dict* d) {
    DictEntry* entries = d->entries;
    char* block = dict_table::block_of(d);
    int64_t n = d->entries_len;
    d->entries = nullptr;
    d->used = d->entries_len = 0;
    d->log2_size = d->index_width_log2 = 0;
    bump_version(d);
    // The dict is empty before any finalizer can observe it.
    for (int64_t i = 0; i < n; ++i) {
        decref(entries[i].key);
        decref(entries[i].value);
    }
    std::free(block);
}

Result<Ref> dict_copy(Dict* d) {
    Handle<Dict> copy = dict_new();
    TRY(copy_entries(copy.get(), d));
    return std::move(copy).ref();
}

bool dict_iterates_natively(Value v) {
    return is_dict(v) && lookup_special(v.type(), Special::iter).is(lookup_special(&dict_type, Special::iter));
}

Status dict_update(Dict* d, Value other) {
    if (isinstance_exact(other, &dict_type)) return dict_merge(d, other, DictMerge::Override);
    Ref keys = TRY(getattr_opt(other, intern("keys")));
    if (keys) return dict_merge(d, other, DictMerge::Override);
    return merge_from_pairs(d, other);
}

Status dict_merge(Dict* d, Value mapping, DictMerge mode) {
    if (dict_iterates_natively(mapping)) {
        Dict* other = mapping.as<Dict>();
        if (other == d || other->used == 0) return ok_status();
        if (d->used == 0 && d->entries_len == 0) return copy_entries(d, other);
        if (dict_table::capacity(d) - d->entries_len < other->used) TRY(rebuild(d, ((d->used + other->used) * 3 + 1) / 2));
        int64_t n = other->entries_len;
        for (int64_t i = 0; i < other->entries_len; ++i) {
            const DictEntry& e = other->entries[i];
            if (!e.key) continue;
            Ref key = Ref::borrow(e.key), value = Ref::borrow(e.value);
            hash_t h = e.hash;
            if (mode != DictMerge::Override) {
                int64_t existing = TRY(lookup(d, key, h));
                if (existing >= 0) {
                    if (mode == DictMerge::ErrorOnDuplicate) return raise_key_error(key);
                    continue;
                }
            }
            TRY(insert(d, key, h, value));
            if (other->entries_len != n) return raise(RuntimeError_type, "dict mutated during update");
        }
        return ok_status();
    }
    // Any other mapping: its keys(), then mapping[key] for each.
    Ref keys = TRY(call_method(mapping, intern("keys"), {}));
    return for_each(keys, [&](Value key) -> Status {
        if (mode != DictMerge::Override) {
            Value existing = TRY(dict_get(d, key));
            if (existing) {
                if (mode == DictMerge::ErrorOnDuplicate) return raise_key_error(key);
                return ok_status();
            }
        }
        Ref value = TRY(getitem(mapping, key));
        return dict_set(d, key, value);
    });
}

void init_dict_types() {
    init_native_type(&dict_type, {.name = "dict",
                                  .basicsize = sizeof(Dict),
                                  .flags = kTypeBaseType | kTypeGC,
                                  .dealloc = dict_dealloc,
                                  .traverse = dict_traverse,
                                  .clear = dict_gc_clear,
                                  .methods = dict_methods,
                                  .doc = "Built-in mapping type."});
    set_unhashable(&dict_type);
    init_dict_view_types();
}

} // namespace pyco
