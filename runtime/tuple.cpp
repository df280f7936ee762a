// tuple and tuple_iterator.
//
// A tuple is one allocation: header, size, then the item pointers. The empty
// tuple is a singleton (as in CPython, `() is tuple()`). Tuples are traced by
// the collector but have no clear(): a cycle through a tuple always passes
// through a mutable container whose clear() breaks it, and clearing a tuple
// would leave null items behind for code that still holds it.
#include <climits>

#include "runtime/container_util.h"
#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "vm/interpreter.h"

namespace pyco {

TypeObject tuple_type, tuple_iterator_type;

namespace {

Tuple* the_empty_tuple = nullptr;

// Created on first use: type creation needs () before init_tuple_type runs.
// It holds no references, so the collector need not see it.
Tuple* make_empty_tuple() {
    auto* t = static_cast<Tuple*>(alloc_var_object(&tuple_type, 0, sizeof(Value)));
    t->size = 0;
    gc_untrack(t);
    return t;
}

Value tuple_at(Value t, int64_t i) {
    auto* tuple = t.as<Tuple>();
    return i < tuple->size ? tuple->items[i] : Value();
}
int64_t tuple_size(Value t) { return t.as<Tuple>()->size; }
const SequenceAccess kTupleAccess{tuple_at, tuple_size};

// A tuple of `type` with `n` null items; MemoryError when n is absurd.
Result<Handle<Tuple>> tuple_alloc(TypeObject* type, int64_t n) {
    if (n == 0 && type == &tuple_type) return Handle<Tuple>::borrow(empty_tuple());
    if (n > kMaxSequenceSize) return raise_no_memory();
    Object* obj = alloc_var_object(type, static_cast<size_t>(n), sizeof(Value));
    if (!obj) return kError;
    auto* t = static_cast<Tuple*>(obj);
    t->size = n;
    return Handle<Tuple>::steal(t);
}

// A new tuple of `type` holding items[0..n) (increfed).
Result<Ref> tuple_of_type(TypeObject* type, const Value* items, int64_t n) {
    Handle<Tuple> t = TRY(tuple_alloc(type, n));
    for (int64_t i = 0; i < n; ++i) tuple_init_item(t.get(), static_cast<size_t>(i), Ref::borrow(items[i]));
    return std::move(t).ref();
}

void tuple_destroy(Object* self) {
    auto* t = static_cast<Tuple*>(self);
    gc_untrack(self);
    for (int64_t i = 0; i < t->size; ++i) decref(t->items[i]);
    free_object(self);
}

void tuple_dealloc(Object* self) { trashcan_dealloc(self, tuple_destroy); }

void tuple_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* t = static_cast<Tuple*>(self);
    for (int64_t i = 0; i < t->size; ++i)
        if (t->items[i]) visit(t->items[i], ctx);
}

Tuple* self_tuple(const Value* args) { return args[0].as<Tuple>(); }

// ---------------------------------------------------------------- construction

Result<Ref> tuple_py_new(CallArgs args) {
    TypeObject* type = TRY(new_target(args, &tuple_type));
    // Keyword arguments are an error unless a subclass __init__ wants them.
    if (args.nkw() > 0 && lookup_special(type, Special::init).is(lookup_special(&tuple_type, Special::init)))
        return raise(TypeError_type, "tuple() takes no keyword arguments");
    TRY(check_positional("tuple", args.nargs - 1, 0, 1));
    if (args.nargs == 1) return std::move(TRY(tuple_alloc(type, 0))).ref();
    Value iterable = args[1];
    if (type == &tuple_type && isinstance_exact(iterable, &tuple_type)) return Ref::borrow(iterable);
    Ref items = TRY(sequence_to_tuple(iterable));
    if (type == &tuple_type) return items;
    return tuple_of_type(type, items.as<Tuple>()->items, items.as<Tuple>()->size);
}

// ---------------------------------------------------------------- protocol

Result<Ref> tuple_repr(const Value* args, size_t) {
    Tuple* t = self_tuple(args);
    if (t->size == 0) return text_to_str("()");
    ReprGuard guard(args[0]);
    if (guard.active()) return text_to_str("(...)");
    std::string out = "(";
    TRY(append_item_reprs(out, args[0], kTupleAccess));
    out += t->size == 1 ? ",)" : ")";
    return text_to_str(out);
}

// CPython 3.11's tuple hash (a variant of xxHash), so that hashes agree
// with CPython whenever the element hashes do.
Result<Ref> tuple_hash(const Value* args, size_t) {
    constexpr uint64_t kPrime1 = 11400714785074694791ULL;
    constexpr uint64_t kPrime2 = 14029467366897019727ULL;
    constexpr uint64_t kPrime5 = 2870177450012600261ULL;
    Tuple* t = self_tuple(args);
    RecursionGuard guard; // ((((…),),),) nests the hash calls
    TRY(guard.enter(" while hashing a tuple"));
    uint64_t acc = kPrime5;
    for (int64_t i = 0; i < t->size; ++i) {
        uint64_t lane = static_cast<uint64_t>(TRY(hash(t->items[i])));
        acc += lane * kPrime2;
        acc = (acc << 31) | (acc >> 33);
        acc *= kPrime1;
    }
    acc += static_cast<uint64_t>(t->size) ^ (kPrime5 ^ 3527539UL);
    if (acc == static_cast<uint64_t>(-1)) return make_int(1546275796);
    return make_int(static_cast<int64_t>(acc));
}

Result<Ref> tuple_compare(const Value* args, CompareOp op) {
    if (!is_tuple(args[1])) return Ref::borrow(NotImplemented());
    return sequence_richcompare(args[0], args[1], op, kTupleAccess);
}
Result<Ref> tuple_lt(const Value* args, size_t) { return tuple_compare(args, CompareOp::Lt); }
Result<Ref> tuple_le(const Value* args, size_t) { return tuple_compare(args, CompareOp::Le); }
Result<Ref> tuple_eq(const Value* args, size_t) { return tuple_compare(args, CompareOp::Eq); }
Result<Ref> tuple_ne(const Value* args, size_t) { return tuple_compare(args, CompareOp::Ne); }
Result<Ref> tuple_gt(const Value* args, size_t) { return tuple_compare(args, CompareOp::Gt); }
Result<Ref> tuple_ge(const Value* args, size_t) { return tuple_compare(args, CompareOp::Ge); }

Result<Ref> tuple_len(const Value* args, size_t) { return make_int(self_tuple(args)->size); }

Result<Ref> tuple_getitem(const Value* args, size_t) {
    Tuple* t = self_tuple(args);
    Value key = args[1];
    if (isinstance_exact(key, &slice_type)) {
        int64_t start, stop, step, n;
        TRY(slice_indices(key.as<Slice>(), t->size, &start, &stop, &step, &n));
        if (step == 1 && n == t->size && isinstance_exact(args[0], &tuple_type)) return Ref::borrow(args[0]);
        Handle<Tuple> result = TRY(tuple_alloc(&tuple_type, n));
        for (int64_t i = 0, cur = start; i < n; ++i, cur += step)
            tuple_init_item(result.get(), static_cast<size_t>(i), Ref::borrow(t->items[cur]));
        return std::move(result).ref();
    }
    int64_t i = TRY(subscript_index(key, "tuple"));
    if (!wrap_index(&i, t->size)) return raise(IndexError_type, "tuple index out of range");
    return Ref::borrow(t->items[i]);
}

Result<Ref> tuple_contains(const Value* args, size_t) {
    int64_t found = TRY(sequence_find(args[0], args[1], 0, INT64_MAX, kTupleAccess));
    return Ref::borrow(bool_value(found >= 0));
}

Result<Ref> tuple_iter(const Value* args, size_t) {
    auto* it = alloc<SeqIter>(&tuple_iterator_type);
    it->seq = Ref::borrow(args[0]);
    it->index = 0;
    return Ref::steal(Value(it));
}

Result<Ref> tuple_add(const Value* args, size_t) {
    Tuple* a = self_tuple(args);
    Value other = args[1];
    if (!is_tuple(other)) {
        return reject_operand(other, Special::radd,
                              "can only concatenate tuple (not \"" + std::string(type_name(other)) + "\") to tuple");
    }
    Tuple* b = other.as<Tuple>();
    if (b->size == 0 && isinstance_exact(args[0], &tuple_type)) return Ref::borrow(args[0]);
    if (a->size == 0 && isinstance_exact(other, &tuple_type)) return Ref::borrow(other);
    int64_t n = TRY(checked_concat_size(a->size, b->size));
    Handle<Tuple> result = TRY(tuple_alloc(&tuple_type, n));
    for (int64_t i = 0; i < a->size; ++i) tuple_init_item(result.get(), static_cast<size_t>(i), Ref::borrow(a->items[i]));
    for (int64_t i = 0; i < b->size; ++i)
        tuple_init_item(result.get(), static_cast<size_t>(a->size + i), Ref::borrow(b->items[i]));
    return std::move(result).ref();
}

Result<Ref> tuple_repeat(Value self, Value count_value, Special reflected) {
    Tuple* t = self.as<Tuple>();
    int64_t count;
    if (!TRY(repeat_count(count_value, &count))) {
        return reject_operand(count_value, reflected,
                              "can't multiply sequence by non-int of type '" + std::string(type_name(count_value)) + "'");
    }
    if (count == 1 && isinstance_exact(self, &tuple_type)) return Ref::borrow(self);
    int64_t n = TRY(checked_repeat_size(t->size, count));
    Handle<Tuple> result = TRY(tuple_alloc(&tuple_type, n));
    for (int64_t i = 0; i < n; ++i)
        tuple_init_item(result.get(), static_cast<size_t>(i), Ref::borrow(t->items[i % t->size]));
    return std::move(result).ref();
}
Result<Ref> tuple_mul(const Value* args, size_t) { return tuple_repeat(args[0], args[1], Special::rmul); }
Result<Ref> tuple_rmul(const Value* args, size_t) { return tuple_repeat(args[0], args[1], Special::mul); }

// ---------------------------------------------------------------- methods

Result<Ref> tuple_count(const Value* args, size_t) {
    return make_int(TRY(sequence_count(args[0], args[1], kTupleAccess)));
}

Result<Ref> tuple_index(const Value* args, size_t nargs) {
    int64_t start, stop;
    TRY(search_bounds(args, nargs, 2, self_tuple(args)->size, &start, &stop));
    int64_t found = TRY(sequence_find(args[0], args[1], start, stop, kTupleAccess));
    if (found < 0) return raise(ValueError_type, "tuple.index(x): x not in tuple");
    return make_int(found);
}

Result<Ref> tuple_getnewargs(const Value* args, size_t) {
    Tuple* t = self_tuple(args);
    Ref copy = TRY(tuple_of_type(&tuple_type, t->items, t->size));
    return std::move(tuple_pack({copy})).ref();
}

// ---------------------------------------------------------------- iterator

Result<Ref> tuple_iter_next(Value self) {
    auto* it = self.as<SeqIter>();
    if (!it->seq) return Ref();
    Tuple* t = it->seq.as<Tuple>();
    if (it->index < t->size) return Ref::borrow(t->items[it->index++]);
    it->seq.reset();
    return Ref();
}

Result<Ref> tuple_iter_length_hint(const Value* args, size_t) {
    auto* it = args[0].as<SeqIter>();
    if (!it->seq) return make_int(0);
    return make_int(it->seq.as<Tuple>()->size - it->index);
}

const MethodDef tuple_methods[] = {
    {.name = "__new__", .kwfn = tuple_py_new, .kind = MethodKind::Static},
    {.name = "__repr__", .fn = tuple_repr, .min_args = 1, .max_args = 1},
    {.name = "__hash__", .fn = tuple_hash, .min_args = 1, .max_args = 1},
    {.name = "__lt__", .fn = tuple_lt, .min_args = 2, .max_args = 2},
    {.name = "__le__", .fn = tuple_le, .min_args = 2, .max_args = 2},
    {.name = "__eq__", .fn = tuple_eq, .min_args = 2, .max_args = 2},
    {.name = "__ne__", .fn = tuple_ne, .min_args = 2, .max_args = 2},
    {.name = "__gt__", .fn = tuple_gt, .min_args = 2, .max_args = 2},
    {.name = "__ge__", .fn = tuple_ge, .min_args = 2, .max_args = 2},
    {.name = "__len__", .fn = tuple_len, .min_args = 1, .max_args = 1},
    {.name = "__getitem__", .fn = tuple_getitem, .min_args = 2, .max_args = 2},
    {.name = "__contains__", .fn = tuple_contains, .min_args = 2, .max_args = 2},
    {.name = "__iter__", .fn = tuple_iter, .min_args = 1, .max_args = 1},
    {.name = "__add__", .fn = tuple_add, .min_args = 2, .max_args = 2},
    {.name = "__mul__", .fn = tuple_mul, .min_args = 2, .max_args = 2},
    {.name = "__rmul__", .fn = tuple_rmul, .min_args = 2, .max_args = 2},
    {.name = "count", .fn = tuple_count, .min_args = 2, .max_args = 2},
    {.name = "index", .fn = tuple_index, .min_args = 2, .max_args = 4},
    {.name = "__getnewargs__", .fn = tuple_getnewargs, .min_args = 1, .max_args = 1},
    {.name = "__class_getitem__", .fn = class_getitem_method, .min_args = 2, .max_args = 2, .kind = MethodKind::Class},
    {nullptr},
};

const MethodDef tuple_iterator_methods[] = {
    {.name = "__iter__", .fn = iter_self_method, .min_args = 1, .max_args = 1},
    {.name = "__next__", .fn = iternext_method, .min_args = 1, .max_args = 1},
    {.name = "__length_hint__", .fn = tuple_iter_length_hint, .min_args = 1, .max_args = 1},
    {nullptr},
};

} // namespace

// ---------------------------------------------------------------- C++ API

Handle<Tuple> tuple_new(size_t n) {
    // Sizes here come from existing objects; a failure leaves MemoryError set
    // and returns an empty handle.
    Result<Handle<Tuple>> t = tuple_alloc(&tuple_type, static_cast<int64_t>(n));
    if (t.failed()) return Handle<Tuple>();
    return t.take();
}

Handle<Tuple> tuple_pack(std::initializer_list<Value> items) {
    Handle<Tuple> t = tuple_new(items.size());
    size_t i = 0;
    for (Value v : items) tuple_init_item(t.get(), i++, Ref::borrow(v));
    return t;
}

Handle<Tuple> tuple_from_array(const Value* items, size_t n) {
    Handle<Tuple> t = tuple_new(n);
    for (size_t i = 0; i < n; ++i) tuple_init_item(t.get(), i, Ref::borrow(items[i]));
    return t;
}

Tuple* empty_tuple() {
    if (!the_empty_tuple) the_empty_tuple = make_empty_tuple();
    return the_empty_tuple;
}

bool is_tuple(Value v) { return isinstance(v, &tuple_type); }

void init_tuple_type() {
    init_native_type(&tuple_type, {.name = "tuple",
                                   .basicsize = offsetof(Tuple, items),
                                   .itemsize = sizeof(Value),
                                   .flags = kTypeBaseType | kTypeGC,
                                   .dealloc = tuple_dealloc,
                                   .traverse = tuple_traverse,
                                   .methods = tuple_methods,
                                   .doc = "Built-in immutable sequence."});
    init_native_type(&tuple_iterator_type, {.name = "tuple_iterator",
                                            .basicsize = sizeof(SeqIter),
                                            .flags = kTypeGC | kTypeAbstractNew,
                                            .dealloc = generic_dealloc,
                                            .traverse = seq_iter_traverse,
                                            .clear = seq_iter_clear,
                                            .iternext = tuple_iter_next,
                                            .methods = tuple_iterator_methods});
}

} // namespace pyco
