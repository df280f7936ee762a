// The itertools module: CPython 3.11's iterator building blocks as native
// types.
//
// Every iterator is a type with an iternext slot (for-loops and next() call
// it directly) plus __iter__/__next__ methods, so subclassing, isinstance()
// and introspection behave as in CPython. Each keeps the state CPython keeps
// and calls into Python code (the source iterators, predicates, key
// functions, __index__ of arguments) in the same order, because that order
// is observable through side effects. Messages are CPython's, argument
// parsing included.
#include <algorithm>
#include <cstdlib>
#include <string>

#include "runtime/abstract.h"
#include "runtime/arg_parse.h"
#include "runtime/callable.h"
#include "runtime/container_util.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "vm/modules.h"

namespace pyco {

namespace {

TypeObject chain_type, count_type, islice_type, repeat_type, cycle_type, takewhile_type, dropwhile_type,
    accumulate_type, zip_longest_type, product_type, tee_type, tee_dataobject_type, groupby_type, grouper_type,
    starmap_type, compress_type, filterfalse_type, permutations_type, combinations_type, cwr_type, pairwise_type;

// ---------------------------------------------------------------- shared helpers

// An instance of `cls`, which may be a subclass (bigger than T).
template <typename T>
Handle<T> alloc_instance(TypeObject* cls) {
    return Handle<T>::steal(static_cast<T*>(alloc_object(cls, cls->basicsize)));
}

// __next__ calls the iternext function itself rather than the slot of the
// receiver's type: a Python subclass has no slot of its own.
template <IterNextFn Next>
Result<Ref> next_method(const Value* args, size_t) {
    Ref item = TRY(Next(args[0]));
    if (!item) return raise_stop_iteration(Value());
    return item;
}

// GC hooks for an object whose references are all `Ref` members.
template <typename T, Ref T::*... Fields>
struct RefFields {
    using Layout = T;
    static void traverse(Object* self, VisitFn visit, void* ctx) {
        T* o = static_cast<T*>(self);
        ((o->*Fields ? visit(o->*Fields, ctx) : void()), ...);
    }
    static void clear(Object* self) {
        T* o = static_cast<T*>(self);
        ((o->*Fields).reset(), ...);
    }
};

// CPython's generated __new__ rejects keywords for the type itself and for
// subclasses that keep its __init__ (a subclass __init__ may want them).
Status reject_keywords(CallArgs a, TypeObject* cls, TypeObject* base, const char* name) {
    if (a.nkw() == 0) return ok_status();
    if (cls != base && !lookup_special(cls, Special::init).is(lookup_special(base, Special::init))) return ok_status();
    return no_keywords(a, name);
}

// The class being instantiated (args[0] of __new__) after the keyword and
// arity checks of a positional-only constructor.
Result<TypeObject*> positional_new(CallArgs a, TypeObject* base, const char* name, size_t min, size_t max) {
    TypeObject* cls = TRY(new_target(a, base));
    TRY(reject_keywords(a, cls, base, name));
    TRY(check_positional(name, a.nargs - 1, min, max));
    return cls;
}

// An array of `n` machine integers (index vectors of the combinatoric
// iterators): MemoryError when it cannot be had, as CPython's PyMem_New.
// Like the object allocator, requests past 1 TiB fail without trying.
Result<int64_t*> alloc_indices(int64_t n) {
    constexpr uint64_t kMaxIndices = (uint64_t(1) << 40) / sizeof(int64_t);
    if (n < 0 || static_cast<uint64_t>(n) > kMaxIndices) return raise_no_memory();
    void* mem = std::malloc(static_cast<size_t>(n > 0 ? n : 1) * sizeof(int64_t));
    if (!mem) return raise_no_memory();
    return static_cast<int64_t*>(mem);
}

// The result tuple (item(0), ..., item(n-1)) of a combinatoric iterator.
// As CPython does, when the caller has dropped the tuple returned last time
// (`last`, ours, is then its only reference) it is refilled instead of
// allocating a new one: `for a, b in product(...)` allocates nothing per
// item. The items come from pools the iterator keeps alive, so releasing
// the ones replaced never runs Python code.
template <typename ItemFn>
Ref refill_or_new(Ref& last, int64_t n, ItemFn item) {
    if (last && last.get().as_object()->refcount == 1) {
        Tuple* t = last.as<Tuple>();
        for (int64_t i = 0; i < n; ++i) {
            Value old = t->items[i];
            t->items[i] = item(i);
            incref(t->items[i]);
            decref(old);
        }
        return last;
    }
    Handle<Tuple> t = tuple_new(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) tuple_init_item(t.get(), static_cast<size_t>(i), Ref::borrow(item(i)));
    last = std::move(t).ref();
    return last;
}

// (pool[indices[0]], ..., pool[indices[r-1]]), recycling `last`.
Ref pick(Tuple* pool, const int64_t* indices, int64_t r, Ref& last) {
    return refill_or_new(last, r, [&](int64_t i) { return pool->items[indices[i]]; });
}

// The truth of pred(item); None or bool as pred tests the item itself
// (without calling bool, as CPython's filter and filterfalse).
Result<bool> test_item(Value pred, Value item) {
    if (pred.is(None()) || pred.is(Value(&bool_type))) return truthy(item);
    Ref verdict = TRY(call(pred, {item}));
    return truthy(verdict);
}

// ---------------------------------------------------------------- chain

struct ChainObject : Object {
    Ref source; // iterator over the iterables; null once all are consumed
    Ref active; // iterator of the current iterable, or null
};
using ChainFields = RefFields<ChainObject, &ChainObject::source, &ChainObject::active>;

Result<Ref> make_chain(TypeObject* cls, Value iterables) {
    Ref source = TRY(iter(iterables));
    Handle<ChainObject> c = alloc_instance<ChainObject>(cls);
    c->source = std::move(source);
    return std::move(c).ref();
}

Result<Ref> chain_new(CallArgs a) {
    TypeObject* cls = TRY(new_target(a, &chain_type));
    TRY(reject_keywords(a, cls, &chain_type, "chain"));
    Handle<Tuple> iterables = tuple_from_array(a.args + 1, a.nargs - 1);
    return make_chain(cls, iterables);
}

// chain.from_iterable(iterables): a classmethod, args[0] is the class.
Result<Ref> chain_from_iterable(const Value* args, size_t nargs) {
    if (nargs != 2)
        return raise_format(TypeError_type, "chain.from_iterable() takes exactly one argument (%zu given)", nargs - 1);
    return make_chain(args[0].as<TypeObject>(), args[1]);
}

// The iterator of the next iterable, or null when there is none. The
// chain is over once this fails or finds nothing.
Result<Ref> chain_next_active(ChainObject* c) {
    Result<Ref> iterable = next(c->source);
    Result<Ref> it = iterable.ok() && iterable.value() ? iter(iterable.value()) : std::move(iterable);
    if (it.failed() || !it.value()) c->source.reset();
    return it;
}

Result<Ref> chain_iternext(Value self) {
    auto* c = self.as<ChainObject>();
    while (c->source) {
        if (!c->active) {
            c->active = TRY(chain_next_active(c));
            if (!c->active) return Ref();
        }
        Ref active = c->active; // a re-entrant call may drop the chain's reference
        Ref item = TRY(next(active));
        if (item) return item;
        c->active.reset();
    }
    return Ref();
}

// ---------------------------------------------------------------- count

struct CountObject : Object {
    Ref cnt;  // the next value
    Ref step;
};
using CountFields = RefFields<CountObject, &CountObject::cnt, &CountObject::step>;

// PyNumber_Check: what count() accepts as start and step.
bool is_number(Value v) {
    TypeObject* t = v.type();
    return is_int(v) || is_float(v) || lookup_special(t, Special::index) || lookup_special(t, Special::int_) ||
           lookup_special(t, Special::float_);
}

bool is_int_one(Value v) {
    int64_t i;
    return is_int(v) && int_to_int64(v, &i) && i == 1;
}

Result<Ref> count_new(CallArgs a) {
    TypeObject* cls = TRY(new_target(a, &count_type));
    Value arg[2] = {};
    TRY(parse_args(a, 1, ArgSpec{"count", {"start", "step"}}, arg));
    Value start = arg[0] ? arg[0] : Value::small_int(0);
    Value step = arg[1] ? arg[1] : Value::small_int(1);
    if (!is_number(start) || !is_number(step)) return raise(TypeError_type, "a number is required");
    Ref cnt = Ref::borrow(start);
    // CPython counts in a machine integer while the start is an int that fits
    // and the step is 1: the values are then plain ints, even for count(True).
    int64_t i;
    if (is_int(start) && is_int_one(step) && int_to_int64(start, &i)) cnt = make_int(i);
    Handle<CountObject> c = alloc_instance<CountObject>(cls);
    c->cnt = std::move(cnt);
    c->step = Ref::borrow(step);
    return std::move(c).ref();
}

Result<Ref> count_iternext(Value self) {
    auto* c = self.as<CountObject>();
    if (!c->cnt) return Ref(); // cleared by the collector
    Value cur = c->cnt, step = c->step;
    Ref stepped;
    if (cur.is_small_int() && step.is_small_int()) {
        stepped = make_int(cur.as_small_int() + step.as_small_int()); // both are 63-bit: no overflow
    } else {
        stepped = TRY(binary_op(cur, step, Special::add));
    }
    Ref result = std::move(c->cnt);
    c->cnt = std::move(stepped);
    return result;
}

Result<Ref> count_repr(const Value* args, size_t) {
    auto* c = args[0].as<CountObject>();
    std::string out(args[0].type()->name_view());
    out += "(" + TRY(repr_text(c->cnt));
    if (!is_int_one(c->step)) out += ", " + TRY(repr_text(c->step));
    return text_to_str(out + ")");
}

// ---------------------------------------------------------------- islice

struct IsliceObject : Object {
    Ref it;       // null once exhausted
    int64_t next; // index of the next item to return
    int64_t stop; // -1: no limit
    int64_t step;
    int64_t cnt;  // items consumed so far
};
using IsliceFields = RefFields<IsliceObject, &IsliceObject::it>;

// PyNumber_AsSsize_t for islice's arguments: any failure (not an integer,
// out of range) is reported as -1 with no error, and islice then raises its
// own ValueError.
int64_t islice_index(Value v) {
    Result<int64_t> r = ssize_arg(v);
    if (r.ok()) return r.value();
    error_clear();
    return -1;
}

Result<Ref> islice_new(CallArgs a) {
    TypeObject* cls = TRY(positional_new(a, &islice_type, "islice", 2, 4));
    static const char* const kStopMessage =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    size_t nargs = a.nargs - 1;
    Value a1 = a.args[2], a2 = nargs > 2 ? a.args[3] : Value(), a3 = nargs > 3 ? a.args[4] : Value();
    int64_t start = 0, stop = -1, step = 1;
    if (nargs == 2) {
        if (!a1.is(None()) && (stop = islice_index(a1)) == -1) return raise(ValueError_type, kStopMessage);
    } else {
        if (!a1.is(None())) start = islice_index(a1);
        if (!a2.is(None()) && (stop = islice_index(a2)) == -1) return raise(ValueError_type, kStopMessage);
    }
    if (start < 0 || stop < -1)
        return raise(ValueError_type, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    if (a3 && !a3.is(None())) step = islice_index(a3);
    if (step < 1) return raise(ValueError_type, "Step for islice() must be a positive integer or None.");
    Ref it = TRY(iter(a.args[1]));
    Handle<IsliceObject> s = alloc_instance<IsliceObject>(cls);
    s->it = std::move(it);
    s->next = start;
    s->stop = stop;
    s->step = step;
    s->cnt = 0;
    return std::move(s).ref();
}

Result<Ref> islice_iternext(Value self) {
    auto* s = self.as<IsliceObject>();
    if (!s->it) return Ref();
    Ref it = s->it; // the source may drop our reference through re-entrant calls
    while (s->cnt < s->next) {
        Ref skipped = TRY(next(it));
        if (!skipped) {
            s->it.reset();
            return Ref();
        }
        ++s->cnt;
    }
    if (s->stop != -1 && s->cnt >= s->stop) {
        s->it.reset();
        return Ref();
    }
    Ref item = TRY(next(it));
    if (!item) {
        s->it.reset();
        return Ref();
    }
    ++s->cnt;
    int64_t following;
    if (__builtin_add_overflow(s->next, s->step, &following) || (s->stop != -1 && following > s->stop))
        following = s->stop;
    s->next = following;
    return item;
}

// ---------------------------------------------------------------- repeat

struct RepeatObject : Object {
    Ref element;
    int64_t cnt; // items left; -1: forever
};
using RepeatFields = RefFields<RepeatObject, &RepeatObject::element>;

Result<Ref> repeat_new(CallArgs a) {
    TypeObject* cls = TRY(new_target(a, &repeat_type));
    Value arg[2] = {};
    TRY(parse_args(a, 1, ArgSpec{"repeat", {"object", "times"}, 0, 1}, arg));
    int64_t cnt = -1;
    if (arg[1]) cnt = std::max<int64_t>(TRY(ssize_arg(arg[1])), 0);
    Handle<RepeatObject> r = alloc_instance<RepeatObject>(cls);
    r->element = Ref::borrow(arg[0]);
    r->cnt = cnt;
    return std::move(r).ref();
}

Result<Ref> repeat_iternext(Value self) {
    auto* r = self.as<RepeatObject>();
    if (r->cnt == 0) return Ref();
    if (r->cnt > 0) --r->cnt;
    return r->element;
}

Result<Ref> repeat_length_hint(const Value* args, size_t) {
    auto* r = args[0].as<RepeatObject>();
    if (r->cnt == -1) return raise(TypeError_type, "len() of unsized object");
    return make_int(r->cnt);
}

Result<Ref> repeat_repr(const Value* args, size_t) {
    auto* r = args[0].as<RepeatObject>();
    std::string out(args[0].type()->name_view());
    out += "(" + TRY(repr_text(r->element));
    if (r->cnt != -1) out += ", " + std::to_string(r->cnt);
    return text_to_str(out + ")");
}

// ---------------------------------------------------------------- cycle

struct CycleObject : Object {
    Ref it;        // the source during the first pass; null afterwards
    Ref saved;     // List of the items seen
    int64_t index; // next item of `saved` to return after the first pass
};
using CycleFields = RefFields<CycleObject, &CycleObject::it, &CycleObject::saved>;

Result<Ref> cycle_new(CallArgs a) {
    TypeObject* cls = TRY(positional_new(a, &cycle_type, "cycle", 1, 1));
    Ref it = TRY(iter(a.args[1]));
    Handle<List> saved = list_new();
    Handle<CycleObject> c = alloc_instance<CycleObject>(cls);
    c->it = std::move(it);
    c->saved = std::move(saved).ref();
    c->index = 0;
    return std::move(c).ref();
}

Result<Ref> cycle_iternext(Value self) {
    auto* c = self.as<CycleObject>();
    if (c->it) {
        Ref it = c->it; // a re-entrant call may drop the cycle's reference
        Ref item = TRY(next(it));
        if (item) {
            TRY(list_append(c->saved.as<List>(), item));
            return item;
        }
        c->it.reset();
    }
    if (!c->saved) return Ref(); // cleared by the collector
    List* saved = c->saved.as<List>();
    if (saved->size == 0) return Ref();
    if (c->index >= saved->size) c->index = 0;
    Ref item = Ref::borrow(saved->items[c->index]);
    if (++c->index >= saved->size) c->index = 0;
    return item;
}

// ---------------------------------------------------------------- takewhile, dropwhile

struct PredicateObject : Object {
    Ref func;
    Ref it;
    bool done; // takewhile: the predicate failed once; dropwhile: dropping is over
};
using PredicateFields = RefFields<PredicateObject, &PredicateObject::func, &PredicateObject::it>;

template <TypeObject* Base>
Result<Ref> predicate_new(CallArgs a, const char* name) {
    TypeObject* cls = TRY(positional_new(a, Base, name, 2, 2));
    Ref it = TRY(iter(a.args[2]));
    Handle<PredicateObject> p = alloc_instance<PredicateObject>(cls);
    p->func = Ref::borrow(a.args[1]);
    p->it = std::move(it);
    p->done = false;
    return std::move(p).ref();
}

Result<Ref> takewhile_new(CallArgs a) { return predicate_new<&takewhile_type>(a, "takewhile"); }
Result<Ref> dropwhile_new(CallArgs a) { return predicate_new<&dropwhile_type>(a, "dropwhile"); }

Result<Ref> takewhile_iternext(Value self) {
    auto* p = self.as<PredicateObject>();
    if (p->done || !p->it) return Ref();
    Ref item = TRY(next(p->it));
    if (!item) return Ref();
    Ref verdict = TRY(call(p->func, {item.get()}));
    if (TRY(truthy(verdict))) return item;
    p->done = true;
    return Ref();
}

Result<Ref> dropwhile_iternext(Value self) {
    auto* p = self.as<PredicateObject>();
    if (!p->it) return Ref();
    for (;;) {
        Ref item = TRY(next(p->it));
        if (!item || p->done) return item;
        Ref verdict = TRY(call(p->func, {item.get()}));
        if (!TRY(truthy(verdict))) {
            p->done = true;
            return item;
        }
    }
}

// ---------------------------------------------------------------- accumulate

struct AccumulateObject : Object {
    Ref it;
    Ref binop;   // null: addition
    Ref total;   // null until the first item
    Ref initial; // None once produced (or when not given)
};
using AccumulateFields = RefFields<AccumulateObject, &AccumulateObject::it, &AccumulateObject::binop,
                                   &AccumulateObject::total, &AccumulateObject::initial>;

Result<Ref> accumulate_new(CallArgs a) {
    TypeObject* cls = TRY(new_target(a, &accumulate_type));
    Value arg[3] = {};
    TRY(parse_args(a, 1, ArgSpec{"accumulate", {"iterable", "func", "initial"}, 0, 1, 2}, arg));
    Ref it = TRY(iter(arg[0]));
    Handle<AccumulateObject> acc = alloc_instance<AccumulateObject>(cls);
    acc->it = std::move(it);
    if (arg[1] && !arg[1].is(None())) acc->binop = Ref::borrow(arg[1]);
    acc->initial = Ref::borrow(arg[2] ? arg[2] : None());
    return std::move(acc).ref();
}

Result<Ref> accumulate_iternext(Value self) {
    auto* acc = self.as<AccumulateObject>();
    if (!acc->it) return Ref();
    if (acc->initial && !acc->initial.get().is(None())) {
        acc->total = std::exchange(acc->initial, Ref::borrow(None()));
        return acc->total;
    }
    Ref item = TRY(next(acc->it));
    if (!item) return Ref();
    if (!acc->total) {
        acc->total = item;
        return item;
    }
    Ref total = acc->total;
    Ref sum = acc->binop ? TRY(call(acc->binop, {total.get(), item.get()})) : TRY(binary_op(total, item, Special::add));
    acc->total = sum;
    return sum;
}

// ---------------------------------------------------------------- zip_longest

struct ZipLongestObject : Object {
    Ref iters;         // Tuple of iterators; an exhausted one is replaced by None
    Ref fillvalue;
    int64_t numactive; // iterators not yet exhausted
};
using ZipLongestFields = RefFields<ZipLongestObject, &ZipLongestObject::iters, &ZipLongestObject::fillvalue>;

Result<Ref> zip_longest_new(CallArgs a) {
    TypeObject* cls = TRY(new_target(a, &zip_longest_type));
    Value fillvalue = None();
    if (a.nkw() > 0) {
        Value given = a.nkw() == 1 && a.kwnames->items[0].as<Str>()->view() == "fillvalue" ? a.args[a.nargs] : Value();
        if (!given) return raise(TypeError_type, "zip_longest() got an unexpected keyword argument");
        fillvalue = given;
    }
    size_t n = a.nargs - 1;
    Handle<Tuple> iters = tuple_new(n);
    for (size_t i = 0; i < n; ++i) tuple_init_item(iters.get(), i, TRY(iter(a.args[i + 1])));
    Handle<ZipLongestObject> z = alloc_instance<ZipLongestObject>(cls);
    z->iters = std::move(iters).ref();
    z->fillvalue = Ref::borrow(fillvalue);
    z->numactive = static_cast<int64_t>(n);
    return std::move(z).ref();
}

Result<Ref> zip_longest_iternext(Value self) {
    auto* z = self.as<ZipLongestObject>();
    if (!z->iters || z->numactive == 0) return Ref();
    Ref iters_ref = z->iters; // keep the tuple alive across calls into Python
    Tuple* iters = iters_ref.as<Tuple>();
    Handle<Tuple> result = tuple_new(static_cast<size_t>(iters->size));
    for (int64_t i = 0; i < iters->size; ++i) {
        Ref item;
        if (!iters->items[i].is(None())) {
            Ref it = Ref::borrow(iters->items[i]);
            Result<Ref> got = next(it);
            if (got.failed()) {
                z->numactive = 0;
                return kError;
            }
            item = got.take();
            if (!item) {
                if (--z->numactive == 0) return Ref();
                // The tuple is private to this object: retire the iterator in place.
                iters->items[i] = Ref::borrow(None()).release();
                decref(it.get());
            }
        }
        if (!item) item = z->fillvalue;
        tuple_init_item(result.get(), static_cast<size_t>(i), std::move(item));
    }
    return std::move(result).ref();
}

// ---------------------------------------------------------------- product

struct ProductObject : Object {
    Ref pools;        // Tuple of tuples, the argument pools times `repeat`
    Ref last;         // the tuple returned last (see refill_or_new)
    int64_t* indices; // the current item: pools[i][indices[i]]
    bool started;
    bool stopped;
};
using ProductFields = RefFields<ProductObject, &ProductObject::pools, &ProductObject::last>;

void product_dealloc(Object* self) {
    std::free(static_cast<ProductObject*>(self)->indices);
    generic_dealloc(self);
}

Result<Ref> product_new(CallArgs a) {
    TypeObject* cls = TRY(new_target(a, &product_type));
    Value repeat_arg;
    TRY(parse_keywords(a, {.fname = "product", .names = {"repeat"}}, &repeat_arg));
    int64_t repeat = 1;
    if (repeat_arg) {
        repeat = TRY(ssize_arg(repeat_arg));
        if (repeat < 0) return raise(ValueError_type, "repeat argument cannot be negative");
    }
    int64_t nargs = repeat == 0 ? 0 : static_cast<int64_t>(a.nargs - 1);
    if (repeat > 0 && nargs > INT64_MAX / static_cast<int64_t>(sizeof(int64_t)) / repeat)
        return raise(OverflowError_type, "repeat argument too large");
    int64_t npools = nargs * repeat;
    int64_t* indices = TRY(alloc_indices(npools));
    Handle<ProductObject> p = alloc_instance<ProductObject>(cls);
    p->indices = indices; // owned by p from here on
    Handle<Tuple> pools = tuple_new(static_cast<size_t>(npools));
    if (!pools) return kError;
    for (int64_t i = 0; i < nargs; ++i) tuple_init_item(pools.get(), static_cast<size_t>(i), TRY(sequence_to_tuple(a.args[i + 1])));
    for (int64_t i = nargs; i < npools; ++i)
        tuple_init_item(pools.get(), static_cast<size_t>(i), Ref::borrow(pools->items[i - nargs]));
    for (int64_t i = 0; i < npools; ++i) indices[i] = 0;
    p->pools = std::move(pools).ref();
    return std::move(p).ref();
}

Result<Ref> product_iternext(Value self) {
    auto* p = self.as<ProductObject>();
    if (p->stopped || !p->pools) return Ref();
    Tuple* pools = p->pools.as<Tuple>();
    int64_t npools = pools->size;
    if (!p->started) {
        p->started = true;
        for (int64_t i = 0; i < npools; ++i) {
            if (pools->items[i].as<Tuple>()->size == 0) {
                p->stopped = true;
                return Ref();
            }
        }
    } else {
        // An odometer: advance the rightmost pool, carrying leftwards on roll-over.
        int64_t i = npools - 1;
        for (; i >= 0; --i) {
            if (++p->indices[i] < pools->items[i].as<Tuple>()->size) break;
            p->indices[i] = 0;
        }
        if (i < 0) {
            p->stopped = true;
            return Ref();
        }
    }
    return refill_or_new(p->last, npools, [&](int64_t i) { return pools->items[i].as<Tuple>()->items[p->indices[i]]; });
}

// ---------------------------------------------------------------- combinatorics over one pool

// permutations, combinations and combinations_with_replacement: r-tuples
// drawn from a pool (the iterable as a tuple), in lexicographic order of
// positions in the pool.
struct CombinatoricObject : Object {
    Ref pool;         // Tuple
    Ref last;         // the tuple returned last (see refill_or_new)
    int64_t r;
    int64_t* indices; // positions of the current tuple's items
    int64_t* cycles;  // permutations only
    bool started;
    bool stopped;
};
using CombinatoricFields = RefFields<CombinatoricObject, &CombinatoricObject::pool, &CombinatoricObject::last>;

void combinatoric_dealloc(Object* self) {
    auto* c = static_cast<CombinatoricObject*>(self);
    std::free(c->indices);
    std::free(c->cycles);
    generic_dealloc(self);
}

// The object for `pool` and `r`, with `nindices` index slots (and r cycle
// slots for permutations).
Result<Ref> make_combinatoric(TypeObject* cls, Ref pool, int64_t r, int64_t nindices, bool with_cycles) {
    int64_t* indices = TRY(alloc_indices(nindices));
    Handle<CombinatoricObject> c = alloc_instance<CombinatoricObject>(cls);
    c->indices = indices;
    if (with_cycles) c->cycles = TRY(alloc_indices(r));
    c->pool = std::move(pool);
    c->r = r;
    return std::move(c).ref();
}

ErrorTag negative_r() { return raise(ValueError_type, "r must be non-negative"); }

// combinations(iterable, r) and combinations_with_replacement(iterable, r).
Result<Ref> combinations_common_new(CallArgs a, TypeObject* base, const char* name, bool replacement) {
    TypeObject* cls = TRY(new_target(a, base));
    Value arg[2] = {};
    TRY(parse_args(a, 1, ArgSpec{name, {"iterable", "r"}, 0, 2}, arg));
    int64_t r = TRY(ssize_arg(arg[1]));
    Ref pool = TRY(sequence_to_tuple(arg[0]));
    if (r < 0) return negative_r();
    int64_t n = pool.as<Tuple>()->size;
    Ref obj = TRY(make_combinatoric(cls, std::move(pool), r, r, false));
    auto* c = obj.as<CombinatoricObject>();
    for (int64_t i = 0; i < r; ++i) c->indices[i] = replacement ? 0 : i;
    c->stopped = replacement ? (n == 0 && r > 0) : r > n;
    return obj;
}

Result<Ref> combinations_new(CallArgs a) { return combinations_common_new(a, &combinations_type, "combinations", false); }
Result<Ref> cwr_new(CallArgs a) {
    return combinations_common_new(a, &cwr_type, "combinations_with_replacement", true);
}

Result<Ref> permutations_new(CallArgs a) {
    TypeObject* cls = TRY(new_target(a, &permutations_type));
    Value arg[2] = {};
    TRY(parse_args(a, 1, ArgSpec{"permutations", {"iterable", "r"}, 0, 1}, arg));
    Ref pool = TRY(sequence_to_tuple(arg[0]));
    int64_t n = pool.as<Tuple>()->size;
    int64_t r = n;
    if (arg[1] && !arg[1].is(None())) {
        if (!is_int(arg[1])) return raise(TypeError_type, "Expected int as r");
        r = TRY(ssize_arg(arg[1]));
        if (r < 0) return negative_r();
    }
    Ref obj = TRY(make_combinatoric(cls, std::move(pool), r, n, true));
    auto* c = obj.as<CombinatoricObject>();
    for (int64_t i = 0; i < n; ++i) c->indices[i] = i;
    for (int64_t i = 0; i < r; ++i) c->cycles[i] = n - i;
    c->stopped = r > n;
    return obj;
}

// Common start of the three iternexts: null when there is nothing more,
// else the pool; `first` tells whether this is the first tuple.
Tuple* combinatoric_step(CombinatoricObject* c, bool* first) {
    if (c->stopped || !c->pool) return nullptr;
    *first = !c->started;
    c->started = true;
    return c->pool.as<Tuple>();
}

Result<Ref> combinatoric_stop(CombinatoricObject* c) {
    c->stopped = true;
    return Ref();
}

Result<Ref> combinations_iternext(Value self) {
    auto* c = self.as<CombinatoricObject>();
    bool first;
    Tuple* pool = combinatoric_step(c, &first);
    if (!pool) return Ref();
    int64_t n = pool->size, r = c->r;
    int64_t* indices = c->indices;
    if (!first) {
        // The rightmost index not yet at its maximum (i + n - r) moves up one;
        // the ones right of it restart just above it.
        int64_t i = r - 1;
        while (i >= 0 && indices[i] == i + n - r) --i;
        if (i < 0) return combinatoric_stop(c);
        ++indices[i];
        for (int64_t j = i + 1; j < r; ++j) indices[j] = indices[j - 1] + 1;
    }
    return pick(pool, indices, r, c->last);
}

Result<Ref> cwr_iternext(Value self) {
    auto* c = self.as<CombinatoricObject>();
    bool first;
    Tuple* pool = combinatoric_step(c, &first);
    if (!pool) return Ref();
    int64_t n = pool->size, r = c->r;
    int64_t* indices = c->indices;
    if (!first) {
        // The rightmost index below n - 1 moves up one; those right of it
        // take the same value (indices never decrease left to right).
        int64_t i = r - 1;
        while (i >= 0 && indices[i] == n - 1) --i;
        if (i < 0) return combinatoric_stop(c);
        int64_t value = indices[i] + 1;
        for (; i < r; ++i) indices[i] = value;
    }
    return pick(pool, indices, r, c->last);
}

Result<Ref> permutations_iternext(Value self) {
    auto* c = self.as<CombinatoricObject>();
    bool first;
    Tuple* pool = combinatoric_step(c, &first);
    if (!pool) return Ref();
    int64_t n = pool->size, r = c->r;
    int64_t *indices = c->indices, *cycles = c->cycles;
    if (!first) {
        if (n == 0) return combinatoric_stop(c);
        // cycles[i] counts the choices left for position i. When one runs
        // out, indices[i:] rotate back to their initial order and the
        // position to the left advances instead.
        int64_t i = r - 1;
        for (; i >= 0; --i) {
            if (--cycles[i] == 0) {
                int64_t moved = indices[i];
                for (int64_t j = i; j < n - 1; ++j) indices[j] = indices[j + 1];
                indices[n - 1] = moved;
                cycles[i] = n - i;
            } else {
                std::swap(indices[i], indices[n - cycles[i]]);
                break;
            }
        }
        if (i < 0) return combinatoric_stop(c);
    }
    return pick(pool, indices, r, c->last);
}

// ---------------------------------------------------------------- tee

// The items a group of tee iterators share: a linked list of blocks of
// kTeeLinkCells values, filled from the source by whichever iterator is
// ahead. A block is freed once every iterator has moved past it.
constexpr int kTeeLinkCells = 57;

struct TeeData : Object {
    Ref it;        // the shared source iterator
    Ref next_link; // TeeData with the following values, once someone got there
    int numread;   // values[0..numread) are filled
    bool running;  // the source's __next__ is running (re-entry is an error)
    Value values[kTeeLinkCells];
};

struct TeeObject : Object {
    Ref data;  // TeeData
    int index; // next cell of `data` to read
};
using TeeFields = RefFields<TeeObject, &TeeObject::data>;

void tee_data_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* d = static_cast<TeeData*>(self);
    if (d->it) visit(d->it, ctx);
    for (int i = 0; i < d->numread; ++i) visit(d->values[i], ctx);
    if (d->next_link) visit(d->next_link, ctx);
}

void tee_data_clear(Object* self) {
    auto* d = static_cast<TeeData*>(self);
    int n = d->numread;
    d->numread = 0;
    for (int i = 0; i < n; ++i) decref(std::exchange(d->values[i], Value()));
    d->it.reset();
    // Unlink the rest of the chain one block at a time: releasing a long
    // chain recursively would overflow the C++ stack.
    Ref link = std::move(d->next_link);
    while (link && link.get().as_object()->refcount == 1) {
        Ref after = std::move(link.as<TeeData>()->next_link);
        link = std::move(after);
    }
}

Ref make_tee_data(Value it) {
    auto* d = alloc<TeeData>(&tee_dataobject_type);
    d->it = Ref::borrow(it);
    return Ref::steal(Value(d));
}

Ref make_tee(TypeObject* cls, Value data, int index) {
    Handle<TeeObject> t = alloc_instance<TeeObject>(cls);
    t->data = Ref::borrow(data);
    t->index = index;
    return std::move(t).ref();
}

// A tee iterator over `iterable`; a tee iterator argument is copied (its
// copies share one buffer).
Result<Ref> tee_from_iterable(Value iterable) {
    Ref it = TRY(iter(iterable));
    if (isinstance_exact(it, &tee_type)) {
        auto* t = it.as<TeeObject>();
        return make_tee(&tee_type, t->data, t->index);
    }
    return make_tee(&tee_type, make_tee_data(it), 0);
}

Result<Ref> tee_new(CallArgs a) {
    TRY(positional_new(a, &tee_type, "_tee", 1, 1));
    return tee_from_iterable(a.args[1]);
}

// The i-th value of a block, read from the source when it is the first
// iterator to get there.
Result<Ref> tee_data_item(TeeData* d, int i) {
    if (i < d->numread) return Ref::borrow(d->values[i]);
    if (!d->it) return Ref(); // cleared by the collector
    if (d->running) return raise(RuntimeError_type, "cannot re-enter the tee iterator");
    d->running = true;
    Result<Ref> value = next(d->it);
    d->running = false;
    Ref item = TRY(std::move(value));
    if (!item) return Ref();
    d->values[d->numread++] = Ref(item).release();
    return item;
}

Result<Ref> tee_iternext(Value self) {
    auto* t = self.as<TeeObject>();
    if (!t->data) return Ref();
    if (t->index >= kTeeLinkCells) {
        auto* d = t->data.as<TeeData>();
        if (!d->next_link) d->next_link = make_tee_data(d->it);
        t->data = d->next_link;
        t->index = 0;
    }
    Ref data = t->data; // the source may drop this iterator's block while it runs
    Ref item = TRY(tee_data_item(data.as<TeeData>(), t->index));
    if (item) ++t->index;
    return item;
}

Result<Ref> tee_copy(const Value* args, size_t) {
    auto* t = args[0].as<TeeObject>();
    return make_tee(&tee_type, t->data, t->index);
}

// itertools.tee(iterable, n=2, /)
Result<Ref> tee_function(CallArgs a) {
    if (a.nkw() > 0) return raise(TypeError_type, "itertools.tee() takes no keyword arguments");
    TRY(check_positional("tee", a.nargs, 1, 2));
    int64_t n = a.nargs > 1 ? TRY(ssize_arg(a.args[1])) : 2;
    if (n < 0) return raise(ValueError_type, "n must be >= 0");
    Handle<Tuple> result = tuple_new(static_cast<size_t>(n));
    if (!result) return kError;
    if (n == 0) return std::move(result).ref();
    Ref it = TRY(iter(a.args[0]));
    // An iterator that knows how to copy itself (a tee) is copied as is.
    Ref copyfunc = TRY(getattr_opt(it, intern("__copy__")));
    Ref copyable = it;
    if (!copyfunc) {
        copyable = TRY(tee_from_iterable(it));
        copyfunc = TRY(getattr(copyable, intern("__copy__")));
    }
    tuple_init_item(result.get(), 0, std::move(copyable));
    for (int64_t i = 1; i < n; ++i) tuple_init_item(result.get(), static_cast<size_t>(i), TRY(call(copyfunc, {})));
    return std::move(result).ref();
}

// ---------------------------------------------------------------- groupby

struct GroupByObject : Object {
    Ref it;
    Ref keyfunc;   // None: the items are their keys
    Ref tgtkey;    // key of the current group
    Ref currkey;   // key of currvalue
    Ref currvalue; // the item read ahead, not yet handed out
    Object* currgrouper; // the only _grouper that may still read (identity only, not owned)
};
using GroupByFields = RefFields<GroupByObject, &GroupByObject::it, &GroupByObject::keyfunc, &GroupByObject::tgtkey,
                                &GroupByObject::currkey, &GroupByObject::currvalue>;

struct GrouperObject : Object {
    Ref parent; // the groupby
    Ref tgtkey; // the key of this group
};
using GrouperFields = RefFields<GrouperObject, &GrouperObject::parent, &GrouperObject::tgtkey>;

Result<Ref> groupby_new(CallArgs a) {
    TypeObject* cls = TRY(new_target(a, &groupby_type));
    Value arg[2] = {};
    TRY(parse_args(a, 1, ArgSpec{"groupby", {"iterable", "key"}, 0, 1}, arg));
    Ref it = TRY(iter(arg[0]));
    Handle<GroupByObject> g = alloc_instance<GroupByObject>(cls);
    g->it = std::move(it);
    g->keyfunc = Ref::borrow(arg[1] ? arg[1] : None());
    return std::move(g).ref();
}

// Read the next item and its key into currvalue/currkey. False at the end.
Result<bool> groupby_step(GroupByObject* g) {
    if (!g->it) return false;
    Ref value = TRY(next(g->it));
    if (!value) return false;
    Ref key = value;
    if (!g->keyfunc.get().is(None())) key = TRY(call(g->keyfunc, {value.get()}));
    g->currvalue = std::move(value);
    g->currkey = std::move(key);
    return true;
}

Ref make_grouper(TypeObject* cls, GroupByObject* parent, Value tgtkey) {
    Handle<GrouperObject> gr = alloc_instance<GrouperObject>(cls);
    gr->parent = Ref::borrow(Value(parent));
    gr->tgtkey = Ref::borrow(tgtkey);
    parent->currgrouper = gr.get();
    return std::move(gr).ref();
}

Result<Ref> groupby_iternext(Value self) {
    auto* g = self.as<GroupByObject>();
    g->currgrouper = nullptr;
    // Skip what is left of the current group.
    for (;;) {
        if (g->currkey) {
            if (!g->tgtkey) break;
            Ref tgtkey = g->tgtkey, currkey = g->currkey;
            if (!TRY(compare_bool(tgtkey, currkey, CompareOp::Eq))) break;
        }
        if (!TRY(groupby_step(g))) return Ref();
    }
    g->tgtkey = g->currkey;
    Ref key = g->currkey;
    Ref grouper = make_grouper(&grouper_type, g, key);
    return tuple_pack({key.get(), grouper.get()}).ref();
}

Result<Ref> grouper_new(CallArgs a) {
    TypeObject* cls = TRY(positional_new(a, &grouper_type, "_grouper", 2, 2));
    if (!isinstance_exact(a.args[1], &groupby_type))
        return raise_format(TypeError_type, "_grouper() argument 1 must be itertools.groupby, not %s",
                            std::string(type_name(a.args[1])).c_str());
    return make_grouper(cls, a.args[1].as<GroupByObject>(), a.args[2]);
}

Result<Ref> grouper_iternext(Value self) {
    auto* gr = self.as<GrouperObject>();
    if (!gr->parent) return Ref();
    Ref parent = gr->parent;
    auto* g = parent.as<GroupByObject>();
    if (g->currgrouper != gr) return Ref();
    if (!g->currvalue && !TRY(groupby_step(g))) return Ref();
    Ref tgtkey = gr->tgtkey, currkey = g->currkey;
    if (!TRY(compare_bool(tgtkey, currkey, CompareOp::Eq))) return Ref();
    g->currkey.reset();
    return std::move(g->currvalue);
}

// ---------------------------------------------------------------- starmap, compress, filterfalse, pairwise

struct FuncIterObject : Object { // starmap and filterfalse
    Ref func;
    Ref it;
};
using FuncIterFields = RefFields<FuncIterObject, &FuncIterObject::func, &FuncIterObject::it>;

template <TypeObject* Base>
Result<Ref> func_iter_new(CallArgs a, const char* name) {
    TypeObject* cls = TRY(positional_new(a, Base, name, 2, 2));
    Ref it = TRY(iter(a.args[2]));
    Handle<FuncIterObject> f = alloc_instance<FuncIterObject>(cls);
    f->func = Ref::borrow(a.args[1]);
    f->it = std::move(it);
    return std::move(f).ref();
}

Result<Ref> starmap_new(CallArgs a) { return func_iter_new<&starmap_type>(a, "starmap"); }
Result<Ref> filterfalse_new(CallArgs a) { return func_iter_new<&filterfalse_type>(a, "filterfalse"); }

Result<Ref> starmap_iternext(Value self) {
    auto* f = self.as<FuncIterObject>();
    if (!f->it) return Ref();
    Ref item = TRY(next(f->it));
    if (!item) return Ref();
    Ref args = TRY(sequence_to_tuple(item));
    Tuple* t = args.as<Tuple>();
    return call(f->func, CallArgs{t->items, static_cast<size_t>(t->size), nullptr});
}

Result<Ref> filterfalse_iternext(Value self) {
    auto* f = self.as<FuncIterObject>();
    if (!f->it) return Ref();
    for (;;) {
        Ref item = TRY(next(f->it));
        if (!item) return Ref();
        if (!TRY(test_item(f->func, item))) return item;
    }
}

struct CompressObject : Object {
    Ref data;
    Ref selectors;
};
using CompressFields = RefFields<CompressObject, &CompressObject::data, &CompressObject::selectors>;

Result<Ref> compress_new(CallArgs a) {
    TypeObject* cls = TRY(new_target(a, &compress_type));
    Value arg[2] = {};
    TRY(parse_args(a, 1, ArgSpec{"compress", {"data", "selectors"}, 0, 2}, arg));
    Ref data = TRY(iter(arg[0]));
    Ref selectors = TRY(iter(arg[1]));
    Handle<CompressObject> c = alloc_instance<CompressObject>(cls);
    c->data = std::move(data);
    c->selectors = std::move(selectors);
    return std::move(c).ref();
}

Result<Ref> compress_iternext(Value self) {
    auto* c = self.as<CompressObject>();
    if (!c->data || !c->selectors) return Ref();
    for (;;) {
        Ref datum = TRY(next(c->data));
        if (!datum) return Ref();
        Ref selector = TRY(next(c->selectors));
        if (!selector) return Ref();
        if (TRY(truthy(selector))) return datum;
    }
}

struct PairwiseObject : Object {
    Ref it;  // null once exhausted
    Ref old; // the previous item
};
using PairwiseFields = RefFields<PairwiseObject, &PairwiseObject::it, &PairwiseObject::old>;

Result<Ref> pairwise_new(CallArgs a) {
    TypeObject* cls = TRY(positional_new(a, &pairwise_type, "pairwise", 1, 1));
    Ref it = TRY(iter(a.args[1]));
    Handle<PairwiseObject> p = alloc_instance<PairwiseObject>(cls);
    p->it = std::move(it);
    return std::move(p).ref();
}

Result<Ref> pairwise_iternext(Value self) {
    auto* p = self.as<PairwiseObject>();
    if (!p->it) return Ref();
    Ref it = p->it;
    if (!p->old) {
        p->old = TRY(next(it));
        if (!p->old) {
            p->it.reset();
            return Ref();
        }
    }
    Ref item = TRY(next(it));
    if (!item) {
        p->it.reset();
        p->old.reset();
        return Ref();
    }
    Ref old = std::exchange(p->old, item);
    if (!old) return Ref(); // cleared re-entrantly by the source
    return tuple_pack({old.get(), item.get()}).ref();
}

// ---------------------------------------------------------------- type tables

#define PYCO_ITERATOR_METHODS(iternext)                                          \
    {.name = "__iter__", .fn = iter_self_method, .min_args = 1, .max_args = 1}, \
    {.name = "__next__", .fn = next_method<iternext>, .min_args = 1, .max_args = 1}

#define PYCO_NEW(fn) {.name = "__new__", .kwfn = fn, .kind = MethodKind::Static}

const MethodDef chain_methods[] = {
    PYCO_NEW(chain_new),
    PYCO_ITERATOR_METHODS(chain_iternext),
    {.name = "from_iterable", .fn = chain_from_iterable, .min_args = 1, .max_args = -1, .kind = MethodKind::Class,
     .doc = "Alternative chain() constructor taking a single iterable argument that evaluates lazily."},
    {.name = "__class_getitem__", .fn = class_getitem_method, .min_args = 2, .max_args = 2, .kind = MethodKind::Class},
    {nullptr},
};
const MethodDef count_methods[] = {
    PYCO_NEW(count_new),
    PYCO_ITERATOR_METHODS(count_iternext),
    {.name = "__repr__", .fn = count_repr, .min_args = 1, .max_args = 1},
    {nullptr},
};
const MethodDef islice_methods[] = {PYCO_NEW(islice_new), PYCO_ITERATOR_METHODS(islice_iternext), {nullptr}};
const MethodDef repeat_methods[] = {
    PYCO_NEW(repeat_new),
    PYCO_ITERATOR_METHODS(repeat_iternext),
    {.name = "__repr__", .fn = repeat_repr, .min_args = 1, .max_args = 1},
    {.name = "__length_hint__", .fn = repeat_length_hint, .min_args = 1, .max_args = 1},
    {nullptr},
};
const MethodDef cycle_methods[] = {PYCO_NEW(cycle_new), PYCO_ITERATOR_METHODS(cycle_iternext), {nullptr}};
const MethodDef takewhile_methods[] = {PYCO_NEW(takewhile_new), PYCO_ITERATOR_METHODS(takewhile_iternext), {nullptr}};
const MethodDef dropwhile_methods[] = {PYCO_NEW(dropwhile_new), PYCO_ITERATOR_METHODS(dropwhile_iternext), {nullptr}};
const MethodDef accumulate_methods[] = {PYCO_NEW(accumulate_new), PYCO_ITERATOR_METHODS(accumulate_iternext),
                                        {nullptr}};
const MethodDef zip_longest_methods[] = {PYCO_NEW(zip_longest_new), PYCO_ITERATOR_METHODS(zip_longest_iternext),
                                         {nullptr}};
const MethodDef product_methods[] = {PYCO_NEW(product_new), PYCO_ITERATOR_METHODS(product_iternext), {nullptr}};
const MethodDef tee_methods[] = {
    PYCO_NEW(tee_new),
    PYCO_ITERATOR_METHODS(tee_iternext),
    {.name = "__copy__", .fn = tee_copy, .min_args = 1, .max_args = 1, .doc = "Returns an independent iterator."},
    {nullptr},
};
const MethodDef groupby_methods[] = {PYCO_NEW(groupby_new), PYCO_ITERATOR_METHODS(groupby_iternext), {nullptr}};
const MethodDef grouper_methods[] = {PYCO_NEW(grouper_new), PYCO_ITERATOR_METHODS(grouper_iternext), {nullptr}};
const MethodDef starmap_methods[] = {PYCO_NEW(starmap_new), PYCO_ITERATOR_METHODS(starmap_iternext), {nullptr}};
const MethodDef compress_methods[] = {PYCO_NEW(compress_new), PYCO_ITERATOR_METHODS(compress_iternext), {nullptr}};
const MethodDef filterfalse_methods[] = {PYCO_NEW(filterfalse_new), PYCO_ITERATOR_METHODS(filterfalse_iternext),
                                         {nullptr}};
const MethodDef permutations_methods[] = {PYCO_NEW(permutations_new), PYCO_ITERATOR_METHODS(permutations_iternext),
                                          {nullptr}};
const MethodDef combinations_methods[] = {PYCO_NEW(combinations_new), PYCO_ITERATOR_METHODS(combinations_iternext),
                                          {nullptr}};
const MethodDef cwr_methods[] = {PYCO_NEW(cwr_new), PYCO_ITERATOR_METHODS(cwr_iternext), {nullptr}};
const MethodDef pairwise_methods[] = {PYCO_NEW(pairwise_new), PYCO_ITERATOR_METHODS(pairwise_iternext), {nullptr}};

#undef PYCO_NEW
#undef PYCO_ITERATOR_METHODS

const MethodDef itertools_functions[] = {
    {.name = "tee", .kwfn = tee_function, .kind = MethodKind::Static,
     .doc = "Returns a tuple of n independent iterators."},
    {nullptr},
};

struct IteratorType {
    TypeObject* type;
    const char* name;
    uint32_t basicsize;
    TraverseFn traverse;
    ClearFn clear;
    IterNextFn iternext;
    const MethodDef* methods;
    const char* doc;
    DeallocFn dealloc;
    bool subclassable;
};

// One row of the type table: the layout and GC hooks come from `Fields`.
template <typename Fields>
constexpr IteratorType row(TypeObject* type, const char* name, IterNextFn iternext, const MethodDef* methods,
                           const char* doc, DeallocFn dealloc = generic_dealloc, bool subclassable = true) {
    return {type, name, sizeof(typename Fields::Layout), Fields::traverse, Fields::clear, iternext, methods, doc,
            dealloc, subclassable};
}

const IteratorType kIteratorTypes[] = {
    row<ChainFields>(&chain_type, "chain", chain_iternext, chain_methods,
                     "chain(*iterables) --> the items of each iterable in turn."),
    row<CountFields>(&count_type, "count", count_iternext, count_methods,
                     "count(start=0, step=1) --> start, start+step, start+2*step, ..."),
    row<IsliceFields>(&islice_type, "islice", islice_iternext, islice_methods,
                      "islice(iterable, stop) or islice(iterable, start, stop[, step]) --> the selected items,\n"
                      "like seq[start:stop:step] without negative values."),
    row<RepeatFields>(&repeat_type, "repeat", repeat_iternext, repeat_methods,
                      "repeat(object [,times]) --> object, times times (forever by default)."),
    row<CycleFields>(&cycle_type, "cycle", cycle_iternext, cycle_methods,
                     "cycle(iterable) --> the items of iterable, then the same items again, forever."),
    row<PredicateFields>(&takewhile_type, "takewhile", takewhile_iternext, takewhile_methods,
                         "takewhile(predicate, iterable) --> items while predicate(item) is true."),
    row<PredicateFields>(&dropwhile_type, "dropwhile", dropwhile_iternext, dropwhile_methods,
                         "dropwhile(predicate, iterable) --> items from the first one for which predicate is false."),
    row<AccumulateFields>(&accumulate_type, "accumulate", accumulate_iternext, accumulate_methods,
                          "accumulate(iterable, func=None, *, initial=None) --> running totals (or results of func)."),
    row<ZipLongestFields>(&zip_longest_type, "zip_longest", zip_longest_iternext, zip_longest_methods,
                          "zip_longest(*iterables, fillvalue=None) --> tuples until the longest input is exhausted."),
    row<ProductFields>(&product_type, "product", product_iternext, product_methods,
                       "product(*iterables, repeat=1) --> the Cartesian product, as tuples.", product_dealloc),
    row<TeeFields>(&tee_type, "_tee", tee_iternext, tee_methods, "Iterator wrapped to make it copyable.",
                   generic_dealloc, false),
    row<GroupByFields>(&groupby_type, "groupby", groupby_iternext, groupby_methods,
                       "groupby(iterable, key=None) --> (key, group) pairs for runs of items with equal keys."),
    row<GrouperFields>(&grouper_type, "_grouper", grouper_iternext, grouper_methods, nullptr, generic_dealloc,
                       false),
    row<FuncIterFields>(&starmap_type, "starmap", starmap_iternext, starmap_methods,
                        "starmap(function, iterable) --> function(*args) for each args of iterable."),
    row<CompressFields>(&compress_type, "compress", compress_iternext, compress_methods,
                        "compress(data, selectors) --> the items of data whose selector is true."),
    row<FuncIterFields>(&filterfalse_type, "filterfalse", filterfalse_iternext, filterfalse_methods,
                        "filterfalse(function or None, iterable) --> the items for which function(item) is false."),
    row<CombinatoricFields>(&permutations_type, "permutations", permutations_iternext, permutations_methods,
                            "permutations(iterable, r=None) --> r-length orderings of the items.",
                            combinatoric_dealloc),
    row<CombinatoricFields>(&combinations_type, "combinations", combinations_iternext, combinations_methods,
                            "combinations(iterable, r) --> r-length subsequences of the items.", combinatoric_dealloc),
    row<CombinatoricFields>(&cwr_type, "combinations_with_replacement", cwr_iternext, cwr_methods,
                            "combinations_with_replacement(iterable, r) --> r-length subsequences allowing repeats.",
                            combinatoric_dealloc),
    row<PairwiseFields>(&pairwise_type, "pairwise", pairwise_iternext, pairwise_methods,
                        "pairwise(iterable) --> overlapping pairs of consecutive items."),
};

void init_itertools_types() {
    static bool done = false;
    if (done) return;
    done = true;
    for (const IteratorType& t : kIteratorTypes) {
        NativeTypeSpec spec;
        spec.name = t.name;
        spec.module = "itertools";
        spec.basicsize = t.basicsize;
        spec.flags = kTypeGC | (t.subclassable ? uint32_t(kTypeBaseType) : 0u);
        spec.dealloc = t.dealloc;
        spec.traverse = t.traverse;
        spec.clear = t.clear;
        spec.iternext = t.iternext;
        spec.methods = t.methods;
        spec.doc = t.doc;
        init_native_type(t.type, spec);
    }
    NativeTypeSpec data;
    data.name = "_tee_dataobject";
    data.module = "itertools";
    data.basicsize = sizeof(TeeData);
    data.flags = kTypeGC | kTypeAbstractNew;
    data.dealloc = generic_dealloc;
    data.traverse = tee_data_traverse;
    data.clear = tee_data_clear;
    init_native_type(&tee_dataobject_type, data);
}

} // namespace

Status fill_itertools_module(Dict* d) {
    init_itertools_types();
    TRY(dict_set_str(d, intern("__doc__"),
                     make_str("Functional tools for creating and using iterators.")));
    for (const IteratorType& t : kIteratorTypes) TRY(dict_set_str(d, intern(t.name), Value(t.type)));
    TRY(dict_set_str(d, intern("_tee_dataobject"), Value(&tee_dataobject_type)));
    return add_functions(d, itertools_functions, make_str("itertools"));
}

} // namespace pyco
