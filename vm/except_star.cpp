// except* (PEP 654): the runtime half of CHECK_EG_MATCH and
// PREP_RERAISE_STAR, as CPython 3.11's exception_group_match and
// _PyExc_PrepReraiseStar (Python/ceval.c, Objects/exceptions.c). The
// compiler's half is compile_try_star (vm/compiler_except.cpp).
#include <unordered_set>

#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/objects.h"
#include "vm/ops.h"

namespace pyco {

namespace {

bool is_group(Value v) { return isinstance(v, &BaseExceptionGroup_type); }
BaseException* as_exception(Value v) { return v.as<BaseException>(); }

// `except`'s rule, and no exception group types.
Status check_except_star_type(Value type) {
    TRY(check_exception_spec(type));
    auto is_group_class = [](Value t) { return is_subtype(t.as<TypeObject>(), &BaseExceptionGroup_type); };
    bool group = false;
    if (is_tuple(type)) {
        Tuple* t = type.as<Tuple>();
        for (int64_t i = 0; i < t->size && !group; ++i) group = is_group_class(t->items[i]);
    } else {
        group = is_group_class(type);
    }
    if (group) return raise(TypeError_type, "catching ExceptionGroup with except* is not allowed. Use except instead.");
    return ok_status();
}

using LeafSet = std::unordered_set<const Object*>;

void collect_leaves(Value exc, LeafSet* leaves) {
    if (!exc || exc.is(None())) return;
    if (!is_group(exc)) {
        leaves->insert(exc.as_object());
        return;
    }
    Tuple* excs = as_exception(exc)->exceptions.as<Tuple>();
    for (int64_t i = 0; i < excs->size; ++i) collect_leaves(excs->items[i], leaves);
}

// The part of group `eg` whose leaves are in `keep`, with eg's structure
// (each level made as split() makes its match).
Result<Ref> project(Value eg, const LeafSet& keep) {
    if (!is_group(eg)) return keep.count(eg.as_object()) ? Ref::borrow(eg) : Ref();
    Handle<List> parts = list_new();
    Tuple* excs = as_exception(eg)->exceptions.as<Tuple>();
    for (int64_t i = 0; i < excs->size; ++i) {
        Ref part = TRY(project(excs->items[i], keep));
        if (part) TRY(list_append(parts.get(), part));
    }
    return exception_group_subset(eg, parts.get());
}

// A part split() took from `orig` carries orig's own traceback, cause,
// context and notes: it is re-raised, not raised anew.
bool same_metadata(Value a, Value b) {
    BaseException* x = as_exception(a);
    BaseException* y = as_exception(b);
    return x->notes.get().is(y->notes) && x->traceback.get().is(y->traceback) && x->cause.get().is(y->cause) &&
           x->context.get().is(y->context);
}

} // namespace

namespace {

Status group_match(Value exc, Value type, Ref* match, Ref* rest) {
    TRY(check_except_star_type(type));
    if (exc.is(None())) {
        *match = Ref::borrow(None());
        *rest = Ref::borrow(None());
        return ok_status();
    }
    if (TRY(exception_matches_spec(exc, type))) {
        if (is_group(exc)) {
            *match = Ref::borrow(exc);
        } else { // a bare exception: caught as a group of one
            Handle<Tuple> one = tuple_pack({exc});
            *match = TRY(call(Value(&BaseExceptionGroup_type), {Value(intern("")), Value(one.get())}));
        }
        *rest = Ref::borrow(None());
        return ok_status();
    }
    if (is_group(exc)) {
        Ref pair = TRY(call_method(exc, intern("split"), {type}));
        if (!is_tuple(pair) || pair.as<Tuple>()->size != 2) return raise(TypeError_type, "split() must return a 2-tuple");
        *match = Ref::borrow(pair.as<Tuple>()->items[0]);
        *rest = Ref::borrow(pair.as<Tuple>()->items[1]);
        return ok_status();
    }
    *match = Ref::borrow(None());
    *rest = Ref::borrow(None());
    return ok_status();
}

Result<Ref> reraise_star(Value orig, List* raised) {
    if (raised->size == 0) return Ref::borrow(None());
    if (!is_group(orig)) {
        // A bare exception was caught (wrapped): one clause at most ran.
        return Ref::borrow(raised->items[0]);
    }
    Handle<List> fresh = list_new();
    LeafSet reraised_leaves;
    bool any_reraised = false;
    for (int64_t i = 0; i < raised->size; ++i) {
        Value e = raised->items[i];
        if (e.is(None())) continue;
        if (same_metadata(e, orig)) {
            collect_leaves(e, &reraised_leaves);
            any_reraised = true;
        } else {
            TRY(list_append(fresh.get(), e));
        }
    }
    Ref reraised = any_reraised ? TRY(project(orig, reraised_leaves)) : Ref();
    if (fresh->size == 0) return reraised ? std::move(reraised) : Ref::borrow(None());
    if (reraised) TRY(list_append(fresh.get(), reraised));
    if (fresh->size == 1) return Ref::borrow(fresh->items[0]);
    return call(Value(&BaseExceptionGroup_type), {Value(intern("")), Value(fresh.get())});
}

} // namespace

Status exception_group_match(Value exc, Value type, Value* match, Value* rest) {
    Ref m, r;
    TRY(group_match(exc, type, &m, &r));
    *match = m.release();
    *rest = r.release();
    return ok_status();
}

Value prep_reraise_star(Value orig, List* raised) {
    Result<Ref> r = reraise_star(orig, raised);
    return r.ok() ? r.take().release() : Value();
}

} // namespace pyco
