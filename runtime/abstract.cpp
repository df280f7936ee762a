// The abstract object protocol (see abstract.h): CPython's rules for
// operators, comparisons, truth, hashing, attribute access, calls and
// iteration, expressed once over special-method lookup.
#include "runtime/abstract.h"

#include <vector>

#include "runtime/callable.h"
#include "runtime/error.h"
#include "vm/code.h"
#include "vm/interpreter.h"

namespace pyco {

namespace {

std::string tname(Value v) { return std::string(type_name(v)); }

// Call a special method found on a type with `self` as first argument. Plain
// functions and native method descriptors are called unbound; other
// attributes (staticmethod, classmethod, callables) are bound through __get__.
Result<Ref> call_unbound(Value attr, Value self, std::initializer_list<Value> rest) {
    Value buf[8];
    size_t n = 0;
    buf[n++] = self;
    for (Value v : rest) buf[n++] = v;
    TypeObject* t = attr.type();
    if (t == &function_type) return call(attr, CallArgs{buf, n, nullptr});
    // A native special method runs as CPython's type slot: no recursion level.
    if (t == &method_descriptor_type)
        return call_method_descriptor(attr.as<MethodDescriptor>(), CallArgs{buf, n, nullptr}, false);
    if (Value get = lookup_special(t, Special::get)) {
        Ref bound = TRY(call(get, {attr, self, Value(self.type())}));
        return call(bound, CallArgs{buf + 1, n - 1, nullptr});
    }
    return call(attr, CallArgs{buf + 1, n - 1, nullptr});
}

} // namespace

Result<Ref> call_special(Value obj, Special which, std::initializer_list<Value> positional) {
    Value attr = lookup_special(obj.type(), which);
    if (!attr || attr.is(None())) return Ref();
    Ref keep = Ref::borrow(attr);
    return call_unbound(attr, obj, positional);
}

// ---------------------------------------------------------------- text

static Result<Ref> checked_text(Value obj, Special which, const char* what) {
    Value attr = lookup_special(obj.type(), which);
    if (!attr) return raise_format(TypeError_type, "object has no %s", what);
    Ref r = TRY(call_unbound(attr, obj, {}));
    if (!is_str(r))
        return raise_format(TypeError_type, "__%s__ returned non-string (type %s)", what, tname(r).c_str());
    return r;
}

Result<Ref> repr(Value v) {
    // Deeply nested structures recurse through repr in C++: bound it.
    RecursionGuard guard;
    TRY(guard.enter(" while getting the repr of an object"));
    return checked_text(v, Special::repr, "repr");
}

Result<Ref> str(Value v) {
    if (v.type() == &str_type) return Ref::borrow(v);
    RecursionGuard guard;
    TRY(guard.enter(" while getting the str of an object"));
    return checked_text(v, Special::str, "str");
}

Result<std::string> repr_text(Value v) {
    Ref r = TRY(repr(v));
    return std::string(r.as<Str>()->view());
}

Result<std::string> str_text(Value v) {
    Ref r = TRY(str(v));
    return std::string(r.as<Str>()->view());
}

Result<Ref> format(Value v, Value spec) {
    Ref r = TRY(call_special(v, Special::format, {spec ? spec : Value(intern(""))}));
    if (!r) return raise_format(TypeError_type, "Type %s doesn't define __format__", tname(v).c_str());
    if (!is_str(r)) return raise_format(TypeError_type, "__format__ must return a str, not %s", tname(r).c_str());
    return r;
}

Result<Ref> ascii(Value v) {
    Ref r = TRY(repr(v));
    std::string_view text = r.as<Str>()->view();
    if (r.as<Str>()->ascii) return r;
    std::string out;
    for (size_t i = 0; i < text.size();) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            out += static_cast<char>(c);
            ++i;
            continue;
        }
        int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        uint32_t cp = c & (0x3F >> (len - 1));
        for (int k = 1; k < len; ++k) cp = cp << 6 | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        i += len;
        char buf[16];
        if (cp <= 0xFF) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
        else if (cp <= 0xFFFF) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
        else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
        out += buf;
    }
    return make_str(out).ref();
}

// ---------------------------------------------------------------- truth, hash, compare

Result<bool> truthy(Value v) {
    if (v.is(True())) return true;
    if (v.is(False()) || v.is(None())) return false;
    if (v.is_small_int()) return v.as_small_int() != 0;
    TypeObject* t = v.type();
    if (t->len) return t->len(v) != 0; // native containers define no __bool__
    if (Value b = lookup_special(t, Special::bool_)) {
        Ref r = TRY(call_unbound(b, v, {}));
        if (!r.get().is(True()) && !r.get().is(False()))
            return raise_format(TypeError_type, "__bool__ should return bool, returned %s", tname(r).c_str());
        return r.get().is(True());
    }
    if (lookup_special(t, Special::len)) return TRY(length(v)) != 0;
    return true;
}

Result<hash_t> hash(Value v) {
    if (v.is_small_int()) {
        // CPython: sign(n) * (|n| mod 2**61-1), and -1 is reserved for errors.
        constexpr int64_t kModulus = (int64_t(1) << 61) - 1;
        int64_t i = v.as_small_int();
        int64_t h = i < 0 ? -((-i) % kModulus) : i % kModulus;
        return h == -1 ? -2 : h;
    }
    if (v.type() == &str_type) return str_hash(v.as<Str>());
    Value h = lookup_special(v.type(), Special::hash);
    if (!h || h.is(None())) return raise_format(TypeError_type, "unhashable type: '%s'", tname(v).c_str());
    // Instances that inherit object.__hash__ (dict keys such as event loops
    // and tasks) need no call.
    if (h.is(lookup_special(&object_type, Special::hash))) return identity_hash(v);
    Ref r = TRY(call_unbound(h, v, {}));
    if (!is_int(r)) return raise(TypeError_type, "__hash__ method should return an integer");
    int64_t out;
    if (!int_to_int64(r, &out)) {
        // Reduce big results the way CPython does (hash of the int).
        out = TRY(hash(r));
    }
    return out == -1 ? -2 : out;
}

static Special reflected(CompareOp op) {
    switch (op) {
    case CompareOp::Lt: return Special::gt;
    case CompareOp::Le: return Special::ge;
    case CompareOp::Eq: return Special::eq;
    case CompareOp::Ne: return Special::ne;
    case CompareOp::Gt: return Special::lt;
    case CompareOp::Ge: return Special::le;
    }
    return Special::eq;
}

static Special forward(CompareOp op) {
    switch (op) {
    case CompareOp::Lt: return Special::lt;
    case CompareOp::Le: return Special::le;
    case CompareOp::Eq: return Special::eq;
    case CompareOp::Ne: return Special::ne;
    case CompareOp::Gt: return Special::gt;
    case CompareOp::Ge: return Special::ge;
    }
    return Special::eq;
}

static const char* compare_symbol(CompareOp op) {
    static const char* symbols[] = {"<", "<=", "==", "!=", ">", ">="};
    return symbols[static_cast<int>(op)];
}

// Neither side implements the comparison: identity for == and !=, else
// TypeError.
static Result<Ref> compare_fallback(Value a, Value b, CompareOp op) {
    if (op == CompareOp::Eq) return Ref::borrow(bool_value(a.is(b)));
    if (op == CompareOp::Ne) return Ref::borrow(bool_value(!a.is(b)));
    return raise_format(TypeError_type, "'%s' not supported between instances of '%s' and '%s'", compare_symbol(op),
                        tname(a).c_str(), tname(b).c_str());
}

static NativeFn find_native_compare(TypeObject* t, CompareOp op) {
    Value m = lookup_special(t, forward(op));
    if (!m || m.type() != &method_descriptor_type) return nullptr;
    auto* d = m.as<MethodDescriptor>();
    const MethodDef* def = d->def;
    if (!def->fn || def->min_args > 2 || (def->max_args >= 0 && def->max_args < 2) || !is_subtype(t, d->owner))
        return nullptr;
    return def->fn;
}

NativeFn same_type_native_compare(TypeObject* t, CompareOp op) {
    // The last answer per operator, valid while the type epoch is unchanged.
    struct Entry {
        TypeObject* type = nullptr;
        uint64_t epoch = 0;
        NativeFn fn = nullptr;
    };
    static Entry cache[6];
    Entry& e = cache[static_cast<size_t>(op) % 6];
    if (e.type != t || e.epoch != type_epoch) e = Entry{t, type_epoch, find_native_compare(t, op)};
    return e.fn;
}

Result<Ref> compare(Value a, Value b, CompareOp op) {
    if (a.is_small_int() && b.is_small_int())
        return Ref::borrow(bool_value(compare_small_ints(a.as_small_int(), b.as_small_int(), op)));
    RecursionGuard guard;
    TRY(guard.enter(" in comparison"));
    TypeObject* ta = a.type();
    TypeObject* tb = b.type();
    if (ta == tb) {
        // The same calls as below, without the generic call machinery: the
        // forward method, then (NotImplemented) the reflected one.
        if (NativeFn fn = same_type_native_compare(ta, op)) {
            Ref keep_a = Ref::borrow(a), keep_b = Ref::borrow(b);
            Value args[] = {a, b};
            Ref r = TRY(fn(args, 2));
            if (r && !r.get().is(NotImplemented())) return r;
            r = TRY(call_special(b, reflected(op), {a}));
            if (r && !r.get().is(NotImplemented())) return r;
            return compare_fallback(a, b, op);
        }
    }
    bool reflected_first = false;
    if (ta != tb && is_subtype(tb, ta)) {
        Value rb = lookup_special(tb, reflected(op));
        reflected_first = rb && !rb.is(lookup_special(ta, reflected(op)));
    }
    if (reflected_first) {
        Ref r = TRY(call_special(b, reflected(op), {a}));
        if (r && !r.get().is(NotImplemented())) return r;
    }
    Ref r = TRY(call_special(a, forward(op), {b}));
    if (r && !r.get().is(NotImplemented())) return r;
    if (!reflected_first) {
        r = TRY(call_special(b, reflected(op), {a}));
        if (r && !r.get().is(NotImplemented())) return r;
    }
    return compare_fallback(a, b, op);
}

Result<bool> compare_bool(Value a, Value b, CompareOp op) {
    if (a.is_small_int() && b.is_small_int()) return compare_small_ints(a.as_small_int(), b.as_small_int(), op);
    Ref r = TRY(compare(a, b, op));
    return truthy(r);
}

Result<bool> equal(Value a, Value b) {
    if (a.is(b)) return true;
    if (a.type() == &str_type && b.type() == &str_type) return str_equal(a.as<Str>(), b.as<Str>());
    return compare_bool(a, b, CompareOp::Eq);
}

// ---------------------------------------------------------------- attributes

static Value object_getattribute_descr() {
    static Value cached;
    if (!cached) cached = dict_get_str(object_type.dict.as<Dict>(), special_name(Special::getattribute));
    return cached;
}
static Value object_setattr_descr() {
    static Value cached;
    if (!cached) cached = dict_get_str(object_type.dict.as<Dict>(), special_name(Special::setattr));
    return cached;
}

Result<Ref> getattr(Value obj, Str* name) {
    TypeObject* t = obj.type();
    Value ga = lookup_special(t, Special::getattribute);
    Result<Ref> r = ga.is(object_getattribute_descr()) ? generic_getattr(obj, name) : call_unbound(ga, obj, {Value(name)});
    if (r.ok()) return r;
    if (Value hook = lookup_special(t, Special::getattr); hook && error_matches(AttributeError_type)) {
        error_clear();
        return call_unbound(hook, obj, {Value(name)});
    }
    return r;
}

Result<Ref> getattr_opt(Value obj, Str* name) {
    // The common case (object.__getattribute__, no __getattr__) reports a
    // miss without building an AttributeError only to drop it.
    TypeObject* t = obj.type();
    bool plain = lookup_special(t, Special::getattribute).is(object_getattribute_descr()) && !lookup_special(t, Special::getattr);
    Result<Ref> r = plain ? generic_getattr_opt(obj, name) : getattr(obj, name);
    if (r.ok()) return r;
    if (!error_matches(AttributeError_type)) return kError;
    error_clear();
    return Ref();
}

Status setattr(Value obj, Str* name, Value value) {
    Value sa = lookup_special(obj.type(), Special::setattr);
    if (sa.is(object_setattr_descr())) return generic_setattr(obj, name, value);
    TRY(call_unbound(sa, obj, {Value(name), value}));
    return ok_status();
}

Status delattr(Value obj, Str* name) {
    Value da = lookup_special(obj.type(), Special::delattr);
    if (da.is(dict_get_str(object_type.dict.as<Dict>(), special_name(Special::delattr))))
        return generic_setattr(obj, name, Value());
    TRY(call_unbound(da, obj, {Value(name)}));
    return ok_status();
}

Result<bool> hasattr(Value obj, Str* name) {
    Ref r = TRY(getattr_opt(obj, name));
    return !r.is_null();
}

// ---------------------------------------------------------------- calls

Result<Ref> call(Value callable, CallArgs args) {
    TypeObject* t = callable.type();
    if (t == &function_type) return call_function(callable.as<Function>(), args);
    if (t == &builtin_function_type) return call_native_function(callable.as<NativeFunction>(), args);
    if (t == &method_descriptor_type) return call_method_descriptor(callable.as<MethodDescriptor>(), args);
    if (t == &method_type) {
        auto* m = callable.as<BoundMethod>();
        return call_with_self(m->func, m->self, args);
    }
    if (t == &type_type || is_subtype(t, &type_type)) {
        if (t == &type_type) return type_call(callable.as<TypeObject>(), args);
    }
    Value fn = lookup_special(t, Special::call);
    if (!fn) return raise_format(TypeError_type, "'%s' object is not callable", tname(callable).c_str());
    Ref keep = Ref::borrow(fn);
    if (fn.type() == &function_type || fn.type() == &method_descriptor_type) return call_with_self(fn, callable, args);
    if (Value get = lookup_special(fn.type(), Special::get)) {
        Ref bound = TRY(call(get, {fn, callable, Value(t)}));
        return call(bound, args);
    }
    return call_with_self(fn, callable, args);
}

Result<Ref> call(Value callable, std::initializer_list<Value> positional) {
    return call(callable, CallArgs{positional.begin(), positional.size(), nullptr});
}

// obj.name(*positional). As CPython's method calls, a plain function or a
// native method found on the type (and not shadowed by the instance dict) is
// called with obj prepended instead of binding a method object.
Result<Ref> call_method(Value obj, Str* name, std::initializer_list<Value> positional) {
    TypeObject* t = obj.type();
    if (name->interned && lookup_special(t, Special::getattribute).is(object_getattribute_descr())) {
        Value attr = type_lookup(t, name);
        if (attr && (attr.type() == &function_type || attr.type() == &method_descriptor_type) && positional.size() < 8) {
            Ref* slot = instance_dict_slot(obj);
            if (!slot || !*slot || !dict_get_str(slot->as<Dict>(), name)) {
                Value buf[8];
                buf[0] = obj;
                size_t n = 1;
                for (Value v : positional) buf[n++] = v;
                Ref keep = Ref::borrow(attr);
                if (attr.type() == &function_type) return call(attr, CallArgs{buf, n, nullptr});
                return call_method_descriptor(attr.as<MethodDescriptor>(), CallArgs{buf, n, nullptr});
            }
        }
    }
    Ref m = TRY(getattr(obj, name));
    return call(m, positional);
}

bool is_callable(Value v) {
    TypeObject* t = v.type();
    if (t == &function_type || t == &builtin_function_type || t == &method_type || is_subtype(t, &type_type)) return true;
    return !lookup_special(t, Special::call).is_null();
}

// ---------------------------------------------------------------- iteration

Result<Ref> iter(Value v) {
    TypeObject* t = v.type();
    Value it = lookup_special(t, Special::iter);
    if (it.is(None())) return raise_format(TypeError_type, "'%s' object is not iterable", tname(v).c_str());
    if (!it) {
        if (lookup_special(t, Special::getitem)) return make_sequence_iterator(v);
        return raise_format(TypeError_type, "'%s' object is not iterable", tname(v).c_str());
    }
    Ref r = TRY(call_unbound(it, v, {}));
    if (!r.get().type()->iternext && !lookup_special(r.get().type(), Special::next))
        return raise_format(TypeError_type, "iter() returned non-iterator of type '%s'", tname(r).c_str());
    return r;
}

Result<Ref> next_slow(Value iterator) {
    TypeObject* t = iterator.type();
    Result<Ref> r = Ref();
    if (t->iternext) {
        // An iternext slot may also end with StopIteration(value) (generators).
        r = t->iternext(iterator);
    } else {
        Value n = lookup_special(t, Special::next);
        if (!n) return raise_format(TypeError_type, "'%s' object is not an iterator", tname(iterator).c_str());
        r = call_unbound(n, iterator, {});
    }
    if (r.ok()) return r;
    if (error_matches(StopIteration_type)) {
        error_clear();
        return Ref();
    }
    return kError;
}

Result<Ref> sequence_to_list(Value iterable) {
    if (iterable.type() == &list_type || iterable.type() == &tuple_type) {
        // Own the items before allocating: allocation may run finalizers
        // that mutate the source list.
        bool is_l = iterable.type() == &list_type;
        int64_t n = is_l ? iterable.as<List>()->size : iterable.as<Tuple>()->size;
        const Value* items = is_l ? iterable.as<List>()->items : iterable.as<Tuple>()->items;
        std::vector<Ref> owned;
        owned.reserve(static_cast<size_t>(n));
        for (int64_t i = 0; i < n; ++i) owned.push_back(Ref::borrow(items[i]));
        Handle<List> out = list_new(0, static_cast<size_t>(n));
        if (!out) return kError;
        for (Ref& item : owned) TRY(list_append(out.get(), item));
        return std::move(out).ref();
    }
    Handle<List> out = list_new();
    TRY(list_extend(out.get(), iterable));
    return std::move(out).ref();
}

Result<Ref> sequence_to_tuple(Value iterable) {
    if (iterable.type() == &tuple_type) return Ref::borrow(iterable);
    if (iterable.type() == &list_type) { // LIST_TO_TUPLE, f(*args) with a list: a copy, no iterator
        List* l = iterable.as<List>();
        return tuple_from_array(l->items, static_cast<size_t>(l->size)).ref();
    }
    Ref list = TRY(sequence_to_list(iterable));
    List* l = list.as<List>();
    Handle<Tuple> t = tuple_new(static_cast<size_t>(l->size));
    for (int64_t i = 0; i < l->size; ++i) tuple_init_item(t.get(), static_cast<size_t>(i), Ref::borrow(l->items[i]));
    return std::move(t).ref();
}

// ---------------------------------------------------------------- containers

Result<int64_t> length(Value v) {
    TypeObject* t = v.type();
    if (t == &list_type) return v.as<List>()->size;
    if (t == &tuple_type) return v.as<Tuple>()->size;
    if (t == &str_type) return v.as<Str>()->length;
    if (t == &dict_type) return v.as<Dict>()->used;
    if (t->len) return t->len(v);
    Ref r = TRY(call_special(v, Special::len, {}));
    if (!r) return raise_format(TypeError_type, "object of type '%s' has no len()", tname(v).c_str());
    if (!is_int(r)) return raise_format(TypeError_type, "'%s' object cannot be interpreted as an integer", tname(r).c_str());
    int64_t n;
    if (!int_to_int64(r, &n)) return raise(OverflowError_type, "cannot fit 'int' into an index-sized integer");
    if (n < 0) return raise(ValueError_type, "__len__() should return >= 0");
    return n;
}

Result<Ref> getitem(Value obj, Value key) {
    if (obj.type() == &dict_type) { // exact: no __missing__ to consult
        Value found = TRY(dict_get(obj.as<Dict>(), key));
        if (!found) return raise_key_error(key);
        return Ref::borrow(found);
    }
    Ref r = TRY(call_special(obj, Special::getitem, {key}));
    if (r) return r;
    if (is_subtype(obj.type(), &type_type)) {
        Ref cg = TRY(getattr_opt(obj, special_name(Special::class_getitem)));
        if (cg) return call(cg, {key});
        return raise_format(TypeError_type, "type '%s' is not subscriptable",
                            std::string(obj.as<TypeObject>()->name_view()).c_str());
    }
    return raise_format(TypeError_type, "'%s' object is not subscriptable", tname(obj).c_str());
}

Status setitem(Value obj, Value key, Value value) {
    if (obj.type() == &dict_type) return dict_set(obj.as<Dict>(), key, value);
    Ref r = TRY(call_special(obj, Special::setitem, {key, value}));
    if (!r) return raise_format(TypeError_type, "'%s' object does not support item assignment", tname(obj).c_str());
    return ok_status();
}

Status delitem(Value obj, Value key) {
    Ref r = TRY(call_special(obj, Special::delitem, {key}));
    if (!r) return raise_format(TypeError_type, "'%s' object doesn't support item deletion", tname(obj).c_str());
    return ok_status();
}

// `item in generator`: items that natively differ from the one sought
// (small ints, str) are dropped inside the generator's loop.
struct SkipUnequal : YieldSink {
    Value sought;
    explicit SkipUnequal(Value v) : YieldSink{take}, sought(v) {}
    static bool take(YieldSink* self, Value x) {
        Value sought = static_cast<SkipUnequal*>(self)->sought;
        if (x.is(sought)) return false;
        bool unequal = (x.is_small_int() && sought.is_small_int()) ||
                       (x.type() == &str_type && sought.type() == &str_type && !str_equal(x.as<Str>(), sought.as<Str>()));
        if (unequal) decref(x); // a str's release runs no Python code
        return unequal;
    }
};

Result<bool> contains(Value container, Value item) {
    Value c = lookup_special(container.type(), Special::contains);
    if (c && !c.is(None())) {
        Ref r = TRY(call_unbound(c, container, {item}));
        return truthy(r);
    }
    if (!lookup_special(container.type(), Special::iter) && !lookup_special(container.type(), Special::getitem))
        return raise_format(TypeError_type, "argument of type '%s' is not iterable", tname(container).c_str());
    Ref it = TRY(iter(container));
    SkipUnequal sink(item);
    for (;;) {
        Ref x = TRY(next_into(it, &sink));
        if (!x) return false;
        if (TRY(equal(x, item))) return true;
    }
}

Result<Ref> index_object(Value v) {
    if (v.is_small_int() || v.type() == &int_type) return Ref::borrow(v);
    if (is_int(v) && v.type() == &bool_type) {
        int64_t i;
        int_to_int64(v, &i);
        return make_int(i);
    }
    Ref r = TRY(call_special(v, Special::index, {}));
    if (!r) return raise_format(TypeError_type, "'%s' object cannot be interpreted as an integer", tname(v).c_str());
    if (!is_int(r)) return raise_format(TypeError_type, "__index__ returned non-int (type %s)", tname(r).c_str());
    return r;
}

Result<int64_t> index_value(Value v, TypeObject* overflow_error) {
    if (v.is_small_int()) return v.as_small_int();
    Ref i = TRY(index_object(v));
    int64_t out;
    if (!int_to_int64(i, &out)) {
        if (!overflow_error) {
            // CPython clamps when no error type is requested (slice bounds).
            bool negative = TRY(compare_bool(i, Value::small_int(0), CompareOp::Lt));
            return negative ? INT64_MIN : INT64_MAX;
        }
        return raise_format(*overflow_error, "cannot fit '%s' into an index-sized integer", tname(v).c_str());
    }
    return out;
}

// ---------------------------------------------------------------- numbers

namespace {

struct BinarySpecials {
    Special forward, reflected;
};

BinarySpecials specials_for(Special op) {
    switch (op) {
    case Special::add: case Special::iadd: return {Special::add, Special::radd};
    case Special::sub: case Special::isub: return {Special::sub, Special::rsub};
    case Special::mul: case Special::imul: return {Special::mul, Special::rmul};
    case Special::matmul: case Special::imatmul: return {Special::matmul, Special::rmatmul};
    case Special::truediv: case Special::itruediv: return {Special::truediv, Special::rtruediv};
    case Special::floordiv: case Special::ifloordiv: return {Special::floordiv, Special::rfloordiv};
    case Special::mod: case Special::imod: return {Special::mod, Special::rmod};
    case Special::pow: case Special::ipow: return {Special::pow, Special::rpow};
    case Special::lshift: case Special::ilshift: return {Special::lshift, Special::rlshift};
    case Special::rshift: case Special::irshift: return {Special::rshift, Special::rrshift};
    case Special::and_: case Special::iand: return {Special::and_, Special::rand};
    case Special::or_: case Special::ior: return {Special::or_, Special::ror};
    case Special::xor_: case Special::ixor: return {Special::xor_, Special::rxor};
    case Special::divmod: return {Special::divmod, Special::rdivmod};
    default: return {op, op};
    }
}

bool is_inplace(Special op) {
    switch (op) {
    case Special::iadd: case Special::isub: case Special::imul: case Special::imatmul: case Special::itruediv:
    case Special::ifloordiv: case Special::imod: case Special::ipow: case Special::ilshift: case Special::irshift:
    case Special::iand: case Special::ior: case Special::ixor:
        return true;
    default:
        return false;
    }
}

} // namespace

const char* binary_op_symbol(Special op) {
    switch (op) {
    case Special::add: return "+";
    case Special::iadd: return "+=";
    case Special::sub: return "-";
    case Special::isub: return "-=";
    case Special::mul: return "*";
    case Special::imul: return "*=";
    case Special::matmul: return "@";
    case Special::imatmul: return "@=";
    case Special::truediv: return "/";
    case Special::itruediv: return "/=";
    case Special::floordiv: return "//";
    case Special::ifloordiv: return "//=";
    case Special::mod: return "%";
    case Special::imod: return "%=";
    case Special::pow: return "** or pow()";
    case Special::ipow: return "**=";
    case Special::lshift: return "<<";
    case Special::ilshift: return "<<=";
    case Special::rshift: return ">>";
    case Special::irshift: return ">>=";
    case Special::and_: return "&";
    case Special::iand: return "&=";
    case Special::or_: return "|";
    case Special::ior: return "|=";
    case Special::xor_: return "^";
    case Special::ixor: return "^=";
    case Special::divmod: return "divmod()";
    default: return "?";
    }
}

Result<Ref> binary_op(Value a, Value b, Special op) {
    // Small ints add and subtract natively (no overflow: they are 62-bit).
    if (a.is_small_int() && b.is_small_int()) {
        if (op == Special::add || op == Special::iadd) return make_int(a.as_small_int() + b.as_small_int());
        if (op == Special::sub || op == Special::isub) return make_int(a.as_small_int() - b.as_small_int());
    }
    if (is_inplace(op)) {
        Ref r = TRY(call_special(a, op, {b}));
        if (r && !r.get().is(NotImplemented())) return r;
    }
    BinarySpecials s = specials_for(op);
    TypeObject* ta = a.type();
    TypeObject* tb = b.type();
    Value fa = lookup_special(ta, s.forward);
    Value rb = ta == tb ? Value() : lookup_special(tb, s.reflected);
    if (rb && fa && rb.is(lookup_special(ta, s.reflected)) && fa.is(lookup_special(tb, s.forward))) {
        // Same implementation on both sides (e.g. int and bool): one call suffices.
        rb = Value();
    }
    if (rb && is_subtype(tb, ta) && !rb.is(lookup_special(ta, s.reflected))) {
        Ref r = TRY(call_special(b, s.reflected, {a}));
        if (r && !r.get().is(NotImplemented())) return r;
        rb = Value();
    }
    if (fa) {
        Ref r = TRY(call_special(a, s.forward, {b}));
        if (r && !r.get().is(NotImplemented())) return r;
    }
    if (rb) {
        Ref r = TRY(call_special(b, s.reflected, {a}));
        if (r && !r.get().is(NotImplemented())) return r;
    }
    if (s.forward == Special::mul) {
        // Sequence repetition with a non-integer count (CPython's sq_repeat message).
        auto is_sequence = [](Value v) {
            TypeObject* t = v.type();
            return is_subtype(t, &str_type) || is_subtype(t, &list_type) || is_subtype(t, &tuple_type) ||
                   is_subtype(t, &bytes_type);
        };
        if (is_sequence(a)) return raise_format(TypeError_type, "can't multiply sequence by non-int of type '%s'", tname(b).c_str());
        if (is_sequence(b)) return raise_format(TypeError_type, "can't multiply sequence by non-int of type '%s'", tname(a).c_str());
    }
    return raise_format(TypeError_type, "unsupported operand type(s) for %s: '%s' and '%s'", binary_op_symbol(op),
                        tname(a).c_str(), tname(b).c_str());
}

Result<Ref> unary_op(Value v, Special op) {
    Ref r = TRY(call_special(v, op, {}));
    if (r) return r;
    const char* sym = op == Special::neg ? "unary -" : op == Special::pos ? "unary +" : op == Special::invert ? "unary ~" : "abs()";
    return raise_format(TypeError_type, "bad operand type for %s: '%s'", sym, tname(v).c_str());
}

} // namespace pyco
