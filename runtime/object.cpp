// `object`, the singletons (None, NotImplemented, Ellipsis) and the generic
// attribute protocol every type inherits (object.__getattribute__ and
// object.__setattr__: data descriptors, then the instance __dict__, then
// non-data descriptors and plain class attributes).
#include <cinttypes>
#include <cstdio>

#include "runtime/abstract.h"
#include "runtime/callable.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "runtime/slots.h"

namespace pyco {

TypeObject object_type, NoneType_type, NotImplementedType_type, ellipsis_type;

// Immortal singletons: a refcount that can never reach zero.
constexpr intptr_t kImmortal = intptr_t(1) << 60;
Object None_object{kImmortal, &NoneType_type};
Object NotImplemented_object{kImmortal, &NotImplementedType_type};
Object Ellipsis_object{kImmortal, &ellipsis_type};


// ---------------------------------------------------------------- instance dicts

Ref* instance_dict_slot(Value obj) {
    if (!obj.is_object()) return nullptr;
    TypeObject* type = obj.type();
    char* base = reinterpret_cast<char*>(obj.as_object());
    if (type->dict_offset > 0) return reinterpret_cast<Ref*>(base + type->dict_offset);
    if (type->dict_offset < 0) {
        // Variable-size layouts keep the dict after their items (gc.cpp).
        auto* var = static_cast<VarObject*>(obj.as_object());
        size_t itemsize = type->itemsize;
        size_t end = type->basicsize + static_cast<size_t>(var->size) * itemsize;
        return reinterpret_cast<Ref*>(base + (end + 7) / 8 * 8);
    }
    return nullptr;
}

Dict* instance_dict(Value obj, bool create) {
    Ref* slot = instance_dict_slot(obj);
    if (!slot) return nullptr;
    if (!*slot && create) *slot = dict_new().ref();
    return slot->is_null() ? nullptr : slot->as<Dict>();
}

static bool is_data_descriptor(Value attr) {
    TypeObject* t = attr.type();
    return lookup_special(t, Special::set) || lookup_special(t, Special::delete_);
}

static ErrorTag no_attribute(Value obj, Str* name) {
    Ref exc;
    if (obj.type() == &type_type || is_subtype(obj.type(), &type_type))
        raise_format(AttributeError_type, "type object '%s' has no attribute '%s'",
                     std::string(reinterpret_cast<TypeObject*>(obj.as_object())->name_view()).c_str(), name->data);
    else
        raise_format(AttributeError_type, "'%s' object has no attribute '%s'", std::string(type_name(obj)).c_str(),
                     name->data);
    // Record name/obj for "Did you mean" suggestions in tracebacks.
    if (Value e = error_peek(); e) {
        auto* be = e.as<BaseException>();
        be->name = Ref::borrow(Value(name));
        be->obj = Ref::borrow(obj);
    }
    return kError;
}

bool uses_object_hook(TypeObject* t, Special hook) {
    return lookup_special(t, hook).is(lookup_special(&object_type, hook));
}

bool instance_dict_first(TypeObject* t, Str* name, Special hook) {
    if (!uses_object_hook(t, hook)) return false;
    Value attr = type_lookup(t, name);
    return !attr || !is_data_descriptor(attr);
}

uint32_t instance_slot_offset(TypeObject* t, Str* name, Special hook) {
    if (!uses_object_hook(t, hook)) return 0;
    Value attr = type_lookup(t, name);
    return attr && attr.type() == &member_descriptor_type ? member_descriptor_offset(attr, t) : 0;
}

Result<Ref> generic_getattr(Value obj, Str* name) {
    Ref found = TRY(generic_getattr_opt(obj, name));
    if (!found) return no_attribute(obj, name);
    return found;
}

Result<Ref> generic_getattr_opt(Value obj, Str* name) {
    TypeObject* type = obj.type();
    Value attr = type_lookup(type, name);
    Ref keep_attr = Ref::borrow(attr);
    if (attr && attr.type() == &member_descriptor_type) return member_descriptor_get(attr, obj); // __slots__
    // A native type's field (asyncio's Future/Handle state): its getter
    // directly, as getset_descriptor.__get__ would call it.
    if (attr && attr.type() == &getset_descriptor_type) {
        auto* d = attr.as<GetSetDescriptor>();
        if (isinstance(obj, d->owner)) return d->def->get(obj);
    }
    if (attr && is_data_descriptor(attr)) {
        Value get = lookup_special(attr.type(), Special::get);
        return call(get, {attr, obj, Value(type)});
    }
    if (Dict* dict = instance_dict(obj, false)) {
        Value found = dict_get_str(dict, name);
        if (found) return Ref::borrow(found);
    }
    if (attr) {
        if (Value get = lookup_special(attr.type(), Special::get)) return call(get, {attr, obj, Value(type)});
        return keep_attr;
    }
    return Ref();
}

Status generic_setattr(Value obj, Str* name, Value value) {
    TypeObject* type = obj.type();
    Value attr = type_lookup(type, name);
    Ref keep_attr = Ref::borrow(attr);
    if (attr && attr.type() == &member_descriptor_type) return member_descriptor_set(attr, obj, value); // __slots__
    if (attr && attr.type() == &getset_descriptor_type && attr.as<GetSetDescriptor>()->def->set)
        return attr.as<GetSetDescriptor>()->def->set(obj, value); // as getset_descriptor.__set__/__delete__
    if (attr) {
        Special which = value ? Special::set : Special::delete_;
        if (Value fn = lookup_special(attr.type(), which)) {
            if (value) TRY(call(fn, {attr, obj, value}));
            else TRY(call(fn, {attr, obj}));
            return ok_status();
        }
        if (is_data_descriptor(attr)) {
            return raise_format(AttributeError_type, "'%s' object attribute '%s' is read-only",
                                std::string(type_name(obj)).c_str(), name->data);
        }
    }
    Dict* dict = instance_dict(obj, value.is_object() || !value.is_null());
    if (!dict) {
        if (attr) {
            return raise_format(AttributeError_type, "'%s' object attribute '%s' is read-only",
                                std::string(type_name(obj)).c_str(), name->data);
        }
        return no_attribute(obj, name);
    }
    if (value) return dict_set_str(dict, name, value);
    bool removed = TRY(dict_del(dict, Value(name)));
    if (!removed) return no_attribute(obj, name);
    return ok_status();
}

// ---------------------------------------------------------------- object methods

static Result<Ref> object_new(CallArgs call_args) {
    if (call_args.nargs == 0) return raise(TypeError_type, "object.__new__(): not enough arguments");
    const Value* args = call_args.args;
    size_t nargs = call_args.nargs + call_args.nkw();
    if (!isinstance(args[0], &type_type)) return raise(TypeError_type, "object.__new__(X): X is not a type object");
    auto* cls = args[0].as<TypeObject>();
    if (cls->has_flag(kTypeAbstractNew))
        return raise_format(TypeError_type, "cannot create '%s' instances", std::string(cls->name_view()).c_str());
    if (nargs > 1) {
        // Extra arguments are an error unless __init__ is overridden (CPython's rule).
        Value init = lookup_special(cls, Special::init);
        Value new_ = lookup_special(cls, Special::new_);
        Value object_init = dict_get_str(object_type.dict.as<Dict>(), special_name(Special::init));
        Value object_new_fn = dict_get_str(object_type.dict.as<Dict>(), special_name(Special::new_));
        if (init.is(object_init) || !new_.is(object_new_fn)) {
            return raise_format(TypeError_type, "%s() takes no arguments", std::string(cls->name_view()).c_str());
        }
    }
    return Ref::steal(Value(alloc_object(cls, cls->basicsize)));
}

static Result<Ref> object_init(CallArgs args) {
    TypeObject* cls = args[0].type();
    if (args.nargs + args.nkw() > 1) {
        Value init = lookup_special(cls, Special::init);
        Value new_ = lookup_special(cls, Special::new_);
        Value object_init_fn = dict_get_str(object_type.dict.as<Dict>(), special_name(Special::init));
        Value object_new_fn = dict_get_str(object_type.dict.as<Dict>(), special_name(Special::new_));
        if (!init.is(object_init_fn))
            return raise(TypeError_type, "object.__init__() takes exactly one argument (the instance to initialize)");
        if (new_.is(object_new_fn))
            return raise_format(TypeError_type, "%s() takes no arguments", std::string(cls->name_view()).c_str());
    }
    return Ref::borrow(None());
}

std::string default_object_repr(Value self) {
    TypeObject* t = self.type();
    std::string out = "<";
    Value module = t->module ? t->module.get() : Value();
    if (!module && t->dict) module = dict_get_str(t->dict.as<Dict>(), intern("__module__"));
    if (module && is_str(module) && module.as<Str>()->view() != "builtins") {
        out += module.as<Str>()->view();
        out += '.';
    }
    out += t->qualname ? t->qualname.as<Str>()->view() : t->name_view();
    char buf[48];
    std::snprintf(buf, sizeof buf, " object at %#" PRIxPTR ">", reinterpret_cast<uintptr_t>(self.as_object()));
    return out + buf;
}

static Result<Ref> object_repr(const Value* args, size_t) { return make_str(default_object_repr(args[0])).ref(); }
static Result<Ref> object_str(const Value* args, size_t) { return repr(args[0]); }
hash_t identity_hash(Value v) {
    // The address with the alignment bits rotated away, as CPython.
    uintptr_t p = v.bits();
    return static_cast<int64_t>((p >> 4) | (p << (8 * sizeof(p) - 4))) & INT64_MAX;
}
static Result<Ref> object_hash(const Value* args, size_t) { return make_int(identity_hash(args[0])); }
static Result<Ref> object_eq(const Value* args, size_t) {
    return Ref::borrow(args[0].is(args[1]) ? True() : NotImplemented());
}
static Result<Ref> object_ne(const Value* args, size_t) {
    Value eq = lookup_special(args[0].type(), Special::eq);
    if (!eq) return Ref::borrow(NotImplemented());
    Ref r = TRY(call(eq, {args[0], args[1]}));
    if (r.get().is(NotImplemented())) return r;
    bool b = TRY(truthy(r));
    return Ref::borrow(bool_value(!b));
}
static Result<Ref> object_getattribute(const Value* args, size_t) {
    if (!is_str(args[1])) return raise_format(TypeError_type, "attribute name must be string, not '%s'", std::string(type_name(args[1])).c_str());
    return generic_getattr(args[0], intern_str(args[1].as<Str>()));
}
static Result<Ref> object_setattr(const Value* args, size_t) {
    if (!is_str(args[1])) return raise_format(TypeError_type, "attribute name must be string, not '%s'", std::string(type_name(args[1])).c_str());
    TRY(generic_setattr(args[0], intern_str(args[1].as<Str>()), args[2]));
    return Ref::borrow(None());
}
static Result<Ref> object_delattr(const Value* args, size_t) {
    if (!is_str(args[1])) return raise_format(TypeError_type, "attribute name must be string, not '%s'", std::string(type_name(args[1])).c_str());
    TRY(generic_setattr(args[0], intern_str(args[1].as<Str>()), Value()));
    return Ref::borrow(None());
}
static Result<Ref> object_format(const Value* args, size_t) {
    if (!is_str(args[1])) return raise_format(TypeError_type, "format() argument 2 must be str, not %s", std::string(type_name(args[1])).c_str());
    if (args[1].as<Str>()->size != 0)
        return raise_format(TypeError_type, "unsupported format string passed to %s.__format__", std::string(type_name(args[0])).c_str());
    return str(args[0]);
}
static Result<Ref> object_init_subclass(const Value*, size_t) { return Ref::borrow(None()); }
static Result<Ref> object_dir(const Value* args, size_t) {
    // Instance dict keys plus every attribute along the class's MRO.
    Handle<Dict> seen = dict_new();
    if (Dict* d = instance_dict(args[0], false)) {
        Value k, v;
        for (int64_t pos = 0; dict_next(d, &pos, &k, &v);) TRY(dict_set(seen.get(), k, None()));
    }
    Tuple* mro = args[0].type()->mro.as<Tuple>();
    for (int64_t i = 0; i < mro->size; ++i) {
        Dict* d = mro->items[i].as<TypeObject>()->dict.as<Dict>();
        Value k, v;
        for (int64_t pos = 0; dict_next(d, &pos, &k, &v);) TRY(dict_set(seen.get(), k, None()));
    }
    Handle<List> out = list_new();
    Value k, v;
    for (int64_t pos = 0; dict_next(seen.get(), &pos, &k, &v);) TRY(list_append(out.get(), k));
    return std::move(out).ref();
}

static Result<Ref> object_get_class(Value self) { return Ref::borrow(Value(self.type())); }
static Status object_set_class(Value self, Value value) {
    if (!value || !isinstance(value, &type_type)) return raise(TypeError_type, "__class__ must be set to a class");
    auto* cls = value.as<TypeObject>();
    TypeObject* old = self.type();
    if (!cls->has_flag(kTypeHeap) || !old->has_flag(kTypeHeap))
        return raise(TypeError_type, "__class__ assignment only supported for mutable types or ModuleType subclasses");
    TRY(check_layout_assignment(old, cls, "__class__"));
    incref(Value(cls));
    self.as_object()->type = cls;
    decref(Value(old));
    return ok_status();
}
static Result<Ref> object_get_dict(Value self) {
    Dict* d = instance_dict(self, true);
    if (!d) return raise_format(AttributeError_type, "'%s' object has no attribute '__dict__'", std::string(type_name(self)).c_str());
    return Ref::borrow(Value(d));
}
static Status object_set_dict(Value self, Value value) {
    Ref* slot = instance_dict_slot(self);
    if (!slot) return raise_format(AttributeError_type, "'%s' object has no attribute '__dict__'", std::string(type_name(self)).c_str());
    if (!value || !is_dict(value))
        return raise_format(TypeError_type, "__dict__ must be set to a dictionary, not a '%s'", std::string(type_name(value)).c_str());
    *slot = Ref::borrow(value);
    return ok_status();
}

static const MethodDef object_methods[] = {
    {"__new__", nullptr, object_new, 1, -1, MethodKind::Static},
    {"__init__", nullptr, object_init},
    {"__repr__", object_repr, nullptr, 1, 1},
    {"__str__", object_str, nullptr, 1, 1},
    {"__hash__", object_hash, nullptr, 1, 1},
    {"__eq__", object_eq, nullptr, 2, 2},
    {"__ne__", object_ne, nullptr, 2, 2},
    {"__getattribute__", object_getattribute, nullptr, 2, 2},
    {"__setattr__", object_setattr, nullptr, 3, 3},
    {"__delattr__", object_delattr, nullptr, 2, 2},
    {"__format__", object_format, nullptr, 2, 2},
    {"__init_subclass__", object_init_subclass, nullptr, 1, 1, MethodKind::Class},
    {"__dir__", object_dir, nullptr, 1, 1},
    {nullptr},
};
static const GetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class},
    {nullptr},
};
// Installed on heap types that give their instances a __dict__.
extern const GetSetDef instance_dict_getset[];
const GetSetDef instance_dict_getset[] = {
    {"__dict__", object_get_dict, object_set_dict},
    {nullptr},
};

void add_instance_dict_descriptor(TypeObject* type) {
    auto* d = alloc<GetSetDescriptor>(&getset_descriptor_type);
    d->def = instance_dict_getset;
    d->owner = type;
    (void)dict_set_str(type->dict.as<Dict>(), intern("__dict__"), Ref::steal(Value(d)));
    invalidate_type_caches();
}

// ---------------------------------------------------------------- singletons' types

static Result<Ref> none_repr(const Value*, size_t) { return Ref::borrow(Value(intern("None"))); }
static Result<Ref> none_bool(const Value*, size_t) { return Ref::borrow(False()); }
static Result<Ref> none_new(const Value*, size_t nargs) {
    if (nargs > 1) return raise(TypeError_type, "NoneType takes no arguments");
    return Ref::borrow(None());
}
static Result<Ref> notimpl_repr(const Value*, size_t) { return Ref::borrow(Value(intern("NotImplemented"))); }
static Result<Ref> notimpl_new(const Value*, size_t nargs) {
    if (nargs > 1) return raise(TypeError_type, "NotImplementedType takes no arguments");
    return Ref::borrow(NotImplemented());
}
static Result<Ref> ellipsis_repr(const Value*, size_t) { return Ref::borrow(Value(intern("Ellipsis"))); }
static Result<Ref> ellipsis_new(const Value*, size_t nargs) {
    if (nargs > 1) return raise(TypeError_type, "ellipsis takes no arguments");
    return Ref::borrow(Ellipsis());
}

static const MethodDef none_methods[] = {
    {"__new__", none_new, nullptr, 1, -1, MethodKind::Static},
    {"__repr__", none_repr, nullptr, 1, 1},
    {"__bool__", none_bool, nullptr, 1, 1},
    {nullptr},
};
static const MethodDef notimpl_methods[] = {
    {"__new__", notimpl_new, nullptr, 1, -1, MethodKind::Static},
    {"__repr__", notimpl_repr, nullptr, 1, 1},
    {nullptr},
};
static const MethodDef ellipsis_methods[] = {
    {"__new__", ellipsis_new, nullptr, 1, -1, MethodKind::Static},
    {"__repr__", ellipsis_repr, nullptr, 1, 1},
    {nullptr},
};

static void immortal_dealloc(Object*) {}

void init_object_types() {
    init_native_type(&object_type, {.name = "object", .basicsize = sizeof(Object), .dealloc = free_object,
                                    .methods = object_methods, .getsets = object_getsets,
                                    .doc = "The base class of the class hierarchy."});
    uint32_t final_type = 0; // not subclassable
    init_native_type(&NoneType_type, {.name = "NoneType", .basicsize = sizeof(Object), .flags = final_type,
                                      .dealloc = immortal_dealloc, .methods = none_methods});
    init_native_type(&NotImplementedType_type, {.name = "NotImplementedType", .basicsize = sizeof(Object),
                                                .flags = final_type, .dealloc = immortal_dealloc,
                                                .methods = notimpl_methods});
    init_native_type(&ellipsis_type, {.name = "ellipsis", .basicsize = sizeof(Object), .flags = final_type,
                                      .dealloc = immortal_dealloc, .methods = ellipsis_methods});
}

} // namespace pyco
