// set, frozenset and set_iterator: CPython's setobject.c design.
//
// An open-addressing table probed first linearly (up to LINEAR_PROBES
// neighbours, which share a cache line) and then by perturbation; it starts
// at 8 slots, resizes when 3/5 full and grows ×4 (×2 once large). Because
// the probing, the resize policy and the order of re-insertion all follow
// CPython, iteration order matches CPython whenever the element hashes do —
// always for ints: {3, 1, 2} iterates 1, 2, 3.
//
// Slot states: unused (key null, hash 0), dummy (key null, hash -1, left by
// a deletion so probe chains stay intact), active (key set). Lookups that
// call a Python __eq__ restart if the table changed under them.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "runtime/container_util.h"
#include "runtime/gc.h"
#include "runtime/runtime.h"

namespace pyco {

TypeObject set_type, frozenset_type, set_iterator_type;

namespace {

constexpr int64_t kMinSize = 8;
constexpr uint64_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;
constexpr hash_t kDummyHash = -1;
constexpr int64_t kMaxTableSize = int64_t(1) << 56;

struct SetIter : Object {
    Ref set;           // null once exhausted
    int64_t used;      // size when iteration began (-1: already failed)
    int64_t pos;
    int64_t remaining;
};

bool is_active(const DictEntry& e) { return !e.key.is_null(); }
bool is_unused(const DictEntry& e) { return e.key.is_null() && e.hash == 0; }

bool both_exact_str(Value a, Value b) { return isinstance_exact(a, &str_type) && isinstance_exact(b, &str_type); }

// Zeroed table of `size` slots (all unused); null when it cannot be had.
DictEntry* new_table(int64_t size) {
    return static_cast<DictEntry*>(std::calloc(static_cast<size_t>(size), sizeof(DictEntry)));
}

// The minimal table every set starts with. Tiny: failing to get it means
// the process is out of memory, which the allocator treats as fatal too.
void install_small_table(Set* s) {
    DictEntry* table = new_table(kMinSize);
    if (!table) {
        std::fputs("pyco: fatal: out of memory\n", stderr);
        std::abort();
    }
    s->table = table;
    s->mask = kMinSize - 1;
    s->fill = s->used = 0;
    s->finger = 0;
}

// Insert a key known to be absent into a table without dummies.
void insert_clean(DictEntry* table, uint64_t mask, Value key, hash_t hash) {
    uint64_t perturb = static_cast<uint64_t>(hash);
    uint64_t i = static_cast<uint64_t>(hash) & mask;
    for (;;) {
        DictEntry* entry = &table[i];
        if (entry->key.is_null()) {
            entry->key = key;
            entry->hash = hash;
            return;
        }
        if (i + kLinearProbes <= mask) {
            for (uint64_t j = 0; j < kLinearProbes; ++j) {
                ++entry;
                if (entry->key.is_null()) {
                    entry->key = key;
                    entry->hash = hash;
                    return;
                }
            }
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Rebuild the table with more than `minused` slots, re-inserting the active
// keys in table order (CPython's set_table_resize).
Status table_resize(Set* s, int64_t minused) {
    int64_t size = kMinSize;
    while (size <= minused) {
        if (size >= kMaxTableSize) return raise_no_memory();
        size <<= 1;
    }
    DictEntry* table = new_table(size);
    if (!table) return raise_no_memory();
    DictEntry* old = s->table;
    int64_t old_mask = s->mask;
    for (int64_t i = 0; i <= old_mask; ++i)
        if (is_active(old[i])) insert_clean(table, static_cast<uint64_t>(size - 1), old[i].key, old[i].hash);
    s->table = table;
    s->mask = size - 1;
    s->fill = s->used;
    std::free(old);
    return ok_status();
}

// Slot holding `key`, or an unused slot if absent.
Result<DictEntry*> lookkey(Set* s, Value key, hash_t hash) {
    Ref keep = Ref::borrow(key);
restart:
    uint64_t mask = static_cast<uint64_t>(s->mask);
    uint64_t i = static_cast<uint64_t>(hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(hash);
    for (;;) {
        DictEntry* entry = &s->table[i];
        uint64_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
        for (;; ++entry) {
            if (is_unused(*entry)) return entry;
            if (entry->hash == hash) {
                Value start_key = entry->key;
                if (start_key.is(key) || (both_exact_str(start_key, key) && str_equal(start_key.as<Str>(), key.as<Str>())))
                    return entry;
                DictEntry* table = s->table;
                Ref hold = Ref::borrow(start_key);
                bool same = TRY(equal(start_key, key));
                if (table != s->table || !entry->key.is(start_key)) goto restart;
                if (same) return entry;
                mask = static_cast<uint64_t>(s->mask);
            }
            if (probes-- == 0) break;
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// CPython's set_add_entry: reuses the first dummy met on the probe path.
Status add_entry(Set* s, Value key, hash_t hash) {
    Ref k = Ref::borrow(key); // an __eq__ could otherwise free it mid-insert
restart:
    uint64_t mask = static_cast<uint64_t>(s->mask);
    uint64_t i = static_cast<uint64_t>(hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(hash);
    DictEntry* freeslot = nullptr;
    DictEntry* entry = nullptr;
    for (;;) {
        entry = &s->table[i];
        uint64_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
        for (;; ++entry) {
            if (is_unused(*entry)) goto found_unused_or_dummy;
            if (entry->hash == hash) {
                Value start_key = entry->key;
                if (start_key.is(key) || (both_exact_str(start_key, key) && str_equal(start_key.as<Str>(), key.as<Str>())))
                    return ok_status();
                DictEntry* table = s->table;
                Ref hold = Ref::borrow(start_key);
                bool same = TRY(equal(start_key, key));
                if (same) return ok_status();
                if (table != s->table || !entry->key.is(start_key)) goto restart;
                mask = static_cast<uint64_t>(s->mask);
            } else if (entry->hash == kDummyHash && freeslot == nullptr) {
                freeslot = entry;
            }
            if (probes-- == 0) break;
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        s->used++;
        freeslot->key = k.release();
        freeslot->hash = hash;
        return ok_status();
    }
    s->fill++;
    s->used++;
    entry->key = k.release();
    entry->hash = hash;
    if (s->fill * 5 < s->mask * 3) return ok_status();
    return table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

// Returns whether the key was present; its reference is released after the
// slot is marked dummy.
Result<bool> discard_entry(Set* s, Value key, hash_t hash) {
    DictEntry* entry = TRY(lookkey(s, key, hash));
    if (!is_active(*entry)) return false;
    Value old = entry->key;
    entry->key = Value();
    entry->hash = kDummyHash;
    s->used--;
    decref(old);
    return true;
}

Result<bool> contains_key(Set* s, Value key) {
    hash_t h = TRY(key_hash(key));
    DictEntry* entry = TRY(lookkey(s, key, h));
    return is_active(*entry);
}

bool is_mutable_set(Value v) { return isinstance(v, &set_type); }

// set or frozenset for results computed from an instance of `type`
// (CPython's make_new_set_basetype: subclasses produce the base type).
TypeObject* base_set_type(TypeObject* type) { return is_subtype(type, &set_type) ? &set_type : &frozenset_type; }

Handle<Set> make_set(TypeObject* type) {
    auto* s = alloc<Set>(type);
    s->hash = -1;
    install_small_table(s);
    return Handle<Set>::steal(s);
}

Result<Ref> make_set_from(TypeObject* type, Value iterable) {
    Handle<Set> s = make_set(type);
    if (iterable) TRY(set_update(s.get(), iterable));
    return std::move(s).ref();
}

// A `set` argument of `in` / remove / discard that is unhashable is looked
// up as the equal frozenset, as CPython does. Runs `op` with the key to use.
template <typename Op>
Result<bool> with_set_key_retry(Value key, Op&& op) {
    Result<bool> r = op(key);
    if (r.ok() || !is_mutable_set(key) || !error_matches(TypeError_type)) return r;
    error_clear();
    Ref frozen = TRY(make_set_from(&frozenset_type, key));
    return op(frozen.get());
}

// ---------------------------------------------------------------- algebra

// Add every key of another set, as CPython's set_merge (copying the layout
// outright when this set is empty and shaped alike).
Status merge_set(Set* s, Set* other) {
    if (other == s || other->used == 0) return ok_status();
    if ((s->fill + other->used) * 5 >= s->mask * 3) TRY(table_resize(s, (s->used + other->used) * 2));
    if (s->fill == 0 && s->mask == other->mask && other->fill == other->used) {
        for (int64_t i = 0; i <= other->mask; ++i) {
            if (!is_active(other->table[i])) continue;
            incref(other->table[i].key);
            s->table[i] = other->table[i];
        }
        s->fill = other->fill;
        s->used = other->used;
        return ok_status();
    }
    if (s->fill == 0) {
        for (int64_t i = 0; i <= other->mask; ++i) {
            if (!is_active(other->table[i])) continue;
            incref(other->table[i].key);
            insert_clean(s->table, static_cast<uint64_t>(s->mask), other->table[i].key, other->table[i].hash);
        }
        s->fill = s->used = other->used;
        return ok_status();
    }
    for (int64_t i = 0; i <= other->mask; ++i) { // re-read: __eq__ may mutate other
        if (!is_active(other->table[i])) continue;
        Ref key = Ref::borrow(other->table[i].key);
        TRY(add_entry(s, key, other->table[i].hash));
    }
    return ok_status();
}

Status merge_dict(Set* s, Dict* d) {
    if ((s->fill + d->used) * 5 >= s->mask * 3) TRY(table_resize(s, (s->used + d->used) * 2));
    for (int64_t i = 0; i < d->entries_len; ++i) {
        if (!d->entries[i].key) continue;
        Ref key = Ref::borrow(d->entries[i].key);
        TRY(add_entry(s, key, d->entries[i].hash));
    }
    return ok_status();
}

// Iterate `other`'s keys (a set) with their hashes; fn(key, hash).
template <typename Fn>
Status for_each_entry(Set* other, Fn&& fn) {
    for (int64_t i = 0; i <= other->mask; ++i) {
        if (!is_active(other->table[i])) continue;
        Ref key = Ref::borrow(other->table[i].key);
        TRY(fn(key.get(), other->table[i].hash));
    }
    return ok_status();
}

Result<Ref> set_copy_of(Value s) { return make_set_from(base_set_type(s.type()), s); }

Result<Ref> intersection(Value self, Value other) {
    if (self.is(other)) return set_copy_of(self);
    Handle<Set> result = make_set(base_set_type(self.type()));
    Set* so = self.as<Set>();
    if (is_any_set(other)) {
        Set* small = other.as<Set>();
        Set* big = so;
        if (small->used > big->used) std::swap(small, big);
        TRY(for_each_entry(small, [&](Value key, hash_t h) -> Status {
            if (TRY(set_contains_known_hash(big, key, h))) TRY(add_entry(result.get(), key, h));
            return ok_status();
        }));
        return std::move(result).ref();
    }
    Ref it = TRY(iter(other));
    for (;;) {
        Ref key = TRY(next(it));
        if (!key) break;
        hash_t h = TRY(key_hash(key));
        if (TRY(set_contains_known_hash(so, key, h))) {
            TRY(add_entry(result.get(), key, h));
            if (result->used >= so->used) break; // nothing more can be added
        }
    }
    return std::move(result).ref();
}

// Give `s` the contents of `other` and vice versa (intersection_update).
void swap_bodies(Set* a, Set* b) {
    std::swap(a->table, b->table);
    std::swap(a->fill, b->fill);
    std::swap(a->used, b->used);
    std::swap(a->mask, b->mask);
    std::swap(a->finger, b->finger);
}

Result<Ref> difference(Value self, Value other) {
    Set* so = self.as<Set>();
    int64_t other_size;
    if (is_any_set(other)) other_size = other.as<Set>()->used;
    else if (isinstance_exact(other, &dict_type)) other_size = other.as<Dict>()->used;
    else other_size = -1;
    // Copy-then-remove is cheaper when self is much bigger than other.
    if (other_size < 0 || (so->used >> 2) > other_size) {
        Ref result = TRY(set_copy_of(self));
        TRY(set_difference_update_with(result.as<Set>(), other));
        return result;
    }
    Handle<Set> result = make_set(base_set_type(self.type()));
    TRY(for_each_entry(so, [&](Value key, hash_t h) -> Status {
        bool present;
        if (isinstance_exact(other, &dict_type)) present = !TRY(dict_get_known_hash(other.as<Dict>(), key, h)).is_null();
        else present = TRY(set_contains_known_hash(other.as<Set>(), key, h));
        if (!present) TRY(add_entry(result.get(), key, h));
        return ok_status();
    }));
    return std::move(result).ref();
}

Result<Ref> symmetric_difference(Value self, Value other) {
    Ref result = TRY(make_set_from(base_set_type(self.type()), other));
    TRY(set_symmetric_difference_update_with(result.as<Set>(), self));
    return result;
}

Result<bool> issubset(Value self, Value other) {
    if (!is_any_set(other)) {
        Ref tmp = TRY(make_set_from(&set_type, other));
        return issubset(self, tmp);
    }
    Set* so = self.as<Set>();
    Set* big = other.as<Set>();
    if (so->used > big->used) return false;
    for (int64_t i = 0; i <= so->mask; ++i) {
        if (!is_active(so->table[i])) continue;
        Ref key = Ref::borrow(so->table[i].key);
        if (!TRY(set_contains_known_hash(big, key, so->table[i].hash))) return false;
    }
    return true;
}

Result<bool> issuperset(Value self, Value other) {
    if (is_any_set(other)) return issubset(other, self);
    Ref it = TRY(iter(other));
    for (;;) {
        Ref key = TRY(next(it));
        if (!key) return true;
        if (!TRY(contains_key(self.as<Set>(), key))) return false;
    }
}

// ---------------------------------------------------------------- lifecycle

void set_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* s = static_cast<Set*>(self);
    for (int64_t i = 0; i <= s->mask; ++i)
        if (is_active(s->table[i])) visit(s->table[i].key, ctx);
}

void set_gc_clear(Object* self) { set_clear(static_cast<Set*>(self)); }

void set_destroy(Object* self) {
    auto* s = static_cast<Set*>(self);
    gc_untrack(self);
    DictEntry* table = s->table;
    int64_t mask = s->mask;
    s->table = nullptr;
    s->mask = -1;
    s->used = s->fill = 0;
    if (table) {
        for (int64_t i = 0; i <= mask; ++i) decref(table[i].key);
        std::free(table);
    }
    free_object(self);
}

void set_dealloc(Object* self) { trashcan_dealloc(self, set_destroy); }

Set* self_set(const Value* args) { return args[0].as<Set>(); }

// ---------------------------------------------------------------- construction

Result<Ref> set_py_new(CallArgs args) {
    TypeObject* type = TRY(new_target(args, &set_type));
    if (type == &set_type) TRY(no_keywords(args, "set"));
    return std::move(make_set(type)).ref();
}

Result<Ref> set_py_init(CallArgs args) {
    TRY(no_keywords(args, "set"));
    std::string name(args[0].type()->name_view());
    TRY(check_positional(name.c_str(), args.nargs - 1, 0, 1));
    Set* s = args[0].as<Set>();
    if (s->fill) set_clear(s);
    if (args.nargs == 2) TRY(set_update(s, args[1]));
    return Ref::borrow(None());
}

Result<Ref> frozenset_py_new(CallArgs args) {
    TypeObject* type = TRY(new_target(args, &frozenset_type));
    if (args.nkw() > 0 && lookup_special(type, Special::init).is(lookup_special(&frozenset_type, Special::init)))
        return raise(TypeError_type, "frozenset() takes no keyword arguments");
    std::string name(type->name_view());
    TRY(check_positional(name.c_str(), args.nargs - 1, 0, 1));
    Value iterable = args.nargs == 2 ? args[1] : Value();
    if (type == &frozenset_type && iterable && isinstance_exact(iterable, &frozenset_type)) return Ref::borrow(iterable);
    return make_set_from(type, iterable);
}

// ---------------------------------------------------------------- protocol

Result<Ref> set_repr(const Value* args, size_t) {
    Set* s = self_set(args);
    std::string name(args[0].type()->name_view());
    if (s->used == 0) return text_to_str(name + "()");
    ReprGuard guard(args[0]);
    if (guard.active()) return text_to_str(name + "(...)");
    Ref keys = TRY(sequence_to_list(args[0]));
    std::string items = TRY(repr_text(keys));
    items = "{" + items.substr(1, items.size() - 2) + "}";
    if (isinstance_exact(args[0], &set_type)) return text_to_str(items);
    return text_to_str(name + "(" + items + ")");
}

int64_t set_size(Value self) { return self.as<Set>()->used; }
Result<Ref> set_len(const Value* args, size_t) { return make_int(self_set(args)->used); }

Result<Ref> set_contains_method(const Value* args, size_t) {
    Set* s = self_set(args);
    bool found = TRY(with_set_key_retry(args[1], [s](Value key) { return contains_key(s, key); }));
    return Ref::borrow(bool_value(found));
}

Result<Ref> set_iter(const Value* args, size_t) {
    auto* it = alloc<SetIter>(&set_iterator_type);
    it->set = Ref::borrow(args[0]);
    it->used = self_set(args)->used;
    it->pos = 0;
    it->remaining = it->used;
    return Ref::steal(Value(it));
}

// CPython's frozenset hash: order-independent xor of shuffled entry hashes.
Result<Ref> frozenset_hash(const Value* args, size_t) {
    Set* s = self_set(args);
    if (s->hash != -1) return make_int(s->hash);
    auto shuffle = [](uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; };
    uint64_t h = 0;
    for (int64_t i = 0; i <= s->mask; ++i)
        if (is_active(s->table[i])) h ^= shuffle(static_cast<uint64_t>(s->table[i].hash));
    h ^= (static_cast<uint64_t>(s->used) + 1) * 1927868237ULL;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069U + 907133923ULL;
    if (h == static_cast<uint64_t>(-1)) h = 590923713ULL;
    s->hash = static_cast<hash_t>(h);
    return make_int(s->hash);
}

Result<Ref> set_compare(const Value* args, CompareOp op) {
    Value v = args[0], w = args[1];
    if (!is_any_set(w)) return Ref::borrow(NotImplemented());
    Set* a = v.as<Set>();
    Set* b = w.as<Set>();
    bool r = false;
    switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
        if (a->used != b->used || (a->hash != -1 && b->hash != -1 && a->hash != b->hash)) r = false;
        else r = TRY(issubset(v, w));
        if (op == CompareOp::Ne) r = !r;
        break;
    case CompareOp::Le: r = TRY(issubset(v, w)); break;
    case CompareOp::Ge: r = TRY(issuperset(v, w)); break;
    case CompareOp::Lt: r = a->used < b->used && TRY(issubset(v, w)); break;
    case CompareOp::Gt: r = a->used > b->used && TRY(issuperset(v, w)); break;
    }
    return Ref::borrow(bool_value(r));
}
Result<Ref> set_lt(const Value* args, size_t) { return set_compare(args, CompareOp::Lt); }
Result<Ref> set_le(const Value* args, size_t) { return set_compare(args, CompareOp::Le); }
Result<Ref> set_eq(const Value* args, size_t) { return set_compare(args, CompareOp::Eq); }
Result<Ref> set_ne(const Value* args, size_t) { return set_compare(args, CompareOp::Ne); }
Result<Ref> set_gt(const Value* args, size_t) { return set_compare(args, CompareOp::Gt); }
Result<Ref> set_ge(const Value* args, size_t) { return set_compare(args, CompareOp::Ge); }

// Binary operators require both operands to be sets (methods take any iterable).
using SetBinaryFn = Result<Ref> (*)(Value, Value);

Result<Ref> union_op(Value a, Value b) {
    Ref result = TRY(set_copy_of(a));
    if (!a.is(b)) TRY(set_update(result.as<Set>(), b));
    return result;
}

template <SetBinaryFn fn>
Result<Ref> operator_method(const Value* args, size_t) {
    if (!is_any_set(args[0]) || !is_any_set(args[1])) return Ref::borrow(NotImplemented());
    return fn(args[0], args[1]);
}
template <SetBinaryFn fn>
Result<Ref> reflected_method(const Value* args, size_t) {
    if (!is_any_set(args[0]) || !is_any_set(args[1])) return Ref::borrow(NotImplemented());
    return fn(args[1], args[0]);
}

using SetInplaceFn = Status (*)(Set*, Value);

Status intersection_update_with(Set* s, Value other) {
    Ref tmp = TRY(intersection(Value(s), other));
    swap_bodies(s, tmp.as<Set>());
    return ok_status();
}

template <SetInplaceFn fn>
Result<Ref> inplace_method(const Value* args, size_t) {
    if (!is_any_set(args[1])) return Ref::borrow(NotImplemented());
    TRY(fn(self_set(args), args[1]));
    return Ref::borrow(args[0]);
}

// ---------------------------------------------------------------- methods

Result<Ref> set_add_method(const Value* args, size_t) {
    TRY(set_add(self_set(args), args[1]));
    return Ref::borrow(None());
}

Result<Ref> set_discard_method(const Value* args, size_t) {
    Set* s = self_set(args);
    TRY(with_set_key_retry(args[1], [s](Value key) { return set_discard(s, key); }));
    return Ref::borrow(None());
}

Result<Ref> set_remove_method(const Value* args, size_t) {
    Set* s = self_set(args);
    bool found = TRY(with_set_key_retry(args[1], [s](Value key) { return set_discard(s, key); }));
    if (!found) return raise_key_error(args[1]);
    return Ref::borrow(None());
}

Result<Ref> set_pop(const Value* args, size_t) {
    Set* s = self_set(args);
    if (s->used == 0) return raise(KeyError_type, "pop from an empty set");
    int64_t i = s->finger & s->mask;
    while (!is_active(s->table[i])) i = (i + 1) & s->mask;
    Ref key = Ref::steal(s->table[i].key);
    s->table[i].key = Value();
    s->table[i].hash = kDummyHash;
    s->used--;
    s->finger = i + 1; // the next pop resumes here
    return key;
}

Result<Ref> set_clear_method(const Value* args, size_t) {
    set_clear(self_set(args));
    return Ref::borrow(None());
}

Result<Ref> set_copy_method(const Value* args, size_t) { return set_copy_of(args[0]); }

Result<Ref> frozenset_copy(const Value* args, size_t) {
    if (isinstance_exact(args[0], &frozenset_type)) return Ref::borrow(args[0]);
    return make_set_from(&frozenset_type, args[0]);
}

Result<Ref> set_update_method(const Value* args, size_t nargs) {
    for (size_t i = 1; i < nargs; ++i) TRY(set_update(self_set(args), args[i]));
    return Ref::borrow(None());
}

Result<Ref> set_union(const Value* args, size_t nargs) {
    Ref result = TRY(set_copy_of(args[0]));
    for (size_t i = 1; i < nargs; ++i)
        if (!args[i].is(args[0])) TRY(set_update(result.as<Set>(), args[i]));
    return result;
}

Result<Ref> intersection_multi(const Value* args, size_t nargs) {
    Ref result = nargs == 1 ? TRY(set_copy_of(args[0])) : Ref::borrow(args[0]);
    for (size_t i = 1; i < nargs; ++i) result = TRY(intersection(result, args[i]));
    return result;
}

Result<Ref> set_intersection_update(const Value* args, size_t nargs) {
    Ref tmp = TRY(intersection_multi(args, nargs));
    swap_bodies(self_set(args), tmp.as<Set>());
    return Ref::borrow(None());
}

Result<Ref> set_difference_multi(const Value* args, size_t nargs) {
    if (nargs == 1) return set_copy_of(args[0]);
    Ref result = TRY(difference(args[0], args[1]));
    for (size_t i = 2; i < nargs; ++i) TRY(set_difference_update_with(result.as<Set>(), args[i]));
    return result;
}

Result<Ref> set_difference_update(const Value* args, size_t nargs) {
    for (size_t i = 1; i < nargs; ++i) TRY(set_difference_update_with(self_set(args), args[i]));
    return Ref::borrow(None());
}

Result<Ref> set_symmetric_difference(const Value* args, size_t) { return symmetric_difference(args[0], args[1]); }

Result<Ref> set_symmetric_difference_update(const Value* args, size_t) {
    TRY(set_symmetric_difference_update_with(self_set(args), args[1]));
    return Ref::borrow(None());
}

Result<Ref> set_issubset(const Value* args, size_t) { return Ref::borrow(bool_value(TRY(issubset(args[0], args[1])))); }
Result<Ref> set_issuperset(const Value* args, size_t) {
    return Ref::borrow(bool_value(TRY(issuperset(args[0], args[1]))));
}

Result<Ref> set_isdisjoint(const Value* args, size_t) {
    Set* so = self_set(args);
    Value other = args[1];
    if (args[0].is(other)) return Ref::borrow(bool_value(so->used == 0));
    if (isinstance_exact(other, &set_type) || isinstance_exact(other, &frozenset_type)) {
        Set* small = other.as<Set>();
        Set* big = so;
        if (small->used > big->used) std::swap(small, big);
        bool disjoint = true;
        TRY(for_each_entry(small, [&](Value key, hash_t h) -> Status {
            if (disjoint && TRY(set_contains_known_hash(big, key, h))) disjoint = false;
            return ok_status();
        }));
        return Ref::borrow(bool_value(disjoint));
    }
    Ref it = TRY(iter(other));
    for (;;) {
        Ref key = TRY(next(it));
        if (!key) return Ref::borrow(True());
        if (TRY(contains_key(so, key))) return Ref::borrow(False());
    }
}

// ---------------------------------------------------------------- iterator

Result<Ref> set_iter_next(Value self) {
    auto* it = self.as<SetIter>();
    if (!it->set) return Ref();
    Set* s = it->set.as<Set>();
    if (it->used != s->used) {
        it->used = -1; // stay failed
        return raise(RuntimeError_type, "Set changed size during iteration");
    }
    int64_t i = it->pos;
    while (i <= s->mask && !is_active(s->table[i])) ++i;
    it->pos = i + 1;
    if (i > s->mask) {
        it->set.reset();
        return Ref();
    }
    it->remaining--;
    return Ref::borrow(s->table[i].key);
}

Result<Ref> set_iter_length_hint(const Value* args, size_t) {
    auto* it = args[0].as<SetIter>();
    if (it->set && it->used == it->set.as<Set>()->used) return make_int(it->remaining);
    return make_int(0);
}

void set_iter_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* it = static_cast<SetIter*>(self);
    if (it->set) visit(it->set, ctx);
}
void set_iter_clear(Object* self) { static_cast<SetIter*>(self)->set.reset(); }

// ---------------------------------------------------------------- method tables

#define PYCO_COMMON_SET_METHODS                                                                           \
    {.name = "__repr__", .fn = set_repr, .min_args = 1, .max_args = 1},                                   \
    {.name = "__len__", .fn = set_len, .min_args = 1, .max_args = 1},                                     \
    {.name = "__contains__", .fn = set_contains_method, .min_args = 2, .max_args = 2},                    \
    {.name = "__iter__", .fn = set_iter, .min_args = 1, .max_args = 1},                                   \
    {.name = "__lt__", .fn = set_lt, .min_args = 2, .max_args = 2},                                       \
    {.name = "__le__", .fn = set_le, .min_args = 2, .max_args = 2},                                       \
    {.name = "__eq__", .fn = set_eq, .min_args = 2, .max_args = 2},                                       \
    {.name = "__ne__", .fn = set_ne, .min_args = 2, .max_args = 2},                                       \
    {.name = "__gt__", .fn = set_gt, .min_args = 2, .max_args = 2},                                       \
    {.name = "__ge__", .fn = set_ge, .min_args = 2, .max_args = 2},                                       \
    {.name = "__or__", .fn = operator_method<union_op>, .min_args = 2, .max_args = 2},                    \
    {.name = "__ror__", .fn = reflected_method<union_op>, .min_args = 2, .max_args = 2},                  \
    {.name = "__and__", .fn = operator_method<intersection>, .min_args = 2, .max_args = 2},               \
    {.name = "__rand__", .fn = reflected_method<intersection>, .min_args = 2, .max_args = 2},             \
    {.name = "__sub__", .fn = operator_method<difference>, .min_args = 2, .max_args = 2},                 \
    {.name = "__rsub__", .fn = reflected_method<difference>, .min_args = 2, .max_args = 2},               \
    {.name = "__xor__", .fn = operator_method<symmetric_difference>, .min_args = 2, .max_args = 2},       \
    {.name = "__rxor__", .fn = reflected_method<symmetric_difference>, .min_args = 2, .max_args = 2},     \
    {.name = "union", .fn = set_union, .min_args = 1},                                                    \
    {.name = "intersection", .fn = intersection_multi, .min_args = 1},                                    \
    {.name = "difference", .fn = set_difference_multi, .min_args = 1},                                    \
    {.name = "symmetric_difference", .fn = set_symmetric_difference, .min_args = 2, .max_args = 2},       \
    {.name = "issubset", .fn = set_issubset, .min_args = 2, .max_args = 2},                               \
    {.name = "issuperset", .fn = set_issuperset, .min_args = 2, .max_args = 2},                           \
    {.name = "isdisjoint", .fn = set_isdisjoint, .min_args = 2, .max_args = 2},                           \
    {.name = "__class_getitem__", .fn = class_getitem_method, .min_args = 2, .max_args = 2, .kind = MethodKind::Class}

const MethodDef set_methods[] = {
    PYCO_COMMON_SET_METHODS,
    {.name = "__new__", .kwfn = set_py_new, .kind = MethodKind::Static},
    {.name = "__init__", .kwfn = set_py_init},
    {.name = "__ior__", .fn = inplace_method<set_update>, .min_args = 2, .max_args = 2},
    {.name = "__iand__", .fn = inplace_method<intersection_update_with>, .min_args = 2, .max_args = 2},
    {.name = "__isub__", .fn = inplace_method<set_difference_update_with>, .min_args = 2, .max_args = 2},
    {.name = "__ixor__", .fn = inplace_method<set_symmetric_difference_update_with>, .min_args = 2, .max_args = 2},
    {.name = "add", .fn = set_add_method, .min_args = 2, .max_args = 2},
    {.name = "discard", .fn = set_discard_method, .min_args = 2, .max_args = 2},
    {.name = "remove", .fn = set_remove_method, .min_args = 2, .max_args = 2},
    {.name = "pop", .fn = set_pop, .min_args = 1, .max_args = 1},
    {.name = "clear", .fn = set_clear_method, .min_args = 1, .max_args = 1},
    {.name = "copy", .fn = set_copy_method, .min_args = 1, .max_args = 1},
    {.name = "update", .fn = set_update_method, .min_args = 1},
    {.name = "intersection_update", .fn = set_intersection_update, .min_args = 1},
    {.name = "difference_update", .fn = set_difference_update, .min_args = 1},
    {.name = "symmetric_difference_update", .fn = set_symmetric_difference_update, .min_args = 2, .max_args = 2},
    {nullptr},
};

const MethodDef frozenset_methods[] = {
    PYCO_COMMON_SET_METHODS,
    {.name = "__new__", .kwfn = frozenset_py_new, .kind = MethodKind::Static},
    {.name = "__hash__", .fn = frozenset_hash, .min_args = 1, .max_args = 1},
    {.name = "copy", .fn = frozenset_copy, .min_args = 1, .max_args = 1},
    {nullptr},
};

#undef PYCO_COMMON_SET_METHODS

const MethodDef set_iterator_methods[] = {
    {.name = "__iter__", .fn = iter_self_method, .min_args = 1, .max_args = 1},
    {.name = "__next__", .fn = iternext_method, .min_args = 1, .max_args = 1},
    {.name = "__length_hint__", .fn = set_iter_length_hint, .min_args = 1, .max_args = 1},
    {nullptr},
};

} // namespace

// ---------------------------------------------------------------- C++ API

Handle<Set> set_new(TypeObject* type) { return make_set(type); }

bool is_any_set(Value v) { return isinstance(v, &set_type) || isinstance(v, &frozenset_type); }

Status set_add(Set* s, Value key) {
    hash_t h = TRY(key_hash(key));
    return add_entry(s, key, h);
}

Status set_add_known_hash(Set* s, Value key, hash_t hash) { return add_entry(s, key, hash); }

Result<bool> set_contains(Set* s, Value key) { return contains_key(s, key); }

Result<bool> set_contains_known_hash(Set* s, Value key, hash_t hash) {
    DictEntry* entry = TRY(lookkey(s, key, hash));
    return is_active(*entry);
}

bool set_next(Set* s, int64_t* pos, Value* key) {
    while (*pos <= s->mask) {
        const DictEntry& e = s->table[(*pos)++];
        if (is_active(e)) {
            *key = e.key;
            return true;
        }
    }
    return false;
}

Status set_update(Set* s, Value iterable) {
    if (is_any_set(iterable)) return merge_set(s, iterable.as<Set>());
    if (isinstance_exact(iterable, &dict_type)) return merge_dict(s, iterable.as<Dict>());
    return for_each(iterable, [s](Value key) { return set_add(s, key); });
}

Result<bool> set_discard(Set* s, Value key) {
    hash_t h = TRY(key_hash(key));
    return discard_entry(s, key, h);
}

void set_clear(Set* s) {
    DictEntry* table = s->table;
    int64_t mask = s->mask;
    install_small_table(s);
    // The set is already empty when the released keys' finalizers run.
    for (int64_t i = 0; i <= mask; ++i) decref(table[i].key);
    std::free(table);
}

Status set_difference_update_with(Set* s, Value other) {
    if (Value(s).is(other)) {
        set_clear(s);
        return ok_status();
    }
    if (is_any_set(other)) {
        Ref source = Ref::borrow(other);
        // Against a much larger set, only the common keys matter.
        if ((other.as<Set>()->used >> 3) > s->used) source = TRY(intersection(Value(s), other));
        TRY(for_each_entry(source.as<Set>(), [s](Value key, hash_t h) -> Status {
            TRY(discard_entry(s, key, h));
            return ok_status();
        }));
    } else {
        TRY(for_each(other, [s](Value key) -> Status {
            TRY(set_discard(s, key));
            return ok_status();
        }));
    }
    // If more than a quarter of the slots are dummies, resize them away.
    if (s->fill - s->used <= s->mask / 4) return ok_status();
    return table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

Status set_symmetric_difference_update_with(Set* s, Value other) {
    if (Value(s).is(other)) {
        set_clear(s);
        return ok_status();
    }
    auto toggle = [s](Value key, hash_t h) -> Status {
        if (!TRY(discard_entry(s, key, h))) TRY(add_entry(s, key, h));
        return ok_status();
    };
    if (isinstance_exact(other, &dict_type)) {
        Dict* d = other.as<Dict>();
        for (int64_t i = 0; i < d->entries_len; ++i) {
            if (!d->entries[i].key) continue;
            Ref key = Ref::borrow(d->entries[i].key);
            TRY(toggle(key, d->entries[i].hash));
        }
        return ok_status();
    }
    Ref other_set = is_any_set(other) ? Ref::borrow(other) : TRY(make_set_from(base_set_type(Value(s).type()), other));
    return for_each_entry(other_set.as<Set>(), toggle);
}

void init_set_types() {
    init_native_type(&set_type, {.name = "set",
                                 .basicsize = sizeof(Set),
                                 .flags = kTypeBaseType | kTypeGC,
                                 .dealloc = set_dealloc,
                                 .traverse = set_traverse,
                                 .clear = set_gc_clear,
                                 .len = set_size,
                                 .methods = set_methods,
                                 .doc = "Build an unordered collection of unique elements.",
                                 .weakref_slot = true});
    set_unhashable(&set_type);
    init_native_type(&frozenset_type, {.name = "frozenset",
                                       .basicsize = sizeof(Set),
                                       .flags = kTypeBaseType | kTypeGC,
                                       .dealloc = set_dealloc,
                                       .traverse = set_traverse,
                                       .clear = set_gc_clear,
                                       .len = set_size,
                                       .methods = frozenset_methods,
                                       .doc = "Build an immutable unordered collection of unique elements.",
                                       .weakref_slot = true});
    init_native_type(&set_iterator_type, {.name = "set_iterator",
                                          .basicsize = sizeof(SetIter),
                                          .flags = kTypeGC | kTypeAbstractNew,
                                          .dealloc = generic_dealloc,
                                          .traverse = set_iter_traverse,
                                          .clear = set_iter_clear,
                                          .iternext = set_iter_next,
                                          .methods = set_iterator_methods});
}

} // namespace pyco
