// Native callables (builtin functions, method descriptors), attribute
// descriptors (getset, property, staticmethod, classmethod), bound methods
// and modules.
#include <cinttypes>
#include <cstdio>
#include <vector>

#include "runtime/callable.h"
#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "vm/code.h"
#include "vm/interpreter.h"

namespace pyco {

TypeObject builtin_function_type, method_descriptor_type, classmethod_descriptor_type, getset_descriptor_type,
    method_type, property_type, staticmethod_type, classmethod_type, module_type;

static std::string address_text(Value v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%#" PRIxPTR, v.bits());
    return buf;
}

size_t CallArgs::nkw() const { return kwnames ? static_cast<size_t>(kwnames->size) : 0; }

// ---------------------------------------------------------------- calling a MethodDef

static std::string qualified_name(const MethodDef* def, std::string_view owner) {
    return owner.empty() ? std::string(def->name) : std::string(owner) + "." + def->name;
}

static ErrorTag arity_error(const MethodDef* def, size_t given, bool counts_self, std::string_view owner) {
    // CPython's messages for METH_NOARGS / METH_O (qualified by the owning
    // type for methods: "list.append()") and argument-clinic functions.
    int adjust = counts_self ? 1 : 0;
    int min = def->min_args - adjust, max = def->max_args < 0 ? -1 : def->max_args - adjust;
    int n = static_cast<int>(given) - adjust;
    std::string qualified = qualified_name(def, owner);
    if (max == 0) return raise_format(TypeError_type, "%s() takes no arguments (%d given)", qualified.c_str(), n);
    if (min == 1 && max == 1)
        return raise_format(TypeError_type, "%s() takes exactly one argument (%d given)", qualified.c_str(), n);
    if (min == max)
        return raise_format(TypeError_type, "%s expected %d argument%s, got %d", def->name, min, min == 1 ? "" : "s", n);
    if (n < min)
        return raise_format(TypeError_type, "%s expected at least %d argument%s, got %d", def->name, min, min == 1 ? "" : "s", n);
    return raise_format(TypeError_type, "%s expected at most %d argument%s, got %d", def->name, max, max == 1 ? "" : "s", n);
}

// Whether def->fn can be called with args as they are: the common case,
// checked before any name for an error message is worked out.
static bool plain_call_fits(const MethodDef* def, CallArgs args) {
    int n = static_cast<int>(args.nargs);
    return def->fn && !args.kwnames && n >= def->min_args && (def->max_args < 0 || n <= def->max_args);
}

Result<Ref> call_method_def(const MethodDef* def, CallArgs args, std::string_view owner_type) {
    if (def->kwfn) return def->kwfn(args);
    if (args.nkw() > 0)
        return raise_format(TypeError_type, "%s() takes no keyword arguments", qualified_name(def, owner_type).c_str());
    int n = static_cast<int>(args.nargs);
    if (n < def->min_args || (def->max_args >= 0 && n > def->max_args))
        return arity_error(def, args.nargs, def->kind != MethodKind::Static, owner_type);
    return def->fn(args.args, args.nargs);
}

// CPython counts a call of a METH_O or METH_NOARGS builtin function or bound
// method (one explicit argument or none: len, hash, repr, [].append) against
// the recursion limit, so `def __hash__(self): return hash(self)` stops after
// half as many Python frames. Fastcall natives, and special methods reached
// through the type's slots (list == list, see call_unbound), are not counted.
static bool counts_as_recursion(const MethodDef* def) {
    int explicit_args = def->max_args - (def->kind != MethodKind::Static ? 1 : 0);
    return def->fn && def->min_args == def->max_args && explicit_args <= 1;
}


Result<Ref> call_direct_native(const MethodDef* def, const Value* args, size_t nargs) {
    RecursionGuard guard;
    if (counts_as_recursion(def)) TRY(guard.enter(" while calling a Python object"));
    return def->fn(args, nargs);
}

Result<Ref> call_with_self(Value callable, Value self, CallArgs args) {
    PrependedArgs with_self(self, args);
    return call(callable, with_self.get());
}

// ---------------------------------------------------------------- builtin_function_or_method

Ref make_native_function(const MethodDef* def, Value self, Value module) {
    auto* f = alloc<NativeFunction>(&builtin_function_type);
    f->def = def;
    f->self = Ref::borrow(self);
    f->module = Ref::borrow(module);
    return Ref::steal(Value(f));
}

Result<Ref> call_native_function(NativeFunction* f, CallArgs args) {
    RecursionGuard guard;
    if (counts_as_recursion(f->def)) TRY(guard.enter(" while calling a Python object"));
    if (!f->self) {
        if (plain_call_fits(f->def, args)) return f->def->fn(args.args, args.nargs);
        // Module functions are named "math.sqrt()" in messages, builtins "len()".
        bool qualify = f->module && is_str(f->module) && f->module.as<Str>()->view() != "builtins";
        return call_method_def(f->def, args, qualify ? f->module.as<Str>()->view() : std::string_view());
    }
    PrependedArgs with_self(f->self, args);
    if (plain_call_fits(f->def, with_self.get())) return f->def->fn(with_self.get().args, with_self.get().nargs);
    bool is_method = f->def->kind == MethodKind::Instance && !isinstance(f->self, &module_type);
    // Methods are qualified by the type's __qualname__ ("deque.append()").
    return call_method_def(f->def, with_self.get(), is_method ? f->self.get().type()->name_view() : std::string_view());
}

static Result<Ref> native_function_repr(const Value* args, size_t) {
    auto* f = args[0].as<NativeFunction>();
    if (!f->self || isinstance(f->self, &module_type))
        return make_str(std::string("<built-in function ") + f->def->name + ">").ref();
    return make_str(std::string("<built-in method ") + f->def->name + " of " + std::string(type_name(f->self)) +
                    " object at " + address_text(f->self) + ">")
        .ref();
}
static Result<Ref> native_function_name(Value self) { return make_str(self.as<NativeFunction>()->def->name).ref(); }
static Result<Ref> native_function_qualname(Value self) {
    auto* f = self.as<NativeFunction>();
    if (!f->self || isinstance(f->self, &module_type)) return make_str(f->def->name).ref();
    TypeObject* t = isinstance(f->self, &type_type) ? f->self.as<TypeObject>() : f->self.get().type();
    return make_str(std::string(t->name_view()) + "." + f->def->name).ref();
}
static Result<Ref> native_function_self(Value self) {
    auto* f = self.as<NativeFunction>();
    return Ref::borrow(f->self ? f->self.get() : None());
}
static Result<Ref> native_function_doc(Value self) {
    const char* doc = self.as<NativeFunction>()->def->doc;
    return doc ? make_str(doc).ref() : Ref::borrow(None());
}
static Result<Ref> native_function_module(Value self) {
    auto* f = self.as<NativeFunction>();
    return Ref::borrow(f->module ? f->module.get() : None());
}
static void native_function_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* f = static_cast<NativeFunction*>(self);
    if (f->self) visit(f->self, ctx);
}
static void native_function_clear(Object* self) {
    auto* f = static_cast<NativeFunction*>(self);
    f->self.reset();
    f->module.reset();
}

static const MethodDef native_function_methods[] = {{"__repr__", native_function_repr, nullptr, 1, 1}, {nullptr}};
static const GetSetDef native_function_getsets[] = {
    {"__name__", native_function_name}, {"__qualname__", native_function_qualname},
    {"__self__", native_function_self}, {"__doc__", native_function_doc},
    {"__module__", native_function_module}, {nullptr},
};

// ---------------------------------------------------------------- method_descriptor

static ErrorTag descriptor_mismatch(MethodDescriptor* d, Value self) {
    return raise_format(TypeError_type, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->def->name,
                        std::string(d->owner->name_view()).c_str(), std::string(type_name(self)).c_str());
}

Result<Ref> call_method_descriptor(MethodDescriptor* d, CallArgs args, bool count_recursion) {
    RecursionGuard guard;
    if (count_recursion && counts_as_recursion(d->def)) TRY(guard.enter(" while calling a Python object"));
    if (args.nargs == 0)
        return raise_format(TypeError_type, "unbound method %s.%s() needs an argument",
                            std::string(d->owner->name_view()).c_str(), d->def->name);
    if (!isinstance(args[0], d->owner)) return descriptor_mismatch(d, args[0]);
    if (plain_call_fits(d->def, args)) return d->def->fn(args.args, args.nargs);
    return call_method_def(d->def, args, d->owner->name_view());
}

static Result<Ref> method_descriptor_get(const Value* args, size_t) {
    auto* d = args[0].as<MethodDescriptor>();
    Value obj = args[1];
    if (obj.is(None())) return Ref::borrow(args[0]);
    if (!isinstance(obj, d->owner)) return descriptor_mismatch(d, obj);
    return make_native_function(d->def, obj);
}
static Result<Ref> method_descriptor_repr(const Value* args, size_t) {
    auto* d = args[0].as<MethodDescriptor>();
    return make_str(std::string("<method '") + d->def->name + "' of '" + std::string(d->owner->name_view()) + "' objects>").ref();
}
static Result<Ref> method_descriptor_name(Value self) { return make_str(self.as<MethodDescriptor>()->def->name).ref(); }
static Result<Ref> method_descriptor_qualname(Value self) {
    auto* d = self.as<MethodDescriptor>();
    return make_str(std::string(d->owner->name_view()) + "." + d->def->name).ref();
}
static Result<Ref> method_descriptor_objclass(Value self) { return Ref::borrow(Value(self.as<MethodDescriptor>()->owner)); }

static const MethodDef method_descriptor_methods[] = {
    {"__get__", method_descriptor_get, nullptr, 2, 3},
    {"__repr__", method_descriptor_repr, nullptr, 1, 1},
    {nullptr},
};
static const GetSetDef method_descriptor_getsets[] = {
    {"__name__", method_descriptor_name}, {"__qualname__", method_descriptor_qualname},
    {"__objclass__", method_descriptor_objclass}, {nullptr},
};

// classmethod_descriptor: a native classmethod (dict.fromkeys).
static Result<Ref> classmethod_descriptor_get(const Value* args, size_t nargs) {
    auto* d = args[0].as<MethodDescriptor>();
    Value type = nargs > 2 && !args[2].is(None()) ? args[2] : Value(args[1].type());
    return make_native_function(d->def, type);
}
static const MethodDef classmethod_descriptor_methods[] = {
    {"__get__", classmethod_descriptor_get, nullptr, 2, 3},
    {"__repr__", method_descriptor_repr, nullptr, 1, 1},
    {nullptr},
};

// ---------------------------------------------------------------- getset_descriptor

// CPython's descr_check: the getter and setter may assume their owner's layout.
static Status getset_check(GetSetDescriptor* d, Value obj) {
    if (isinstance(obj, d->owner)) return ok_status();
    return raise_format(TypeError_type, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->def->name,
                        std::string(d->owner->name_view()).c_str(), std::string(type_name(obj)).c_str());
}
static Result<Ref> getset_get(const Value* args, size_t) {
    auto* d = args[0].as<GetSetDescriptor>();
    if (args[1].is(None())) return Ref::borrow(args[0]);
    TRY(getset_check(d, args[1]));
    return d->def->get(args[1]);
}
static Result<Ref> getset_set_impl(GetSetDescriptor* d, Value obj, Value value) {
    TRY(getset_check(d, obj));
    if (!d->def->set)
        return raise_format(AttributeError_type, "attribute '%s' of '%s' objects is not writable", d->def->name,
                            std::string(d->owner->name_view()).c_str());
    TRY(d->def->set(obj, value));
    return Ref::borrow(None());
}
static Result<Ref> getset_set(const Value* args, size_t) { return getset_set_impl(args[0].as<GetSetDescriptor>(), args[1], args[2]); }
static Result<Ref> getset_delete(const Value* args, size_t) { return getset_set_impl(args[0].as<GetSetDescriptor>(), args[1], Value()); }
static Result<Ref> getset_repr(const Value* args, size_t) {
    auto* d = args[0].as<GetSetDescriptor>();
    return make_str(std::string("<attribute '") + d->def->name + "' of '" + std::string(d->owner->name_view()) + "' objects>").ref();
}
static const MethodDef getset_methods[] = {
    {"__get__", getset_get, nullptr, 2, 3},
    {"__set__", getset_set, nullptr, 3, 3},
    {"__delete__", getset_delete, nullptr, 2, 2},
    {"__repr__", getset_repr, nullptr, 1, 1},
    {nullptr},
};

// ---------------------------------------------------------------- bound method

Ref make_bound_method(Value func, Value self) {
    auto* m = alloc<BoundMethod>(&method_type);
    m->func = Ref::borrow(func);
    m->self = Ref::borrow(self);
    return Ref::steal(Value(m));
}

static Result<Ref> method_repr(const Value* args, size_t) {
    auto* m = args[0].as<BoundMethod>();
    Ref qualname = TRY(getattr_opt(m->func, intern("__qualname__")));
    if (!qualname) qualname = TRY(getattr_opt(m->func, intern("__name__")));
    std::string name = qualname && is_str(qualname) ? std::string(qualname.as<Str>()->view()) : "?";
    std::string self_repr = TRY(repr_text(m->self));
    return make_str("<bound method " + name + " of " + self_repr + ">").ref();
}
static Result<Ref> method_eq(const Value* args, size_t) {
    if (args[1].type() != &method_type) return Ref::borrow(NotImplemented());
    auto* a = args[0].as<BoundMethod>();
    auto* b = args[1].as<BoundMethod>();
    return Ref::borrow(bool_value(a->self.get().is(b->self) && TRY(equal(a->func, b->func))));
}
static Result<Ref> method_hash(const Value* args, size_t) {
    auto* m = args[0].as<BoundMethod>();
    hash_t h = TRY(hash(m->func));
    return make_int(static_cast<int64_t>(h ^ static_cast<hash_t>(m->self.get().bits() >> 4)) & INT64_MAX);
}
static Result<Ref> method_getattribute(const Value* args, size_t) {
    // Unknown attributes are looked up on the underlying function.
    Str* name = intern_str(args[1].as<Str>());
    Result<Ref> r = generic_getattr(args[0], name);
    if (r.ok() || !error_matches(AttributeError_type)) return r;
    error_clear();
    return getattr(args[0].as<BoundMethod>()->func, name);
}
static Result<Ref> method_new(const Value* args, size_t) {
    if (!is_callable(args[1])) return raise(TypeError_type, "first argument must be callable");
    if (args[2].is(None())) return raise(TypeError_type, "instance must not be None");
    return make_bound_method(args[1], args[2]);
}
static Result<Ref> method_doc(Value self) {
    Ref doc = TRY(getattr_opt(self.as<BoundMethod>()->func, intern("__doc__")));
    return doc ? doc : Ref::borrow(None());
}
static Result<Ref> method_func(Value self) { return self.as<BoundMethod>()->func; }
static Result<Ref> method_self(Value self) { return self.as<BoundMethod>()->self; }
static void method_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* m = static_cast<BoundMethod*>(self);
    if (m->func) visit(m->func, ctx);
    if (m->self) visit(m->self, ctx);
}
static void method_clear(Object* self) {
    auto* m = static_cast<BoundMethod*>(self);
    m->func.reset();
    m->self.reset();
}
static const MethodDef method_methods[] = {
    {"__new__", method_new, nullptr, 3, 3, MethodKind::Static},
    {"__repr__", method_repr, nullptr, 1, 1},
    {"__eq__", method_eq, nullptr, 2, 2},
    {"__hash__", method_hash, nullptr, 1, 1},
    {"__getattribute__", method_getattribute, nullptr, 2, 2},
    {nullptr},
};
static const GetSetDef method_getsets[] = {
    {"__func__", method_func}, {"__self__", method_self}, {"__doc__", method_doc}, {nullptr},
};

// ---------------------------------------------------------------- property

static Result<Ref> property_init(CallArgs args) {
    static const char* names[] = {"fget", "fset", "fdel", "doc"};
    Value vals[4] = {};
    if (args.nargs > 5) return raise_format(TypeError_type, "property expected at most 4 arguments, got %zu", args.nargs - 1);
    for (size_t i = 1; i < args.nargs; ++i) vals[i - 1] = args[i];
    for (size_t k = 0; k < args.nkw(); ++k) {
        Str* key = args.kwnames->items[k].as<Str>();
        bool found = false;
        for (int i = 0; i < 4; ++i)
            if (key->view() == names[i]) vals[i] = args.args[args.nargs + k], found = true;
        if (!found) return raise_format(TypeError_type, "property() got an unexpected keyword argument '%s'", key->data);
    }
    auto* p = args[0].as<Property>();
    Ref* fields[4] = {&p->fget, &p->fset, &p->fdel, &p->doc};
    for (int i = 0; i < 4; ++i) *fields[i] = Ref::borrow(vals[i] && !vals[i].is(None()) ? vals[i] : Value());
    if (!p->doc && p->fget) p->doc = TRY(getattr_opt(p->fget, intern("__doc__")));
    return Ref::borrow(None());
}
static Result<Ref> property_new(CallArgs args) {
    // Arguments are taken by __init__.
    auto* cls = args[0].as<TypeObject>();
    return Ref::steal(Value(alloc_object(cls, cls->basicsize)));
}
static Result<std::string> property_name(Property* p) {
    if (!p->fget) return std::string();
    Ref n = TRY(getattr_opt(p->fget, intern("__name__")));
    return n && is_str(n) ? std::string(n.as<Str>()->view()) : std::string();
}
static Result<Ref> property_get(const Value* args, size_t) {
    auto* p = args[0].as<Property>();
    if (args[1].is(None())) return Ref::borrow(args[0]);
    if (!p->fget) {
        std::string name = TRY(property_name(p));
        return raise_format(AttributeError_type, "property '%s' of '%s' object has no getter", name.c_str(),
                            std::string(type_name(args[1])).c_str());
    }
    return call(p->fget, {args[1]});
}
static Result<Ref> property_set(const Value* args, size_t) {
    auto* p = args[0].as<Property>();
    if (!p->fset) {
        std::string name = TRY(property_name(p));
        return raise_format(AttributeError_type, "property '%s' of '%s' object has no setter", name.c_str(),
                            std::string(type_name(args[1])).c_str());
    }
    return call(p->fset, {args[1], args[2]});
}
static Result<Ref> property_delete(const Value* args, size_t) {
    auto* p = args[0].as<Property>();
    if (!p->fdel) {
        std::string name = TRY(property_name(p));
        return raise_format(AttributeError_type, "property '%s' of '%s' object has no deleter", name.c_str(),
                            std::string(type_name(args[1])).c_str());
    }
    return call(p->fdel, {args[1]});
}
static Result<Ref> property_copy_with(Value self, int which, Value fn) {
    auto* p = self.as<Property>();
    Value vals[4] = {p->fget, p->fset, p->fdel, p->doc};
    vals[which] = fn;
    if (which == 0) vals[3] = Value(); // a new getter brings its own docstring
    Ref np = TRY(call(Value(self.type()), {vals[0] ? vals[0] : None(), vals[1] ? vals[1] : None(),
                                            vals[2] ? vals[2] : None(), vals[3] ? vals[3] : None()}));
    return np;
}
static Result<Ref> property_getter(const Value* args, size_t) { return property_copy_with(args[0], 0, args[1]); }
static Result<Ref> property_setter(const Value* args, size_t) { return property_copy_with(args[0], 1, args[1]); }
static Result<Ref> property_deleter(const Value* args, size_t) { return property_copy_with(args[0], 2, args[1]); }
static Result<Ref> property_fget(Value self) { auto* p = self.as<Property>(); return Ref::borrow(p->fget ? p->fget.get() : None()); }
static Result<Ref> property_fset(Value self) { auto* p = self.as<Property>(); return Ref::borrow(p->fset ? p->fset.get() : None()); }
static Result<Ref> property_fdel(Value self) { auto* p = self.as<Property>(); return Ref::borrow(p->fdel ? p->fdel.get() : None()); }
static Result<Ref> property_doc(Value self) { auto* p = self.as<Property>(); return Ref::borrow(p->doc ? p->doc.get() : None()); }
static void property_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* p = static_cast<Property*>(self);
    for (Ref* r : {&p->fget, &p->fset, &p->fdel, &p->doc})
        if (*r) visit(*r, ctx);
}
static void property_clear(Object* self) {
    auto* p = static_cast<Property*>(self);
    for (Ref* r : {&p->fget, &p->fset, &p->fdel, &p->doc}) r->reset();
}
static const MethodDef property_methods[] = {
    {"__new__", nullptr, property_new, 1, -1, MethodKind::Static},
    {"__init__", nullptr, property_init},
    {"__get__", property_get, nullptr, 2, 3},
    {"__set__", property_set, nullptr, 3, 3},
    {"__delete__", property_delete, nullptr, 2, 2},
    {"getter", property_getter, nullptr, 2, 2},
    {"setter", property_setter, nullptr, 2, 2},
    {"deleter", property_deleter, nullptr, 2, 2},
    {nullptr},
};
static const GetSetDef property_getsets[] = {
    {"fget", property_fget}, {"fset", property_fset}, {"fdel", property_fdel}, {"__doc__", property_doc}, {nullptr},
};

// ---------------------------------------------------------------- staticmethod / classmethod

static Result<Ref> wrapper_new(const Value* args, size_t nargs) {
    auto* cls = args[0].as<TypeObject>();
    if (nargs != 2)
        return raise_format(TypeError_type, "%s expected 1 argument, got %zu", std::string(cls->name_view()).c_str(), nargs - 1);
    auto* sm = static_cast<StaticMethod*>(alloc_object(cls, cls->basicsize));
    sm->callable = Ref::borrow(args[1]);
    return Ref::steal(Value(sm));
}
static Result<Ref> staticmethod_get(const Value* args, size_t) { return args[0].as<StaticMethod>()->callable; }
static Result<Ref> staticmethod_call(CallArgs args) {
    return call(args[0].as<StaticMethod>()->callable, CallArgs{args.args + 1, args.nargs - 1, args.kwnames});
}
static Result<Ref> classmethod_get(const Value* args, size_t nargs) {
    Value type = nargs > 2 && !args[2].is(None()) ? args[2] : Value(args[1].type());
    return make_bound_method(args[0].as<StaticMethod>()->callable, type);
}
static Result<Ref> wrapper_func(Value self) { return self.as<StaticMethod>()->callable; }
static Result<Ref> wrapper_getattr_doc(Value self) {
    Ref d = TRY(getattr_opt(self.as<StaticMethod>()->callable, intern("__doc__")));
    return d ? d : Ref::borrow(None());
}
static Result<Ref> wrapper_isabstract(Value) { return Ref::borrow(False()); }
static void wrapper_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* s = static_cast<StaticMethod*>(self);
    if (s->callable) visit(s->callable, ctx);
    if (s->dict) visit(s->dict, ctx);
}
static void wrapper_clear(Object* self) {
    auto* s = static_cast<StaticMethod*>(self);
    s->callable.reset();
    s->dict.reset();
}
static const MethodDef staticmethod_methods[] = {
    {"__new__", wrapper_new, nullptr, 1, -1, MethodKind::Static},
    {"__get__", staticmethod_get, nullptr, 2, 3},
    {"__call__", nullptr, staticmethod_call},
    {nullptr},
};
static const MethodDef classmethod_methods[] = {
    {"__new__", wrapper_new, nullptr, 1, -1, MethodKind::Static},
    {"__get__", classmethod_get, nullptr, 2, 3},
    {nullptr},
};
static const GetSetDef wrapper_getsets[] = {
    {"__func__", wrapper_func}, {"__wrapped__", wrapper_func}, {"__doc__", wrapper_getattr_doc},
    {"__isabstractmethod__", wrapper_isabstract}, {nullptr},
};

// ---------------------------------------------------------------- module

Handle<Module> make_module(std::string_view name) {
    auto* m = alloc<Module>(&module_type);
    m->dict = dict_new().ref();
    m->name = make_str(name).ref();
    (void)dict_set_str(m->dict.as<Dict>(), intern("__name__"), m->name);
    (void)dict_set_str(m->dict.as<Dict>(), intern("__doc__"), None());
    return Handle<Module>::steal(m);
}

Status add_functions(Dict* dict, const MethodDef* defs, Value module_name) {
    for (const MethodDef* d = defs; d && d->name; ++d) TRY(dict_set_str(dict, intern(d->name), make_native_function(d, Value(), module_name)));
    return ok_status();
}

static Result<Ref> module_getattribute(const Value* args, size_t) {
    auto* m = args[0].as<Module>();
    Str* name = intern_str(args[1].as<Str>());
    Result<Ref> r = generic_getattr(args[0], name);
    if (r.ok() || !error_matches(AttributeError_type)) return r;
    error_clear();
    if (Value getattr_hook = dict_get_str(m->dict.as<Dict>(), intern("__getattr__"))) return call(getattr_hook, {Value(name)});
    return raise_format(AttributeError_type, "module '%s' has no attribute '%s'", m->name.as<Str>()->data, name->data);
}
static Result<Ref> module_repr(const Value* args, size_t) {
    auto* m = args[0].as<Module>();
    Value file = dict_get_str(m->dict.as<Dict>(), intern("__file__"));
    std::string name(m->name.as<Str>()->view());
    if (file && is_str(file)) return make_str("<module '" + name + "' from '" + std::string(file.as<Str>()->view()) + "'>").ref();
    return make_str("<module '" + name + "' (built-in)>").ref();
}
static Result<Ref> module_new(const Value* args, size_t nargs) {
    if (nargs < 2 || !is_str(args[1])) return raise(TypeError_type, "module() argument 'name' must be str");
    return make_module(args[1].as<Str>()->view()).ref();
}
static void module_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* m = static_cast<Module*>(self);
    if (m->dict) visit(m->dict, ctx);
}
static void module_clear(Object* self) {
    auto* m = static_cast<Module*>(self);
    m->dict.reset();
    m->name.reset();
}
static const MethodDef module_methods[] = {
    {"__new__", module_new, nullptr, 2, 3, MethodKind::Static},
    {"__getattribute__", module_getattribute, nullptr, 2, 2},
    {"__repr__", module_repr, nullptr, 1, 1},
    {nullptr},
};

void init_callable_types() {
    constexpr uint32_t gc_final = kTypeGC;
    init_native_type(&builtin_function_type,
                     {.name = "builtin_function_or_method", .basicsize = sizeof(NativeFunction), .flags = gc_final,
                      .dealloc = generic_dealloc, .traverse = native_function_traverse, .clear = native_function_clear,
                      .methods = native_function_methods, .getsets = native_function_getsets});
    init_native_type(&method_descriptor_type, {.name = "method_descriptor", .basicsize = sizeof(MethodDescriptor),
                                               .flags = 0, .methods = method_descriptor_methods,
                                               .getsets = method_descriptor_getsets});
    init_native_type(&classmethod_descriptor_type,
                     {.name = "classmethod_descriptor", .basicsize = sizeof(MethodDescriptor), .flags = 0,
                      .methods = classmethod_descriptor_methods, .getsets = method_descriptor_getsets});
    init_native_type(&getset_descriptor_type, {.name = "getset_descriptor", .basicsize = sizeof(GetSetDescriptor),
                                               .flags = 0, .methods = getset_methods});
    init_native_type(&method_type, {.name = "method", .basicsize = sizeof(BoundMethod), .flags = gc_final,
                                    .dealloc = generic_dealloc, .traverse = method_traverse, .clear = method_clear,
                                    .methods = method_methods, .getsets = method_getsets});
    init_native_type(&property_type, {.name = "property", .basicsize = sizeof(Property), .flags = kTypeBaseType | kTypeGC,
                                      .dealloc = generic_dealloc, .traverse = property_traverse,
                                      .clear = property_clear, .methods = property_methods,
                                      .getsets = property_getsets});
    init_native_type(&staticmethod_type, {.name = "staticmethod", .basicsize = sizeof(StaticMethod),
                                          .flags = kTypeBaseType | kTypeGC, .dealloc = generic_dealloc,
                                          .traverse = wrapper_traverse, .clear = wrapper_clear,
                                          .methods = staticmethod_methods, .getsets = wrapper_getsets});
    init_native_type(&classmethod_type, {.name = "classmethod", .basicsize = sizeof(StaticMethod),
                                         .flags = kTypeBaseType | kTypeGC, .dealloc = generic_dealloc,
                                         .traverse = wrapper_traverse, .clear = wrapper_clear,
                                         .methods = classmethod_methods, .getsets = wrapper_getsets});
    init_native_type(&module_type, {.name = "module", .basicsize = sizeof(Module), .flags = kTypeBaseType | kTypeGC,
                                    .dealloc = generic_dealloc, .traverse = module_traverse, .clear = module_clear,
                                    .methods = module_methods, .weakref_slot = true});
    module_type.dict_offset = offsetof(Module, dict);
    add_instance_dict_descriptor(&module_type);
}

} // namespace pyco
