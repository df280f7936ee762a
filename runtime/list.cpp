// list, list_iterator and list_reverseiterator (sorting is in list_sort.cpp).
//
// Every operation that calls back into Python (comparisons, repr, iteration
// of an argument) re-reads the list's size and items afterwards: the callee
// may have mutated the list. References removed from the list are released
// only once the list is consistent again, because releasing one can run a
// finalizer that looks at the list.
#include <cstdlib>
#include <cstring>
#include <vector>

#include "runtime/container_util.h"
#include "runtime/gc.h"
#include "runtime/runtime.h"

namespace pyco {

TypeObject list_type, list_iterator_type, list_reverseiterator_type;

namespace {

Value list_at(Value l, int64_t i) {
    auto* list = l.as<List>();
    return i < list->size ? list->items[i] : Value();
}
int64_t list_size(Value l) { return l.as<List>()->size; }
const SequenceAccess kListAccess{list_at, list_size};

List* self_list(const Value* args) { return args[0].as<List>(); }

// Release references in reverse order (as CPython), after the list no
// longer holds them.
void release_all(const std::vector<Value>& garbage) {
    for (size_t i = garbage.size(); i-- > 0;) decref(garbage[i]);
}

// ---------------------------------------------------------------- storage

// Set the size to `newsize`, growing the item array with CPython's
// over-allocation (~1/8 + 6, a multiple of 4) so appends are amortised O(1).
// New slots are uninitialised: the caller fills them before running Python code.
Status list_resize(List* list, int64_t newsize) {
    int64_t allocated = list->capacity;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        list->size = newsize;
        return ok_status();
    }
    if (newsize > kMaxSequenceSize) return raise_no_memory();
    int64_t new_allocated = (newsize + (newsize >> 3) + 6) & ~int64_t(3);
    // Do not over-allocate if the new size is closer to that than to the old size.
    if (newsize - list->size > new_allocated - newsize) new_allocated = (newsize + 3) & ~int64_t(3);
    if (new_allocated > kMaxSequenceSize) new_allocated = newsize;
    if (newsize == 0) {
        std::free(list->items);
        list->items = nullptr;
        list->capacity = 0;
        list->size = 0;
        return ok_status();
    }
    list->items = TRY(realloc_value_array(list->items, new_allocated));
    list->capacity = new_allocated;
    list->size = newsize;
    return ok_status();
}

// Shrinking never fails: if the smaller block cannot be had, keep the old one.
void list_shrink(List* list, int64_t newsize) {
    if (list_resize(list, newsize).failed()) {
        error_clear();
        list->size = newsize;
    }
}

// Empty the list, then release what it held.
void list_clear_items(List* list) {
    Value* items = list->items;
    int64_t n = list->size;
    list->items = nullptr;
    list->size = 0;
    list->capacity = 0;
    for (int64_t i = n; i-- > 0;) decref(items[i]);
    std::free(items);
}

void list_gc_clear(Object* self) { list_clear_items(static_cast<List*>(self)); }

void list_dealloc(Object* self) { trashcan_dealloc(self, generic_dealloc); }

void list_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* list = static_cast<List*>(self);
    for (int64_t i = 0; i < list->size; ++i)
        if (list->items[i]) visit(list->items[i], ctx);
}

// A new exact list owning `items` (n filled references). Results are built
// in a plain array first and wrapped last because allocating the list object
// can run the collector, whose finalizers could mutate the source list.
Ref list_adopt(Value* items, int64_t n) {
    if (n == 0) {
        std::free(items);
        items = nullptr;
    }
    auto* list = alloc<List>(&list_type);
    list->items = items;
    list->size = list->capacity = n;
    return Ref::steal(Value(list));
}

// A new exact list of src[start], src[start+step], ... (n items).
Result<Ref> list_gather(List* src, int64_t start, int64_t step, int64_t n) {
    Value* items = TRY(alloc_value_array(n));
    for (int64_t i = 0, cur = start; i < n; ++i, cur += step) {
        items[i] = src->items[cur];
        incref(items[i]);
    }
    return list_adopt(items, n);
}

Result<Ref> list_copy_of(List* src) { return list_gather(src, 0, 1, src->size); }

// a[ilow:ihigh] = v (v null: delete), CPython's list_ass_slice.
Status list_ass_slice(List* a, int64_t ilow, int64_t ihigh, Value v) {
    Ref seq;
    Value* vitems = nullptr;
    int64_t n = 0;
    if (v) {
        // a[i:j] = a must copy a first: the assignment moves a's own items.
        if (v.is(Value(a))) seq = TRY(list_copy_of(a));
        else seq = TRY(sequence_fast(v, "can only assign an iterable"));
        vitems = fast_items(seq, &n);
    }
    // Clip after converting v: its iteration may have resized the list.
    if (ilow < 0) ilow = 0;
    else if (ilow > a->size) ilow = a->size;
    if (ihigh < ilow) ihigh = ilow;
    else if (ihigh > a->size) ihigh = a->size;
    int64_t norig = ihigh - ilow;
    int64_t d = n - norig;
    if (a->size + d == 0) {
        list_clear_items(a);
        return ok_status();
    }
    std::vector<Value> recycle(a->items + ilow, a->items + ihigh);
    int64_t old_size = a->size;
    if (d < 0) {
        std::memmove(&a->items[ihigh + d], &a->items[ihigh], static_cast<size_t>(old_size - ihigh) * sizeof(Value));
        list_shrink(a, old_size + d);
    } else if (d > 0) {
        int64_t new_size = TRY(checked_concat_size(old_size, d));
        TRY(list_resize(a, new_size));
        std::memmove(&a->items[ihigh + d], &a->items[ihigh], static_cast<size_t>(old_size - ihigh) * sizeof(Value));
    }
    for (int64_t k = 0; k < n; ++k) {
        incref(vitems[k]);
        a->items[ilow + k] = vitems[k];
    }
    release_all(recycle);
    return ok_status();
}

// a[start:stop:step] = v for step != 1 (sizes must match); the bounds
// are unpacked but not yet adjusted to the length.
Status list_ass_extended(List* a, int64_t start, int64_t stop, int64_t step, Value v) {
    Ref seq;
    if (v.is(Value(a))) seq = TRY(list_copy_of(a)); // a[::-1] = a
    else seq = TRY(sequence_fast(v, "must assign iterable to extended slice"));
    int64_t n;
    Value* vitems = fast_items(seq, &n);
    int64_t slicelength = slice_adjust(a->size, &start, &stop, step);
    if (n != slicelength) {
        return raise_format(ValueError_type, "attempt to assign sequence of size %lld to extended slice of size %lld",
                            static_cast<long long>(n), static_cast<long long>(slicelength));
    }
    std::vector<Value> garbage;
    garbage.reserve(static_cast<size_t>(slicelength));
    for (int64_t i = 0, cur = start; i < slicelength; ++i, cur += step) {
        garbage.push_back(a->items[cur]);
        incref(vitems[i]);
        a->items[cur] = vitems[i];
    }
    release_all(garbage);
    return ok_status();
}

// del a[start:stop:step] for step != 1 (bounds unpacked, not adjusted).
void list_del_extended(List* a, int64_t start, int64_t stop, int64_t step) {
    int64_t slicelength = slice_adjust(a->size, &start, &stop, step);
    if (slicelength <= 0) return;
    if (step < 0) { // walk the same items upwards
        start = start + step * (slicelength - 1);
        step = -step;
    }
    std::vector<Value> garbage;
    garbage.reserve(static_cast<size_t>(slicelength));
    int64_t write = start;
    for (int64_t read = start; read < a->size; ++read) {
        bool in_slice = (read - start) % step == 0 && static_cast<int64_t>(garbage.size()) < slicelength;
        if (in_slice) garbage.push_back(a->items[read]);
        else a->items[write++] = a->items[read];
    }
    list_shrink(a, write);
    release_all(garbage);
}

// ---------------------------------------------------------------- construction

Result<Ref> list_py_new(CallArgs args) {
    TypeObject* type = TRY(new_target(args, &list_type));
    auto* list = alloc<List>(type);
    return Ref::steal(Value(list));
}

Result<Ref> list_py_init(CallArgs args) {
    if (args.nkw() > 0 && (isinstance_exact(args[0], &list_type) ||
                           lookup_special(args[0].type(), Special::new_).is(lookup_special(&list_type, Special::new_))))
        return raise(TypeError_type, "list() takes no keyword arguments");
    TRY(check_positional("list", args.nargs - 1, 0, 1));
    List* list = args[0].as<List>();
    if (list->size > 0) list_clear_items(list);
    if (args.nargs == 2) TRY(list_extend(list, args[1]));
    return Ref::borrow(None());
}

// ---------------------------------------------------------------- protocol

Result<Ref> list_repr(const Value* args, size_t) {
    if (self_list(args)->size == 0) return text_to_str("[]");
    ReprGuard guard(args[0]);
    if (guard.active()) return text_to_str("[...]");
    std::string out = "[";
    TRY(append_item_reprs(out, args[0], kListAccess));
    out += "]";
    return text_to_str(out);
}

Result<Ref> list_compare(const Value* args, CompareOp op) {
    if (!is_list(args[1])) return Ref::borrow(NotImplemented());
    return sequence_richcompare(args[0], args[1], op, kListAccess);
}
Result<Ref> list_lt(const Value* args, size_t) { return list_compare(args, CompareOp::Lt); }
Result<Ref> list_le(const Value* args, size_t) { return list_compare(args, CompareOp::Le); }
Result<Ref> list_eq(const Value* args, size_t) { return list_compare(args, CompareOp::Eq); }
Result<Ref> list_ne(const Value* args, size_t) { return list_compare(args, CompareOp::Ne); }
Result<Ref> list_gt(const Value* args, size_t) { return list_compare(args, CompareOp::Gt); }
Result<Ref> list_ge(const Value* args, size_t) { return list_compare(args, CompareOp::Ge); }

Result<Ref> list_len(const Value* args, size_t) { return make_int(self_list(args)->size); }

Result<Ref> list_getitem(const Value* args, size_t) {
    List* list = self_list(args);
    Value key = args[1];
    if (isinstance_exact(key, &slice_type)) {
        int64_t start, stop, step, n;
        TRY(slice_indices(key.as<Slice>(), list->size, &start, &stop, &step, &n));
        return list_gather(list, start, step, n);
    }
    int64_t i = TRY(subscript_index(key, "list"));
    if (!wrap_index(&i, list->size)) return raise(IndexError_type, "list index out of range");
    return Ref::borrow(list->items[i]);
}

Result<Ref> list_setitem(const Value* args, size_t) {
    List* list = self_list(args);
    Value key = args[1], value = args[2];
    if (isinstance_exact(key, &slice_type)) {
        int64_t start, stop, step;
        TRY(slice_unpack(key.as<Slice>(), &start, &stop, &step));
        if (step == 1) {
            // a[5:2] = x inserts at 5, not before 2 (list_ass_slice clips).
            slice_adjust(list->size, &start, &stop, step);
            TRY(list_ass_slice(list, start, stop, value));
        } else {
            TRY(list_ass_extended(list, start, stop, step, value));
        }
        return Ref::borrow(None());
    }
    int64_t i = TRY(subscript_index(key, "list"));
    if (!wrap_index(&i, list->size)) return raise(IndexError_type, "list assignment index out of range");
    Value old = list->items[i];
    incref(value);
    list->items[i] = value;
    decref(old);
    return Ref::borrow(None());
}

Result<Ref> list_delitem(const Value* args, size_t) {
    List* list = self_list(args);
    Value key = args[1];
    if (isinstance_exact(key, &slice_type)) {
        int64_t start, stop, step;
        TRY(slice_unpack(key.as<Slice>(), &start, &stop, &step));
        if (step == 1) {
            slice_adjust(list->size, &start, &stop, step);
            TRY(list_ass_slice(list, start, stop, Value()));
        } else {
            list_del_extended(list, start, stop, step);
        }
        return Ref::borrow(None());
    }
    int64_t i = TRY(subscript_index(key, "list"));
    if (!wrap_index(&i, list->size)) return raise(IndexError_type, "list assignment index out of range");
    TRY(list_ass_slice(list, i, i + 1, Value()));
    return Ref::borrow(None());
}

Result<Ref> list_contains(const Value* args, size_t) {
    int64_t found = TRY(sequence_find(args[0], args[1], 0, INT64_MAX, kListAccess));
    return Ref::borrow(bool_value(found >= 0));
}

Ref make_list_iterator(Value list, TypeObject* type, int64_t index) {
    auto* it = alloc<SeqIter>(type);
    it->seq = Ref::borrow(list);
    it->index = index;
    return Ref::steal(Value(it));
}

Result<Ref> list_iter(const Value* args, size_t) { return make_list_iterator(args[0], &list_iterator_type, 0); }

Result<Ref> list_reversed(const Value* args, size_t) {
    return make_list_iterator(args[0], &list_reverseiterator_type, self_list(args)->size - 1);
}

Result<Ref> list_add(const Value* args, size_t) {
    List* a = self_list(args);
    Value other = args[1];
    if (!is_list(other)) {
        return reject_operand(other, Special::radd,
                              "can only concatenate list (not \"" + std::string(type_name(other)) + "\") to list");
    }
    List* b = other.as<List>();
    int64_t n = TRY(checked_concat_size(a->size, b->size));
    Value* items = TRY(alloc_value_array(n));
    for (int64_t i = 0; i < a->size; ++i) items[i] = a->items[i];
    for (int64_t i = 0; i < b->size; ++i) items[a->size + i] = b->items[i];
    for (int64_t i = 0; i < n; ++i) incref(items[i]);
    return list_adopt(items, n);
}

Result<Ref> list_iadd(const Value* args, size_t) {
    TRY(list_extend(self_list(args), args[1]));
    return Ref::borrow(args[0]);
}

Result<Ref> list_repeat(Value self, Value count_value, Special reflected) {
    List* list = self.as<List>();
    int64_t count;
    if (!TRY(repeat_count(count_value, &count))) {
        return reject_operand(count_value, reflected,
                              "can't multiply sequence by non-int of type '" + std::string(type_name(count_value)) + "'");
    }
    int64_t size = list->size;
    int64_t n = TRY(checked_repeat_size(size, count));
    Value* items = TRY(alloc_value_array(n));
    for (int64_t i = 0; i < n; ++i) {
        items[i] = list->items[i % size];
        incref(items[i]);
    }
    return list_adopt(items, n);
}
Result<Ref> list_mul(const Value* args, size_t) { return list_repeat(args[0], args[1], Special::rmul); }
Result<Ref> list_rmul(const Value* args, size_t) { return list_repeat(args[0], args[1], Special::mul); }

Result<Ref> list_imul(const Value* args, size_t) {
    List* list = self_list(args);
    int64_t count;
    if (!TRY(repeat_count(args[1], &count))) return Ref::borrow(NotImplemented());
    int64_t size = list->size;
    if (size == 0 || count == 1) return Ref::borrow(args[0]);
    if (count < 1) {
        list_clear_items(list);
        return Ref::borrow(args[0]);
    }
    int64_t n = TRY(checked_repeat_size(size, count));
    TRY(list_resize(list, n));
    for (int64_t i = size; i < n; ++i) {
        list->items[i] = list->items[i % size];
        incref(list->items[i]);
    }
    return Ref::borrow(args[0]);
}

// ---------------------------------------------------------------- methods

Result<Ref> list_append_method(const Value* args, size_t) {
    TRY(list_append(self_list(args), args[1]));
    return Ref::borrow(None());
}

Result<Ref> list_extend_method(const Value* args, size_t) {
    TRY(list_extend(self_list(args), args[1]));
    return Ref::borrow(None());
}

Result<Ref> list_insert(const Value* args, size_t) {
    List* list = self_list(args);
    int64_t where = TRY(ssize_arg(args[1]));
    int64_t n = list->size;
    if (where < 0) {
        where += n;
        if (where < 0) where = 0;
    } else if (where > n) {
        where = n;
    }
    int64_t new_size = TRY(checked_concat_size(n, 1));
    TRY(list_resize(list, new_size));
    std::memmove(&list->items[where + 1], &list->items[where], static_cast<size_t>(n - where) * sizeof(Value));
    incref(args[2]);
    list->items[where] = args[2];
    return Ref::borrow(None());
}

Result<Ref> list_pop(const Value* args, size_t nargs) {
    List* list = self_list(args);
    int64_t i = -1;
    if (nargs > 1) i = TRY(ssize_arg(args[1]));
    if (list->size == 0) return raise(IndexError_type, "pop from empty list");
    if (!wrap_index(&i, list->size)) return raise(IndexError_type, "pop index out of range");
    Ref item = Ref::steal(list->items[i]);
    std::memmove(&list->items[i], &list->items[i + 1], static_cast<size_t>(list->size - i - 1) * sizeof(Value));
    list_shrink(list, list->size - 1);
    return item;
}

Result<Ref> list_remove(const Value* args, size_t) {
    List* list = self_list(args);
    int64_t found = TRY(sequence_find(args[0], args[1], 0, INT64_MAX, kListAccess));
    if (found < 0) return raise(ValueError_type, "list.remove(x): x not in list");
    TRY(list_ass_slice(list, found, found + 1, Value()));
    return Ref::borrow(None());
}

Result<Ref> list_index(const Value* args, size_t nargs) {
    int64_t start, stop;
    TRY(search_bounds(args, nargs, 2, self_list(args)->size, &start, &stop));
    int64_t found = TRY(sequence_find(args[0], args[1], start, stop, kListAccess));
    if (found < 0) {
        std::string text = TRY(repr_text(args[1]));
        return raise(ValueError_type, text + " is not in list");
    }
    return make_int(found);
}

Result<Ref> list_count(const Value* args, size_t) { return make_int(TRY(sequence_count(args[0], args[1], kListAccess))); }

Result<Ref> list_clear_method(const Value* args, size_t) {
    list_clear_items(self_list(args));
    return Ref::borrow(None());
}

Result<Ref> list_copy(const Value* args, size_t) { return list_copy_of(self_list(args)); }

Result<Ref> list_reverse(const Value* args, size_t) {
    List* list = self_list(args);
    for (int64_t lo = 0, hi = list->size - 1; lo < hi; ++lo, --hi) std::swap(list->items[lo], list->items[hi]);
    return Ref::borrow(None());
}

// ---------------------------------------------------------------- iterators

Result<Ref> list_iter_next(Value self) {
    auto* it = self.as<SeqIter>();
    if (!it->seq) return Ref();
    List* list = it->seq.as<List>();
    if (it->index < list->size) return Ref::borrow(list->items[it->index++]);
    it->seq.reset();
    return Ref();
}

Result<Ref> list_reviter_next(Value self) {
    auto* it = self.as<SeqIter>();
    if (!it->seq) return Ref();
    List* list = it->seq.as<List>();
    if (it->index >= 0 && it->index < list->size) return Ref::borrow(list->items[it->index--]);
    it->index = -1;
    it->seq.reset();
    return Ref();
}

Result<Ref> list_iter_length_hint(const Value* args, size_t) {
    auto* it = args[0].as<SeqIter>();
    if (!it->seq) return make_int(0);
    int64_t remaining = it->seq.as<List>()->size - it->index;
    return make_int(remaining < 0 ? 0 : remaining);
}

Result<Ref> list_reviter_length_hint(const Value* args, size_t) {
    auto* it = args[0].as<SeqIter>();
    if (!it->seq || it->index >= it->seq.as<List>()->size) return make_int(0);
    return make_int(it->index + 1);
}

const MethodDef list_methods[] = {
    {.name = "__new__", .kwfn = list_py_new, .kind = MethodKind::Static},
    {.name = "__init__", .kwfn = list_py_init},
    {.name = "__repr__", .fn = list_repr, .min_args = 1, .max_args = 1},
    {.name = "__lt__", .fn = list_lt, .min_args = 2, .max_args = 2},
    {.name = "__le__", .fn = list_le, .min_args = 2, .max_args = 2},
    {.name = "__eq__", .fn = list_eq, .min_args = 2, .max_args = 2},
    {.name = "__ne__", .fn = list_ne, .min_args = 2, .max_args = 2},
    {.name = "__gt__", .fn = list_gt, .min_args = 2, .max_args = 2},
    {.name = "__ge__", .fn = list_ge, .min_args = 2, .max_args = 2},
    {.name = "__len__", .fn = list_len, .min_args = 1, .max_args = 1},
    {.name = "__getitem__", .fn = list_getitem, .min_args = 2, .max_args = 2},
    {.name = "__setitem__", .fn = list_setitem, .min_args = 3, .max_args = 3},
    {.name = "__delitem__", .fn = list_delitem, .min_args = 2, .max_args = 2},
    {.name = "__contains__", .fn = list_contains, .min_args = 2, .max_args = 2},
    {.name = "__iter__", .fn = list_iter, .min_args = 1, .max_args = 1},
    {.name = "__reversed__", .fn = list_reversed, .min_args = 1, .max_args = 1},
    {.name = "__add__", .fn = list_add, .min_args = 2, .max_args = 2},
    {.name = "__iadd__", .fn = list_iadd, .min_args = 2, .max_args = 2},
    {.name = "__mul__", .fn = list_mul, .min_args = 2, .max_args = 2},
    {.name = "__rmul__", .fn = list_rmul, .min_args = 2, .max_args = 2},
    {.name = "__imul__", .fn = list_imul, .min_args = 2, .max_args = 2},
    {.name = "append", .fn = list_append_method, .min_args = 2, .max_args = 2},
    {.name = "extend", .fn = list_extend_method, .min_args = 2, .max_args = 2},
    {.name = "insert", .fn = list_insert, .min_args = 3, .max_args = 3},
    {.name = "pop", .fn = list_pop, .min_args = 1, .max_args = 2},
    {.name = "remove", .fn = list_remove, .min_args = 2, .max_args = 2},
    {.name = "index", .fn = list_index, .min_args = 2, .max_args = 4},
    {.name = "count", .fn = list_count, .min_args = 2, .max_args = 2},
    {.name = "clear", .fn = list_clear_method, .min_args = 1, .max_args = 1},
    {.name = "copy", .fn = list_copy, .min_args = 1, .max_args = 1},
    {.name = "reverse", .fn = list_reverse, .min_args = 1, .max_args = 1},
    {.name = "sort", .kwfn = list_sort_method},
    {.name = "__class_getitem__", .fn = class_getitem_method, .min_args = 2, .max_args = 2, .kind = MethodKind::Class},
    {nullptr},
};

const MethodDef list_iterator_methods[] = {
    {.name = "__iter__", .fn = iter_self_method, .min_args = 1, .max_args = 1},
    {.name = "__next__", .fn = iternext_method, .min_args = 1, .max_args = 1},
    {.name = "__length_hint__", .fn = list_iter_length_hint, .min_args = 1, .max_args = 1},
    {nullptr},
};

const MethodDef list_reverseiterator_methods[] = {
    {.name = "__iter__", .fn = iter_self_method, .min_args = 1, .max_args = 1},
    {.name = "__next__", .fn = iternext_method, .min_args = 1, .max_args = 1},
    {.name = "__length_hint__", .fn = list_reviter_length_hint, .min_args = 1, .max_args = 1},
    {nullptr},
};

} // namespace

// ---------------------------------------------------------------- C++ API

Handle<List> list_new(size_t size, size_t capacity) {
    if (capacity < size) capacity = size;
    Value* items = nullptr;
    if (capacity > 0) {
        Result<Value*> mem = alloc_value_array(static_cast<int64_t>(capacity));
        if (mem.failed()) return Handle<List>(); // MemoryError is set
        items = mem.value();
        std::memset(static_cast<void*>(items), 0, capacity * sizeof(Value)); // null until filled
    }
    auto* list = alloc<List>(&list_type);
    list->items = items;
    list->size = static_cast<int64_t>(size);
    list->capacity = static_cast<int64_t>(capacity);
    return Handle<List>::steal(list);
}

Status list_append(List* list, Value v) {
    int64_t n = list->size;
    if (n < list->capacity) {
        list->size = n + 1;
    } else {
        TRY(list_resize(list, n + 1));
    }
    incref(v);
    list->items[n] = v;
    return ok_status();
}

bool is_list(Value v) { return isinstance(v, &list_type); }

// A generator's items appended inside its loop while the list has room;
// growing (which allocates and may fail) is left to list_append. The list
// is read afresh per item: the generator may change it.
struct ListAppendSink : YieldSink {
    List* list;
    explicit ListAppendSink(List* l) : YieldSink{take}, list(l) {}
    static bool take(YieldSink* self, Value item) {
        List* l = static_cast<ListAppendSink*>(self)->list;
        if (l->size >= l->capacity) return false;
        l->items[l->size++] = item;
        return true;
    }
};

Status list_extend(List* list, Value iterable) {
    if (isinstance_exact(iterable, &list_type) || isinstance_exact(iterable, &tuple_type)) {
        int64_t n; // counted before growing: the source may be the list itself
        fast_items(iterable, &n);
        if (n == 0) return ok_status();
        int64_t old_size = list->size;
        TRY(list_resize(list, TRY(checked_concat_size(old_size, n))));
        int64_t unused;
        Value* src = fast_items(iterable, &unused); // re-read: the array may have moved
        for (int64_t i = 0; i < n; ++i) {
            incref(src[i]);
            list->items[old_size + i] = src[i];
        }
        return ok_status();
    }
    if (isinstance_exact(iterable, &range_type)) {
        // As CPython's length-hint preallocation: a range too large for
        // memory is a MemoryError at once, not appends until the OOM killer.
        int64_t n = TRY(length(iterable));
        int64_t old_size = list->size;
        TRY(list_resize(list, TRY(checked_concat_size(old_size, n))));
        list->size = old_size;
    }
    Ref it = TRY(iter(iterable));
    ListAppendSink sink(list);
    for (;;) {
        Ref item = TRY(next_into(it, &sink));
        if (!item) return ok_status();
        TRY(list_append(list, item));
    }
}

Handle<Tuple> list_as_tuple(List* list) {
    for (;;) {
        int64_t n = list->size;
        Handle<Tuple> t = tuple_new(static_cast<size_t>(n));
        if (!t) return t;
        // Allocation may have run finalizers that resized the list: retry.
        if (list->size != n) continue;
        for (int64_t i = 0; i < n; ++i) tuple_init_item(t.get(), static_cast<size_t>(i), Ref::borrow(list->items[i]));
        return t;
    }
}

void init_list_type() {
    init_native_type(&list_type, {.name = "list",
                                  .basicsize = sizeof(List),
                                  .flags = kTypeBaseType | kTypeGC,
                                  .dealloc = list_dealloc,
                                  .traverse = list_traverse,
                                  .clear = list_gc_clear,
                                  .methods = list_methods,
                                  .doc = "Built-in mutable sequence."});
    set_unhashable(&list_type);
    init_generic_alias_type();
    init_native_type(&list_iterator_type, {.name = "list_iterator",
                                           .basicsize = sizeof(SeqIter),
                                           .flags = kTypeGC | kTypeAbstractNew,
                                           .dealloc = generic_dealloc,
                                           .traverse = seq_iter_traverse,
                                           .clear = seq_iter_clear,
                                           .iternext = list_iter_next,
                                           .methods = list_iterator_methods});
    init_native_type(&list_reverseiterator_type, {.name = "list_reverseiterator",
                                                  .basicsize = sizeof(SeqIter),
                                                  .flags = kTypeGC | kTypeAbstractNew,
                                                  .dealloc = generic_dealloc,
                                                  .traverse = seq_iter_traverse,
                                                  .clear = seq_iter_clear,
                                                  .iternext = list_reviter_next,
                                                  .methods = list_reverseiterator_methods});
}

} // namespace pyco
