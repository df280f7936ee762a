// slice objects and the index arithmetic every sequence uses with them
// (CPython's PySlice_Unpack / PySlice_AdjustIndices / PySlice_GetLongIndices).
#include "runtime/container_util.h"
#include "runtime/gc.h"

namespace pyco {

TypeObject slice_type;

// ---------------------------------------------------------------- index arithmetic

Status slice_unpack(Slice* s, int64_t* start, int64_t* stop, int64_t* step) {
    static const char* const kMessage = "slice indices must be integers or None or have an __index__ method";
    if (s->step.get().is(None())) {
        *step = 1;
    } else {
        *step = TRY(clamped_index(s->step, kMessage));
        if (*step == 0) return raise(ValueError_type, "slice step cannot be zero");
        // Keep -step representable (CPython does the same).
        if (*step < -INT64_MAX) *step = -INT64_MAX;
    }
    if (s->start.get().is(None())) {
        *start = *step < 0 ? INT64_MAX : 0;
    } else {
        *start = TRY(clamped_index(s->start, kMessage));
    }
    if (s->stop.get().is(None())) {
        *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    } else {
        *stop = TRY(clamped_index(s->stop, kMessage));
    }
    return ok_status();
}

int64_t slice_adjust(int64_t length, int64_t* start, int64_t* stop, int64_t step) {
    for (int64_t* bound : {start, stop}) {
        if (*bound < 0) {
            *bound += length;
            if (*bound < 0) *bound = step < 0 ? -1 : 0;
        } else if (*bound >= length) {
            *bound = step < 0 ? length - 1 : length;
        }
    }
    if (step < 0) {
        if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

Status slice_indices(Slice* s, int64_t length, int64_t* start, int64_t* stop, int64_t* step, int64_t* slicelength) {
    TRY(slice_unpack(s, start, stop, step));
    *slicelength = slice_adjust(length, start, stop, *step);
    return ok_status();
}

namespace {

// One bound of slice_long_indices: None gives the default, otherwise the
// value is made relative to `length` and clipped to [lower, upper].
Status long_bound(Value v, const Mpz& length, const Mpz& lower, const Mpz& upper, bool step_negative, Mpz& out,
                  bool is_start) {
    if (v.is(None())) {
        if (is_start) mpz_set(out.v, step_negative ? upper.v : lower.v);
        else mpz_set(out.v, step_negative ? lower.v : upper.v);
        return ok_status();
    }
    if (!is_index_like(v))
        return raise(TypeError_type, "slice indices must be integers or None or have an __index__ method");
    Ref as_int = TRY(index_object(v));
    int_to_mpz(as_int, out.v);
    if (mpz_sgn(out.v) < 0) {
        mpz_add(out.v, out.v, length.v);
        if (mpz_cmp(out.v, lower.v) < 0) mpz_set(out.v, lower.v);
    } else if (mpz_cmp(out.v, upper.v) > 0) {
        mpz_set(out.v, upper.v);
    }
    return ok_status();
}

} // namespace

Status slice_long_indices(Slice* s, Value length, Ref* start, Ref* stop, Ref* step) {
    Mpz step_v, len(length), lower, upper, start_v, stop_v;
    if (mpz_sgn(len.v) < 0) return raise(ValueError_type, "length should not be negative");
    if (s->step.get().is(None())) {
        mpz_set_si(step_v.v, 1);
    } else {
        if (!is_index_like(s->step))
            return raise(TypeError_type, "slice indices must be integers or None or have an __index__ method");
        Ref as_int = TRY(index_object(s->step));
        int_to_mpz(as_int, step_v.v);
        if (mpz_sgn(step_v.v) == 0) return raise(ValueError_type, "slice step cannot be zero");
    }
    bool negative = mpz_sgn(step_v.v) < 0;
    // Valid bounds: [-1, length-1] for a negative step, [0, length] otherwise.
    if (negative) {
        mpz_set_si(lower.v, -1);
        mpz_sub_ui(upper.v, len.v, 1);
    } else {
        mpz_set_si(lower.v, 0);
        mpz_set(upper.v, len.v);
    }
    TRY(long_bound(s->start, len, lower, upper, negative, start_v, true));
    TRY(long_bound(s->stop, len, lower, upper, negative, stop_v, false));
    *start = start_v.to_int();
    *stop = stop_v.to_int();
    *step = step_v.to_int();
    return ok_status();
}

// ---------------------------------------------------------------- the slice type

namespace {

Slice* self_slice(const Value* args) { return args[0].as<Slice>(); }

void slice_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* s = static_cast<Slice*>(self);
    for (Value v : {s->start.get(), s->stop.get(), s->step.get()})
        if (v) visit(v, ctx);
}

void slice_clear(Object* self) {
    auto* s = static_cast<Slice*>(self);
    s->start.reset();
    s->stop.reset();
    s->step.reset();
}

Result<Ref> slice_py_new(CallArgs args) {
    TRY(new_target(args, &slice_type));
    TRY(no_keywords(args, "slice"));
    size_t n = args.nargs - 1;
    TRY(check_positional("slice", n, 1, 3));
    if (n == 1) return make_slice(None(), args[1], None());
    return make_slice(args[1], args[2], n == 3 ? args[3] : None());
}

Result<Ref> slice_repr(const Value* args, size_t) {
    Slice* s = self_slice(args);
    std::string out = "slice(" + TRY(repr_text(s->start)) + ", " + TRY(repr_text(s->stop)) + ", " +
                      TRY(repr_text(s->step)) + ")";
    return text_to_str(out);
}

// Slices order like the tuples (start, stop, step).
Result<Ref> slice_compare(const Value* args, CompareOp op) {
    if (!isinstance_exact(args[1], &slice_type)) return Ref::borrow(NotImplemented());
    if (args[0].is(args[1])) {
        bool reflexive = op == CompareOp::Eq || op == CompareOp::Le || op == CompareOp::Ge;
        return Ref::borrow(bool_value(reflexive));
    }
    Slice* a = self_slice(args);
    Slice* b = args[1].as<Slice>();
    Handle<Tuple> ta = tuple_pack({a->start, a->stop, a->step});
    Handle<Tuple> tb = tuple_pack({b->start, b->stop, b->step});
    return compare(ta, tb, op);
}
Result<Ref> slice_lt(const Value* args, size_t) { return slice_compare(args, CompareOp::Lt); }
Result<Ref> slice_le(const Value* args, size_t) { return slice_compare(args, CompareOp::Le); }
Result<Ref> slice_eq(const Value* args, size_t) { return slice_compare(args, CompareOp::Eq); }
Result<Ref> slice_ne(const Value* args, size_t) { return slice_compare(args, CompareOp::Ne); }
Result<Ref> slice_gt(const Value* args, size_t) { return slice_compare(args, CompareOp::Gt); }
Result<Ref> slice_ge(const Value* args, size_t) { return slice_compare(args, CompareOp::Ge); }

Result<Ref> slice_indices_method(const Value* args, size_t) {
    Ref length = TRY(index_object(args[1]));
    Ref start, stop, step;
    TRY(slice_long_indices(self_slice(args), length, &start, &stop, &step));
    return std::move(tuple_pack({start, stop, step})).ref();
}

Result<Ref> slice_start(Value self) { return Ref::borrow(self.as<Slice>()->start); }
Result<Ref> slice_stop(Value self) { return Ref::borrow(self.as<Slice>()->stop); }
Result<Ref> slice_step(Value self) { return Ref::borrow(self.as<Slice>()->step); }

const MethodDef slice_methods[] = {
    {.name = "__new__", .kwfn = slice_py_new, .kind = MethodKind::Static},
    {.name = "__repr__", .fn = slice_repr, .min_args = 1, .max_args = 1},
    {.name = "__lt__", .fn = slice_lt, .min_args = 2, .max_args = 2},
    {.name = "__le__", .fn = slice_le, .min_args = 2, .max_args = 2},
    {.name = "__eq__", .fn = slice_eq, .min_args = 2, .max_args = 2},
    {.name = "__ne__", .fn = slice_ne, .min_args = 2, .max_args = 2},
    {.name = "__gt__", .fn = slice_gt, .min_args = 2, .max_args = 2},
    {.name = "__ge__", .fn = slice_ge, .min_args = 2, .max_args = 2},
    {.name = "indices", .fn = slice_indices_method, .min_args = 2, .max_args = 2},
    {nullptr},
};

const GetSetDef slice_getsets[] = {
    {.name = "start", .get = slice_start},
    {.name = "stop", .get = slice_stop},
    {.name = "step", .get = slice_step},
    {nullptr},
};

} // namespace

Ref make_slice(Value start, Value stop, Value step) {
    auto* s = alloc<Slice>(&slice_type);
    s->start = Ref::borrow(start ? start : None());
    s->stop = Ref::borrow(stop ? stop : None());
    s->step = Ref::borrow(step ? step : None());
    return Ref::steal(Value(s));
}

void init_slice_type() {
    init_native_type(&slice_type, {.name = "slice",
                                   .basicsize = sizeof(Slice),
                                   .flags = kTypeGC,
                                   .dealloc = generic_dealloc,
                                   .traverse = slice_traverse,
                                   .clear = slice_clear,
                                   .methods = slice_methods,
                                   .getsets = slice_getsets});
    set_unhashable(&slice_type); // unhashable until Python 3.12
}

} // namespace pyco
