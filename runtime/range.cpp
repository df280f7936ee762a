// range, range_iterator and longrange_iterator.
//
// A range keeps start, stop, step and its length as Python ints, so
// range(10**20) works. Arithmetic has an int64 fast path where every
// operand is a small int and results cannot overflow, and falls back to GMP
// otherwise. Iteration over ranges that fit in int64 (nearly all of them)
// uses range_iterator, which counts with plain machine integers; others get
// a longrange_iterator, as in CPython.
#include <climits>

#include "runtime/container_util.h"
#include "runtime/gc.h"
#include "runtime/runtime.h"

namespace pyco {

TypeObject range_type, range_iterator_type;

namespace {

TypeObject longrange_iterator_type;

struct LongRangeIter : Object {
    Ref start, step, len, index; // ints
};

Range* self_range(const Value* args) { return args[0].as<Range>(); }

bool fits_int64(Value v, int64_t* out) { return int_to_int64(v, out); }

// (hi - lo - 1) // step + 1 for lo < hi, else 0 (step > 0 after orienting).
Ref compute_length(Value start, Value stop, Value step) {
    int64_t a, b, s;
    if (start.is_small_int() && stop.is_small_int() && step.is_small_int()) {
        a = start.as_small_int();
        b = stop.as_small_int();
        s = step.as_small_int();
        // Small ints have 63 bits, so these differences cannot overflow int64.
        if (s > 0) return make_int(a < b ? (b - a - 1) / s + 1 : 0);
        return make_int(a > b ? (a - b - 1) / (-s) + 1 : 0);
    }
    Mpz lo(start), hi(stop), st(step), n;
    if (mpz_sgn(st.v) < 0) {
        mpz_swap(lo.v, hi.v);
        mpz_neg(st.v, st.v);
    }
    if (mpz_cmp(lo.v, hi.v) >= 0) return make_int(0);
    mpz_sub(n.v, hi.v, lo.v);
    mpz_sub_ui(n.v, n.v, 1);
    mpz_fdiv_q(n.v, n.v, st.v);
    mpz_add_ui(n.v, n.v, 1);
    return n.to_int();
}

Ref make_range(Ref start, Ref stop, Ref step) {
    auto* r = alloc<Range>(&range_type);
    r->length = compute_length(start, stop, step);
    r->start = std::move(start);
    r->stop = std::move(stop);
    r->step = std::move(step);
    return Ref::steal(Value(r));
}

// start + i * step
Ref item_at(Range* r, Value i) {
    int64_t idx, start, step, product, sum;
    if (fits_int64(i, &idx) && fits_int64(r->start, &start) && fits_int64(r->step, &step) &&
        !__builtin_mul_overflow(idx, step, &product) && !__builtin_add_overflow(start, product, &sum))
        return make_int(sum);
    Mpz result(i), st(r->step), sta(r->start);
    mpz_mul(result.v, result.v, st.v);
    mpz_add(result.v, result.v, sta.v);
    return result.to_int();
}

// r[i] for an int i (negative counts from the end).
Result<Ref> subscript_int(Range* r, Value i) {
    int64_t idx, len;
    if (fits_int64(i, &idx) && fits_int64(r->length, &len)) {
        if (!wrap_index(&idx, len)) return raise(IndexError_type, "range object index out of range");
        return item_at(r, Value::small_int(idx));
    }
    Mpz index(i), length(r->length);
    if (mpz_sgn(index.v) < 0) mpz_add(index.v, index.v, length.v);
    if (mpz_sgn(index.v) < 0 || mpz_cmp(index.v, length.v) >= 0)
        return raise(IndexError_type, "range object index out of range");
    Ref as_int = index.to_int();
    return item_at(r, as_int);
}

// x in r for an int x: within bounds and on the step grid.
bool contains_int(Range* r, Value x) {
    Mpz v(x), start(r->start), stop(r->stop), step(r->step), offset;
    if (mpz_sgn(step.v) > 0) {
        if (mpz_cmp(v.v, start.v) < 0 || mpz_cmp(v.v, stop.v) >= 0) return false;
    } else if (mpz_cmp(v.v, stop.v) <= 0 || mpz_cmp(v.v, start.v) > 0) {
        return false;
    }
    mpz_sub(offset.v, v.v, start.v);
    return mpz_divisible_p(offset.v, step.v) != 0;
}

// Membership uses arithmetic only for exact ints and bools (CPython's rule:
// an int subclass could override __eq__).
bool is_plain_int(Value v) { return v.is_small_int() || isinstance_exact(v, &int_type) || isinstance_exact(v, &bool_type); }

// ---------------------------------------------------------------- construction

Result<Ref> range_py_new(CallArgs args) {
    TRY(new_target(args, &range_type));
    TRY(no_keywords(args, "range"));
    size_t n = args.nargs - 1;
    TRY(check_positional("range", n, 1, 3));
    if (n == 1) {
        Ref stop = TRY(index_object(args[1]));
        return make_range(Ref::small_int(0), std::move(stop), Ref::small_int(1));
    }
    Ref start = TRY(index_object(args[1]));
    Ref stop = TRY(index_object(args[2]));
    Ref step = Ref::small_int(1);
    if (n == 3) {
        step = TRY(index_object(args[3]));
        if (step.get().is_small_int() && step.get().as_small_int() == 0)
            return raise(ValueError_type, "range() arg 3 must not be zero");
    }
    return make_range(std::move(start), std::move(stop), std::move(step));
}

// ---------------------------------------------------------------- protocol

Result<Ref> range_repr(const Value* args, size_t) {
    Range* r = self_range(args);
    std::string out = "range(" + TRY(repr_text(r->start)) + ", " + TRY(repr_text(r->stop));
    if (!(r->step.get().is_small_int() && r->step.get().as_small_int() == 1)) out += ", " + TRY(repr_text(r->step));
    return text_to_str(out + ")");
}

Result<Ref> range_len(const Value* args, size_t) {
    Range* r = self_range(args);
    int64_t n;
    if (!fits_int64(r->length, &n)) return raise(OverflowError_type, "Python int too large to convert to C ssize_t");
    return make_int(n);
}

Result<Ref> range_bool(const Value* args, size_t) {
    Value len = self_range(args)->length;
    return Ref::borrow(bool_value(!(len.is_small_int() && len.as_small_int() == 0)));
}

Result<Ref> range_getitem(const Value* args, size_t) {
    Range* r = self_range(args);
    Value key = args[1];
    if (isinstance_exact(key, &slice_type)) {
        Ref start, stop, step;
        TRY(slice_long_indices(key.as<Slice>(), r->length, &start, &stop, &step));
        Mpz new_step(r->step), sub_step(step);
        mpz_mul(new_step.v, new_step.v, sub_step.v);
        return make_range(item_at(r, start), item_at(r, stop), new_step.to_int());
    }
    if (!is_index_like(key)) {
        return raise_format(TypeError_type, "range indices must be integers or slices, not %s",
                            std::string(type_name(key)).c_str());
    }
    Ref index = TRY(index_object(key));
    return subscript_int(r, index);
}

// Iterate `r` comparing each item with `x`: the fallback for non-ints.
// Returns the first matching position, or -1; counts matches into *count.
Result<int64_t> search_items(Value r, Value x, int64_t* count) {
    Ref it = TRY(iter(r));
    int64_t first = -1;
    for (int64_t i = 0;; ++i) {
        Ref item = TRY(next(it));
        if (!item) return first;
        if (TRY(equal(item, x))) {
            if (first < 0) first = i;
            if (!count) return first;
            ++*count;
        }
    }
}

Result<Ref> range_contains(const Value* args, size_t) {
    if (is_plain_int(args[1])) return Ref::borrow(bool_value(contains_int(self_range(args), args[1])));
    int64_t found = TRY(search_items(args[0], args[1], nullptr));
    return Ref::borrow(bool_value(found >= 0));
}

Result<Ref> range_count(const Value* args, size_t) {
    if (is_plain_int(args[1])) return make_int(contains_int(self_range(args), args[1]) ? 1 : 0);
    int64_t count = 0;
    TRY(search_items(args[0], args[1], &count));
    return make_int(count);
}

Result<Ref> range_index(const Value* args, size_t) {
    Range* r = self_range(args);
    Value x = args[1];
    if (is_plain_int(x)) {
        if (!contains_int(r, x)) {
            std::string text = TRY(repr_text(x));
            return raise(ValueError_type, text + " is not in range");
        }
        Mpz offset(x), start(r->start), step(r->step);
        mpz_sub(offset.v, offset.v, start.v);
        mpz_divexact(offset.v, offset.v, step.v);
        return offset.to_int();
    }
    int64_t found = TRY(search_items(args[0], x, nullptr));
    if (found < 0) return raise(ValueError_type, "sequence.index(x): x not in sequence");
    return make_int(found);
}

// Equal as sequences: same length, and same start and step where they matter.
Result<bool> ranges_equal(Range* a, Range* b) {
    if (a == b) return true;
    if (!TRY(equal(a->length, b->length))) return false;
    if (a->length.get().is_small_int() && a->length.get().as_small_int() == 0) return true;
    if (!TRY(equal(a->start, b->start))) return false;
    if (a->length.get().is_small_int() && a->length.get().as_small_int() == 1) return true;
    return equal(a->step, b->step);
}

Result<Ref> range_compare(const Value* args, bool want_equal) {
    if (!isinstance_exact(args[1], &range_type)) return Ref::borrow(NotImplemented());
    bool same = TRY(ranges_equal(self_range(args), args[1].as<Range>()));
    return Ref::borrow(bool_value(same == want_equal));
}
Result<Ref> range_eq(const Value* args, size_t) { return range_compare(args, true); }
Result<Ref> range_ne(const Value* args, size_t) { return range_compare(args, false); }

// hash((len, start, step)) with None for what equality ignores.
Result<Ref> range_hash(const Value* args, size_t) {
    Range* r = self_range(args);
    Value len = r->length;
    bool empty = len.is_small_int() && len.as_small_int() == 0;
    bool single = len.is_small_int() && len.as_small_int() == 1;
    Handle<Tuple> key = tuple_pack({len, empty ? None() : Value(r->start), empty || single ? None() : Value(r->step)});
    return make_int(TRY(hash(key)));
}

Ref make_fast_iterator(int64_t start, int64_t step, int64_t len) {
    auto* it = alloc<RangeIter>(&range_iterator_type);
    it->start = start;
    it->step = step;
    it->len = len;
    it->index = 0;
    return Ref::steal(Value(it));
}

// An iterator over start, start+step, ... (len items), arbitrary ints.
Ref make_long_iterator(Value start, Value step, Value len) {
    auto* it = alloc<LongRangeIter>(&longrange_iterator_type);
    it->start = Ref::borrow(start);
    it->step = Ref::borrow(step);
    it->len = Ref::borrow(len);
    it->index = Ref::small_int(0);
    return Ref::steal(Value(it));
}

// The machine-integer iterator serves ranges whose start, stop, step and
// length all fit in int64 (CPython's rule, so the iterator types match):
// every item then lies between start and stop and fits too.
bool fits_fast(Range* r, int64_t* start, int64_t* stop, int64_t* step, int64_t* len) {
    return fits_int64(r->start, start) && fits_int64(r->stop, stop) && fits_int64(r->step, step) &&
           fits_int64(r->length, len);
}

Result<Ref> range_iter(const Value* args, size_t) {
    Range* r = self_range(args);
    int64_t start, stop, step, len;
    if (fits_fast(r, &start, &stop, &step, &len)) return make_fast_iterator(start, step, len);
    return make_long_iterator(r->start, r->step, r->length);
}

// Walk from the last item backwards: start + (len-1)*step, step -step. The
// fast iterator also needs -step and start - step (CPython's new stop) to fit.
Result<Ref> range_reversed(const Value* args, size_t) {
    Range* r = self_range(args);
    int64_t start, stop, step, len, new_stop;
    if (fits_fast(r, &start, &stop, &step, &len) && step != INT64_MIN &&
        !__builtin_sub_overflow(start, step, &new_stop)) {
        int64_t last = len == 0 ? start : start + (len - 1) * step; // an item of the range: fits
        return make_fast_iterator(last, -step, len);
    }
    Mpz last_index(r->length), neg_step(r->step);
    mpz_sub_ui(last_index.v, last_index.v, 1);
    mpz_neg(neg_step.v, neg_step.v);
    Ref last_index_int = last_index.to_int();
    Ref last = item_at(r, last_index_int);
    Ref reversed_step = neg_step.to_int();
    return make_long_iterator(last, reversed_step, r->length);
}

Result<Ref> range_start(Value self) { return Ref::borrow(self.as<Range>()->start); }
Result<Ref> range_stop(Value self) { return Ref::borrow(self.as<Range>()->stop); }
Result<Ref> range_step(Value self) { return Ref::borrow(self.as<Range>()->step); }

void range_dealloc(Object* self) {
    auto* r = static_cast<Range*>(self);
    r->start.reset();
    r->stop.reset();
    r->step.reset();
    r->length.reset();
    free_object(self);
}

// ---------------------------------------------------------------- iterators

Result<Ref> range_iter_next(Value self) {
    auto* it = self.as<RangeIter>();
    if (it->index >= it->len) return Ref();
    // Unsigned arithmetic: the value is in range even when the product of
    // the index and a negative step is not.
    uint64_t value = static_cast<uint64_t>(it->start) + static_cast<uint64_t>(it->index) * static_cast<uint64_t>(it->step);
    it->index++;
    return make_int(static_cast<int64_t>(value));
}

Result<Ref> range_iter_length_hint(const Value* args, size_t) {
    auto* it = args[0].as<RangeIter>();
    return make_int(it->len - it->index);
}

Result<Ref> longrange_iter_next(Value self) {
    auto* it = self.as<LongRangeIter>();
    Mpz index(it->index), len(it->len);
    if (mpz_cmp(index.v, len.v) >= 0) return Ref();
    Mpz value(it->step), start(it->start);
    mpz_mul(value.v, value.v, index.v);
    mpz_add(value.v, value.v, start.v);
    mpz_add_ui(index.v, index.v, 1);
    it->index = index.to_int();
    return value.to_int();
}

Result<Ref> longrange_iter_length_hint(const Value* args, size_t) {
    auto* it = args[0].as<LongRangeIter>();
    Mpz remaining(it->len), index(it->index);
    mpz_sub(remaining.v, remaining.v, index.v);
    return remaining.to_int();
}

void longrange_iter_dealloc(Object* self) {
    auto* it = static_cast<LongRangeIter*>(self);
    it->start.reset();
    it->step.reset();
    it->len.reset();
    it->index.reset();
    free_object(self);
}

const MethodDef range_methods[] = {
    {.name = "__new__", .kwfn = range_py_new, .kind = MethodKind::Static},
    {.name = "__repr__", .fn = range_repr, .min_args = 1, .max_args = 1},
    {.name = "__len__", .fn = range_len, .min_args = 1, .max_args = 1},
    {.name = "__bool__", .fn = range_bool, .min_args = 1, .max_args = 1},
    {.name = "__getitem__", .fn = range_getitem, .min_args = 2, .max_args = 2},
    {.name = "__contains__", .fn = range_contains, .min_args = 2, .max_args = 2},
    {.name = "__iter__", .fn = range_iter, .min_args = 1, .max_args = 1},
    {.name = "__reversed__", .fn = range_reversed, .min_args = 1, .max_args = 1},
    {.name = "__eq__", .fn = range_eq, .min_args = 2, .max_args = 2},
    {.name = "__ne__", .fn = range_ne, .min_args = 2, .max_args = 2},
    {.name = "__hash__", .fn = range_hash, .min_args = 1, .max_args = 1},
    {.name = "count", .fn = range_count, .min_args = 2, .max_args = 2},
    {.name = "index", .fn = range_index, .min_args = 2, .max_args = 2},
    {nullptr},
};

const GetSetDef range_getsets[] = {
    {.name = "start", .get = range_start},
    {.name = "stop", .get = range_stop},
    {.name = "step", .get = range_step},
    {nullptr},
};

const MethodDef range_iterator_methods[] = {
    {.name = "__iter__", .fn = iter_self_method, .min_args = 1, .max_args = 1},
    {.name = "__next__", .fn = iternext_method, .min_args = 1, .max_args = 1},
    {.name = "__length_hint__", .fn = range_iter_length_hint, .min_args = 1, .max_args = 1},
    {nullptr},
};

const MethodDef longrange_iterator_methods[] = {
    {.name = "__iter__", .fn = iter_self_method, .min_args = 1, .max_args = 1},
    {.name = "__next__", .fn = iternext_method, .min_args = 1, .max_args = 1},
    {.name = "__length_hint__", .fn = longrange_iter_length_hint, .min_args = 1, .max_args = 1},
    {nullptr},
};

} // namespace

void init_range_slice_types() {
    // Ranges hold only ints: no cycles, so not traced by the collector.
    init_native_type(&range_type, {.name = "range",
                                   .basicsize = sizeof(Range),
                                   .flags = 0,
                                   .dealloc = range_dealloc,
                                   .methods = range_methods,
                                   .getsets = range_getsets,
                                   .doc = "An immutable sequence of integers."});
    init_native_type(&range_iterator_type, {.name = "range_iterator",
                                            .basicsize = sizeof(RangeIter),
                                            .flags = kTypeAbstractNew,
                                            .dealloc = free_object,
                                            .iternext = range_iter_next,
                                            .methods = range_iterator_methods});
    init_native_type(&longrange_iterator_type, {.name = "longrange_iterator",
                                                .basicsize = sizeof(LongRangeIter),
                                                .flags = kTypeAbstractNew,
                                                .dealloc = longrange_iter_dealloc,
                                                .iternext = longrange_iter_next,
                                                .methods = longrange_iterator_methods});
    init_slice_type();
}

} // namespace pyco
