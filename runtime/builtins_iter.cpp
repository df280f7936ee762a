// The iterator types of the builtins module: enumerate, zip, map, filter,
// reversed, callable_iterator (iter(f, sentinel)) and the generic sequence
// iterator (`iterator`, for objects that only define __getitem__).
//
// They are types, as in CPython, so `enumerate(...)` is a class call,
// subclasses work and isinstance() answers correctly. Each has an iternext
// slot so for-loops and the abstract next() skip the __next__ lookup.
#include <vector>

#include "runtime/abstract.h"
#include "runtime/builtins.h"
#include "runtime/callable.h"
#include "runtime/error.h"
#include "runtime/gc.h"

namespace pyco {

TypeObject enumerate_type, zip_type, map_type, filter_type, reversed_type;
TypeObject callable_iterator_type, seq_iterator_type;

namespace {

Ref none_ref() { return Ref::borrow(None()); }

// Allocates an instance of `cls` (a subclass may be bigger than T).
template <typename T>
Handle<T> alloc_instance(TypeObject* cls) {
    return Handle<T>::steal(static_cast<T*>(alloc_object(cls, cls->basicsize)));
}

// "enumerate() takes no keyword arguments"
Status no_keywords(CallArgs a, const char* name) {
    if (a.nkw() == 0) return ok_status();
    return raise_format(TypeError_type, "%s() takes no keyword arguments", name);
}

// Every type here is its own iterator: __iter__ returns self and __next__
// wraps the iternext slot.
Result<Ref> iter_self(const Value* args, size_t) { return Ref::borrow(args[0]); }

template <IterNextFn Next>
Result<Ref> next_method(const Value* args, size_t) {
    Ref item = TRY(Next(args[0]));
    if (!item) return raise(StopIteration_type);
    return item;
}

// PySequence_Check: __getitem__ defined, and not a dict.
bool is_sequence(Value v) { return !isinstance(v, &dict_type) && lookup_special(v.type(), Special::getitem); }

// After a failed __getitem__: IndexError and StopIteration mean "the end".
Status end_of_sequence() {
    if (!error_matches(IndexError_type) && !error_matches(StopIteration_type)) return kError;
    error_clear();
    return ok_status();
}

// ---------------------------------------------------------------- enumerate

struct EnumerateObject : Object {
    Ref iter;
    Ref index; // an int; grows past the small-int range like any Python int
};

Result<Ref> enumerate_new(CallArgs a) {
    TypeObject* cls = a.args[0].as<TypeObject>();
    size_t npos = a.nargs - 1;
    Value iterable = npos > 0 ? a.args[1] : Value();
    Value start = npos > 1 ? a.args[2] : Value();
    if (npos > 2) return raise_format(TypeError_type, "enumerate() takes at most 2 arguments (%zu given)", npos + a.nkw());
    for (size_t k = 0; k < a.nkw(); ++k) {
        std::string_view key = a.kwnames->items[k].as<Str>()->view();
        Value* slot = key == "iterable" ? &iterable : key == "start" ? &start : nullptr;
        if (!slot)
            return raise_format(TypeError_type, "'%s' is an invalid keyword argument for enumerate()", std::string(key).c_str());
        if (*slot)
            return raise_format(TypeError_type, "argument for enumerate() given by name ('%s') and position (%d)",
                                std::string(key).c_str(), key == "iterable" ? 1 : 2);
        *slot = a.args[a.nargs + k];
    }
    if (!iterable) return raise(TypeError_type, "enumerate() missing required argument 'iterable'");
    Ref index = start ? TRY(index_object(start)) : Ref::small_int(0);
    Ref it = TRY(iter(iterable));
    Handle<EnumerateObject> e = alloc_instance<EnumerateObject>(cls);
    e->iter = std::move(it);
    e->index = std::move(index);
    return std::move(e).ref();
}

Result<Ref> enumerate_iternext(Value self) {
    auto* e = self.as<EnumerateObject>();
    Ref item = TRY(next(e->iter));
    if (!item) return Ref();
    Ref index = e->index;
    if (index.get().is_small_int() && Value::fits_small_int(index.get().as_small_int() + 1))
        e->index = Ref::small_int(index.get().as_small_int() + 1);
    else
        e->index = TRY(binary_op(index, Value::small_int(1), Special::add));
    return tuple_pack({index.get(), item.get()}).ref();
}

void enumerate_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* e = static_cast<EnumerateObject*>(self);
    if (e->iter) visit(e->iter, ctx);
    if (e->index) visit(e->index, ctx);
}

void enumerate_clear(Object* self) {
    auto* e = static_cast<EnumerateObject*>(self);
    e->iter.reset();
    e->index.reset();
}

// ---------------------------------------------------------------- zip

struct ZipObject : Object {
    Ref iters; // Tuple of iterators
    bool strict;
};

Result<Ref> zip_new(CallArgs a) {
    TypeObject* cls = a.args[0].as<TypeObject>();
    bool strict = false;
    for (size_t k = 0; k < a.nkw(); ++k) {
        std::string_view key = a.kwnames->items[k].as<Str>()->view();
        if (key != "strict")
            return raise_format(TypeError_type, "zip() got an unexpected keyword argument '%s'", std::string(key).c_str());
        strict = TRY(truthy(a.args[a.nargs + k]));
    }
    size_t n = a.nargs - 1;
    Handle<Tuple> iters = tuple_new(n);
    for (size_t i = 0; i < n; ++i) tuple_init_item(iters.get(), i, TRY(iter(a.args[i + 1])));
    Handle<ZipObject> z = alloc_instance<ZipObject>(cls);
    z->iters = std::move(iters).ref();
    z->strict = strict;
    return std::move(z).ref();
}

// zip(strict=True) found iterator `i` exhausted: the lengths differ unless
// it is the first and all the others are exhausted too (CPython's messages).
Result<Ref> zip_strict_end(Tuple* iters, int64_t i) {
    if (i > 0)
        return raise_format(ValueError_type, "zip() argument %lld is shorter than argument%s%lld", (long long)(i + 1),
                            i == 1 ? " " : "s 1-", (long long)i);
    for (int64_t j = 1; j < iters->size; ++j) {
        Ref item = TRY(next(iters->items[j]));
        if (item)
            return raise_format(ValueError_type, "zip() argument %lld is longer than argument%s%lld", (long long)(j + 1),
                                j == 1 ? " " : "s 1-", (long long)j);
    }
    return Ref();
}

Result<Ref> zip_iternext(Value self) {
    auto* z = self.as<ZipObject>();
    Tuple* iters = z->iters.as<Tuple>();
    int64_t n = iters->size;
    if (n == 0) return Ref();
    Handle<Tuple> result = tuple_new(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i) {
        Ref item = TRY(next(iters->items[i]));
        if (!item) {
            // The unfilled slots must be valid before the tuple dies.
            for (int64_t j = i; j < n; ++j) tuple_init_item(result.get(), static_cast<size_t>(j), none_ref());
            if (z->strict) return zip_strict_end(iters, i);
            return Ref();
        }
        tuple_init_item(result.get(), static_cast<size_t>(i), std::move(item));
    }
    return std::move(result).ref();
}

void zip_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* z = static_cast<ZipObject*>(self);
    if (z->iters) visit(z->iters, ctx);
}

void zip_clear(Object* self) { static_cast<ZipObject*>(self)->iters.reset(); }

// ---------------------------------------------------------------- map

struct MapObject : Object {
    Ref func;
    Ref iters; // Tuple of iterators
};

Result<Ref> map_new(CallArgs a) {
    TypeObject* cls = a.args[0].as<TypeObject>();
    TRY(no_keywords(a, "map"));
    if (a.nargs < 3) return raise(TypeError_type, "map() must have at least two arguments.");
    size_t n = a.nargs - 2;
    Handle<Tuple> iters = tuple_new(n);
    for (size_t i = 0; i < n; ++i) tuple_init_item(iters.get(), i, TRY(iter(a.args[i + 2])));
    Handle<MapObject> m = alloc_instance<MapObject>(cls);
    m->func = Ref::borrow(a.args[1]);
    m->iters = std::move(iters).ref();
    return std::move(m).ref();
}

Result<Ref> map_iternext(Value self) {
    auto* m = self.as<MapObject>();
    Tuple* iters = m->iters.as<Tuple>();
    if (iters->size == 1) {
        Ref item = TRY(next(iters->items[0]));
        if (!item) return Ref();
        return call(m->func, {item.get()});
    }
    std::vector<Ref> items;
    items.reserve(static_cast<size_t>(iters->size));
    for (int64_t i = 0; i < iters->size; ++i) {
        Ref item = TRY(next(iters->items[i]));
        if (!item) return Ref();
        items.push_back(std::move(item));
    }
    std::vector<Value> argv(items.begin(), items.end());
    return call(m->func, CallArgs{argv.data(), argv.size(), nullptr});
}

void map_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* m = static_cast<MapObject*>(self);
    if (m->func) visit(m->func, ctx);
    if (m->iters) visit(m->iters, ctx);
}

void map_clear(Object* self) {
    auto* m = static_cast<MapObject*>(self);
    m->func.reset();
    m->iters.reset();
}

// ---------------------------------------------------------------- filter

struct FilterObject : Object {
    Ref func; // None or bool: keep truthy items
    Ref iter;
};

Result<Ref> filter_new(CallArgs a) {
    TypeObject* cls = a.args[0].as<TypeObject>();
    TRY(no_keywords(a, "filter"));
    if (a.nargs != 3) return raise_format(TypeError_type, "filter expected 2 arguments, got %zu", a.nargs - 1);
    Ref it = TRY(iter(a.args[2]));
    Handle<FilterObject> f = alloc_instance<FilterObject>(cls);
    f->func = Ref::borrow(a.args[1]);
    f->iter = std::move(it);
    return std::move(f).ref();
}

Result<Ref> filter_iternext(Value self) {
    auto* f = self.as<FilterObject>();
    bool identity = f->func.get().is(None()) || f->func.get().is(Value(&bool_type));
    for (;;) {
        Ref item = TRY(next(f->iter));
        if (!item) return Ref();
        bool keep;
        if (identity) {
            keep = TRY(truthy(item));
        } else {
            Ref verdict = TRY(call(f->func, {item.get()}));
            keep = TRY(truthy(verdict));
        }
        if (keep) return item;
    }
}

void filter_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* f = static_cast<FilterObject*>(self);
    if (f->func) visit(f->func, ctx);
    if (f->iter) visit(f->iter, ctx);
}

void filter_clear(Object* self) {
    auto* f = static_cast<FilterObject*>(self);
    f->func.reset();
    f->iter.reset();
}

// ---------------------------------------------------------------- reversed

struct ReversedObject : Object {
    Ref seq; // null once exhausted
    int64_t index;
};

ErrorTag not_reversible(Value seq) {
    return raise_format(TypeError_type, "'%s' object is not reversible", std::string(type_name(seq)).c_str());
}

Result<Ref> reversed_new(CallArgs a) {
    TypeObject* cls = a.args[0].as<TypeObject>();
    TRY(no_keywords(a, "reversed"));
    if (a.nargs != 2) return raise_format(TypeError_type, "reversed expected 1 argument, got %zu", a.nargs - 1);
    Value seq = a.args[1];
    Value method = lookup_special(seq.type(), Special::reversed);
    if (method && method.is(None())) return not_reversible(seq);
    if (method) {
        Ref result = TRY(call_special(seq, Special::reversed, {}));
        return result;
    }
    if (!is_sequence(seq)) return not_reversible(seq);
    int64_t n = TRY(length(seq));
    Handle<ReversedObject> r = alloc_instance<ReversedObject>(cls);
    r->seq = Ref::borrow(seq);
    r->index = n - 1;
    return std::move(r).ref();
}

Result<Ref> reversed_iternext(Value self) {
    auto* r = self.as<ReversedObject>();
    if (r->seq && r->index >= 0) {
        Result<Ref> item = getitem(r->seq, Value::small_int(r->index));
        if (item.ok()) {
            --r->index;
            return item;
        }
        TRY(end_of_sequence());
    }
    r->index = -1;
    r->seq.reset();
    return Ref();
}

Result<Ref> reversed_length_hint(const Value* args, size_t) {
    auto* r = args[0].as<ReversedObject>();
    int64_t position = r->index + 1;
    if (!r->seq) return Ref::small_int(0);
    int64_t n = TRY(length(r->seq));
    return Ref::small_int(n < position ? 0 : position);
}

void reversed_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* r = static_cast<ReversedObject*>(self);
    if (r->seq) visit(r->seq, ctx);
}

void reversed_clear(Object* self) { static_cast<ReversedObject*>(self)->seq.reset(); }

// ---------------------------------------------------------------- callable_iterator

struct CallableIterator : Object {
    Ref callable; // null once the sentinel was seen
    Ref sentinel;
};

Result<Ref> callable_iterator_iternext(Value self) {
    auto* it = self.as<CallableIterator>();
    if (!it->callable) return Ref();
    Result<Ref> result = call(it->callable, {});
    if (result.failed()) {
        if (!error_matches(StopIteration_type)) return kError;
        error_clear();
    } else {
        bool done = TRY(compare_bool(it->sentinel, result.value(), CompareOp::Eq));
        if (!done) return result;
    }
    it->callable.reset();
    it->sentinel.reset();
    return Ref();
}

void callable_iterator_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* it = static_cast<CallableIterator*>(self);
    if (it->callable) visit(it->callable, ctx);
    if (it->sentinel) visit(it->sentinel, ctx);
}

void callable_iterator_clear(Object* self) {
    auto* it = static_cast<CallableIterator*>(self);
    it->callable.reset();
    it->sentinel.reset();
}

// ---------------------------------------------------------------- iterator (sequence protocol)

struct SeqIterator : Object {
    Ref seq; // null once exhausted
    int64_t index;
};

Result<Ref> seq_iterator_iternext(Value self) {
    auto* it = self.as<SeqIterator>();
    if (!it->seq) return Ref();
    if (it->index == Value::kSmallIntMax) return raise(OverflowError_type, "iter index too large");
    Result<Ref> item = getitem(it->seq, Value::small_int(it->index));
    if (item.ok()) {
        ++it->index;
        return item;
    }
    TRY(end_of_sequence());
    it->seq.reset();
    return Ref();
}

void seq_iterator_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* it = static_cast<SeqIterator*>(self);
    if (it->seq) visit(it->seq, ctx);
}

void seq_iterator_clear(Object* self) { static_cast<SeqIterator*>(self)->seq.reset(); }

// ---------------------------------------------------------------- type tables

#define PYCO_ITER_METHODS(prefix)                                         \
    {"__iter__", iter_self, nullptr, 1, 1},                               \
    {"__next__", next_method<prefix##_iternext>, nullptr, 1, 1}

const MethodDef enumerate_methods[] = {
    {"__new__", nullptr, enumerate_new, 0, -1, MethodKind::Static},
    PYCO_ITER_METHODS(enumerate),
    {nullptr},
};
const MethodDef zip_methods[] = {
    {"__new__", nullptr, zip_new, 0, -1, MethodKind::Static},
    PYCO_ITER_METHODS(zip),
    {nullptr},
};
const MethodDef map_methods[] = {
    {"__new__", nullptr, map_new, 0, -1, MethodKind::Static},
    PYCO_ITER_METHODS(map),
    {nullptr},
};
const MethodDef filter_methods[] = {
    {"__new__", nullptr, filter_new, 0, -1, MethodKind::Static},
    PYCO_ITER_METHODS(filter),
    {nullptr},
};
const MethodDef reversed_methods[] = {
    {"__new__", nullptr, reversed_new, 0, -1, MethodKind::Static},
    PYCO_ITER_METHODS(reversed),
    {"__length_hint__", reversed_length_hint, nullptr, 1, 1},
    {nullptr},
};
const MethodDef callable_iterator_methods[] = {
    PYCO_ITER_METHODS(callable_iterator),
    {nullptr},
};
const MethodDef seq_iterator_methods[] = {
    PYCO_ITER_METHODS(seq_iterator),
    {nullptr},
};
#undef PYCO_ITER_METHODS

struct IteratorTypeSpec {
    TypeObject* type;
    const char* name;
    uint32_t basicsize;
    bool subclassable; // the builtins are; the two helper iterators cannot even be instantiated
    TraverseFn traverse;
    ClearFn clear;
    IterNextFn iternext;
    const MethodDef* methods;
    const char* doc;
};

} // namespace

void init_builtin_iterator_types() {
    static const IteratorTypeSpec specs[] = {
        {&enumerate_type, "enumerate", sizeof(EnumerateObject), true, enumerate_traverse, enumerate_clear,
         enumerate_iternext, enumerate_methods,
         "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\nThe enumerate object yields "
         "pairs containing a count (from start, which\ndefaults to zero) and a value yielded by the iterable argument."},
        {&zip_type, "zip", sizeof(ZipObject), true, zip_traverse, zip_clear, zip_iternext, zip_methods,
         "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted."},
        {&map_type, "map", sizeof(MapObject), true, map_traverse, map_clear, map_iternext, map_methods,
         "map(func, *iterables) --> map object\n\nMake an iterator that computes the function using arguments from\neach "
         "of the iterables.  Stops when the shortest iterable is exhausted."},
        {&filter_type, "filter", sizeof(FilterObject), true, filter_traverse, filter_clear, filter_iternext,
         filter_methods,
         "filter(function or None, iterable) --> filter object\n\nReturn an iterator yielding those items of iterable "
         "for which function(item)\nis true. If function is None, return the items that are true."},
        {&reversed_type, "reversed", sizeof(ReversedObject), true, reversed_traverse, reversed_clear,
         reversed_iternext, reversed_methods, "Return a reverse iterator over the values of the given sequence."},
        {&callable_iterator_type, "callable_iterator", sizeof(CallableIterator), false, callable_iterator_traverse,
         callable_iterator_clear, callable_iterator_iternext, callable_iterator_methods, nullptr},
        {&seq_iterator_type, "iterator", sizeof(SeqIterator), false, seq_iterator_traverse, seq_iterator_clear,
         seq_iterator_iternext, seq_iterator_methods, nullptr},
    };
    for (const IteratorTypeSpec& s : specs) {
        NativeTypeSpec spec;
        spec.name = s.name;
        spec.module = "builtins";
        spec.basicsize = s.basicsize;
        spec.flags = kTypeGC | (s.subclassable ? kTypeBaseType : kTypeAbstractNew);
        spec.dealloc = generic_dealloc;
        spec.traverse = s.traverse;
        spec.clear = s.clear;
        spec.iternext = s.iternext;
        spec.methods = s.methods;
        spec.doc = s.doc;
        init_native_type(s.type, spec);
    }
}

Ref make_callable_iterator(Value callable, Value sentinel) {
    Handle<CallableIterator> it = Handle<CallableIterator>::steal(alloc<CallableIterator>(&callable_iterator_type));
    it->callable = Ref::borrow(callable);
    it->sentinel = Ref::borrow(sentinel);
    return std::move(it).ref();
}

Result<Ref> make_sequence_iterator(Value sequence) {
    Handle<SeqIterator> it = Handle<SeqIterator>::steal(alloc<SeqIterator>(&seq_iterator_type));
    it->seq = Ref::borrow(sequence);
    it->index = 0;
    return std::move(it).ref();
}

} // namespace pyco
