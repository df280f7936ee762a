// `type`: native type initialisation, MRO lookup with a special-method
// cache, class creation (slots, __dict__, __set_name__, __init_subclass__;
// the layout base and the MRO come from runtime/type_hierarchy.h), calling a
// type, and type attribute access.
#include <cstring>
#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/callable.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "runtime/slots.h"
#include "runtime/type_hierarchy.h"
#include "vm/code.h"

namespace pyco {

TypeObject type_type;

extern const GetSetDef instance_dict_getset[]; // object.cpp

std::string_view TypeObject::name_view() const { return name ? name.as<Str>()->view() : std::string_view("?"); }
std::string_view TypeObject::message_name() const { return tp_name ? tp_name.as<Str>()->view() : name_view(); }

// ---------------------------------------------------------------- special names

Str* special_name(Special s) {
    static Str* names[kSpecialCount];
    static bool ready = false;
    if (!ready) {
        static const char* raw[] = {
#define PYCO_SPECIAL_TEXT(name) #name,
            PYCO_SPECIAL_METHODS(PYCO_SPECIAL_TEXT)
#undef PYCO_SPECIAL_TEXT
        };
        for (size_t i = 0; i < kSpecialCount; ++i) {
            std::string n = raw[i];
            if (n.back() == '_') n.pop_back();
            names[i] = intern("__" + n + "__");
        }
        ready = true;
    }
    return names[static_cast<size_t>(s)];
}

// ---------------------------------------------------------------- lookup

uint64_t type_epoch = 1;

void invalidate_type_caches() { ++type_epoch; }

namespace {

// The MRO walk without the cache.
Value type_lookup_uncached(TypeObject* type, Str* name) {
    Tuple* mro = type->mro.as<Tuple>();
    if (!mro) return type->dict ? dict_get_str(type->dict.as<Dict>(), name) : Value();
    for (int64_t i = 0; i < mro->size; ++i) {
        Dict* d = mro->items[i].as<TypeObject>()->dict.as<Dict>();
        if (Value v = dict_get_str(d, name)) return v;
    }
    return Value();
}

// A global cache of (type, interned name) -> what the MRO walk found (CPython's
// type method cache). An entry is valid for the epoch it was filled in: every
// change to a type dict, MRO or bases, and every type teardown, starts a new
// epoch (invalidate_type_caches), so a hit is still held by the type's dict.
// Only interned names (immortal) are cached: a freed name's address could
// otherwise come back as another string.
struct TypeCacheEntry {
    TypeObject* type;
    Str* name;
    uint64_t epoch;
    Value value;
};
constexpr size_t kTypeCacheSize = 4096; // power of two
TypeCacheEntry type_cache[kTypeCacheSize];

} // namespace

Value type_lookup(TypeObject* type, Str* name) {
    if (!name->interned) return type_lookup_uncached(type, name);
    uintptr_t h = (reinterpret_cast<uintptr_t>(type) >> 4) ^ (reinterpret_cast<uintptr_t>(name) >> 3);
    TypeCacheEntry& e = type_cache[(h ^ (h >> 12)) & (kTypeCacheSize - 1)];
    if (e.type == type && e.name == name && e.epoch == type_epoch) return e.value;
    Value v = type_lookup_uncached(type, name);
    e = TypeCacheEntry{type, name, type_epoch, v};
    return v;
}

void fill_special_cache(TypeObject* type) {
    for (size_t i = 0; i < kSpecialCount; ++i) type->special_cache[i] = type_lookup(type, special_name(Special(i)));
    type->cache_epoch = type_epoch;
}

bool is_subtype(TypeObject* sub, TypeObject* base) {
    if (sub == base) return true;
    Tuple* mro = sub->mro.as<Tuple>();
    if (!mro) {
        for (TypeObject* t = sub; t; t = t->base)
            if (t == base) return true;
        return false;
    }
    for (int64_t i = 0; i < mro->size; ++i)
        if (mro->items[i].as_object() == base) return true;
    return false;
}

// ---------------------------------------------------------------- native types

static Ref make_descriptor_for(const MethodDef* def, TypeObject* owner) {
    switch (def->kind) {
    case MethodKind::Instance: {
        auto* d = alloc<MethodDescriptor>(&method_descriptor_type);
        d->def = def;
        d->owner = owner;
        return Ref::steal(Value(d));
    }
    case MethodKind::Class: {
        auto* d = alloc<MethodDescriptor>(&classmethod_descriptor_type);
        d->def = def;
        d->owner = owner;
        return Ref::steal(Value(d));
    }
    case MethodKind::Static:
        // __new__ of a native type: a builtin function with the type as __self__ in CPython;
        // here an unbound native function that receives the class as args[0].
        return make_native_function(def, Value(), Value());
    }
    return Ref();
}

static void add_getsets(TypeObject* type, const GetSetDef* defs) {
    for (const GetSetDef* g = defs; g && g->name; ++g) {
        auto* d = alloc<GetSetDescriptor>(&getset_descriptor_type);
        d->def = g;
        d->owner = type;
        Ref keep = Ref::steal(Value(d));
        (void)dict_set_str(type->dict.as<Dict>(), intern(g->name), keep);
    }
}

void init_native_type(TypeObject* type, const NativeTypeSpec& spec) {
    type->refcount = intptr_t(1) << 60; // immortal
    type->type = &type_type;
    type->name = Ref::borrow(Value(intern(spec.name)));
    type->qualname = type->name;
    if (spec.module) type->module = Ref::borrow(Value(intern(spec.module)));
    if (spec.module && std::string_view(spec.module) != "builtins")
        type->tp_name = Ref::borrow(Value(intern(std::string(spec.module) + "." + spec.name)));
    TypeObject* base = spec.base ? spec.base : (type == &object_type ? nullptr : &object_type);
    type->base = base;
    type->flags = spec.flags;
    type->basicsize = spec.basicsize;
    type->itemsize = spec.itemsize;
    type->dealloc = spec.dealloc ? spec.dealloc : (base ? base->dealloc : free_object);
    type->traverse = spec.traverse;
    type->clear = spec.clear;
    type->finalize = spec.finalize;
    type->iternext = spec.iternext;
    type->len = spec.len;
    type->doc = spec.doc;
    type->weakref_slot = spec.weakref_slot || (base && base->weakref_slot);
    if (base && base->dict_offset && !type->dict_offset) type->dict_offset = base->dict_offset;
    type->dict = dict_new().ref();
    // MRO: the native base chain (natives use single inheritance).
    std::vector<Value> chain;
    for (TypeObject* t = type; t; t = t->base) chain.push_back(Value(t));
    Handle<Tuple> mro = tuple_new(chain.size());
    for (size_t i = 0; i < chain.size(); ++i) tuple_init_item(mro.get(), i, Ref::borrow(chain[i]));
    type->mro = std::move(mro).ref();
    type->bases = base ? tuple_pack({Value(base)}).ref() : Ref::borrow(Value(empty_tuple()));
    Dict* dict = type->dict.as<Dict>();
    for (const MethodDef* m = spec.methods; m && m->name; ++m) {
        Ref descr = make_descriptor_for(m, type);
        (void)dict_set_str(dict, intern(m->name), descr);
    }
    add_getsets(type, spec.getsets);
    if (spec.doc) (void)dict_set_str(dict, intern("__doc__"), make_str(spec.doc));
    else if (!dict_get_str(dict, intern("__doc__"))) (void)dict_set_str(dict, intern("__doc__"), None());
    (void)add_subclass_of_each(type->bases.as<Tuple>(), type);
    invalidate_type_caches();
}

static void heap_type_dealloc(Object* self);
static void heap_type_traverse(Object* self, VisitFn visit, void* ctx);
static void heap_type_clear(Object* self);
static void heap_type_finalize(Object* self);

static TypeObject* native_ancestor(TypeObject* t) {
    while (t->has_flag(kTypeHeap)) t = t->base;
    return t;
}

static void heap_type_dealloc(Object* self) {
    TypeObject* type = self->type;
    if (lookup_special(type, Special::del) && type->has_flag(kTypeGC) &&
        !gc_is_finalized(self)) {
        gc_set_finalized(self);
        self->refcount = 1;
        heap_type_finalize(self);
        if (--self->refcount != 0) return; // resurrected by __del__
    }
    // Untrack before dropping anything: finalizers run by the releases below
    // may start a collection, which must not see this half-freed object.
    if (type->has_flag(kTypeGC)) gc_untrack(self);
    if (Ref* slot = instance_dict_slot(Value(self))) slot->reset();
    slots_clear(self);
    TypeObject* native = native_ancestor(type);
    if (native->dealloc && native != &object_type) {
        native->dealloc(self);
    } else {
        free_object(self);
    }
}

static void heap_type_traverse(Object* self, VisitFn visit, void* ctx) {
    if (Ref* slot = instance_dict_slot(Value(self)); slot && *slot) visit(*slot, ctx);
    slots_traverse(self, visit, ctx);
    visit(Value(self->type), ctx);
    TypeObject* native = native_ancestor(self->type);
    if (native->traverse) native->traverse(self, visit, ctx);
}

static void heap_type_clear(Object* self) {
    if (Ref* slot = instance_dict_slot(Value(self))) slot->reset();
    slots_clear(self);
    TypeObject* native = native_ancestor(self->type);
    if (native->clear) native->clear(self);
}

static void heap_type_finalize(Object* self) {
    Value del = lookup_special(self->type, Special::del);
    if (!del) return;
    Ref pending = error_fetch();
    Result<Ref> r = call(del, {Value(self)});
    if (r.failed()) write_unraisable(error_fetch(), del);
    if (pending) error_restore(std::move(pending));
}

// The new class's own slots go right after its base's layout.
// Whether CPython's instances of `base` are variable-size (tp_itemsize):
// its str has a fixed-size header (pyco's keeps the characters inline), its
// int is variable-size (pyco's is not).
static bool cpython_var_size(TypeObject* base) {
    return (base->itemsize && !is_subtype(base, &str_type)) || is_subtype(base, &int_type);
}

// Instances get a __weakref__ slot (in CPython's layout) unless the base
// has one, the base is variable-size or __slots__ leaves it out.
static Status set_weakref_slot(TypeObject* type, TypeObject* base, const SlotSpec& slots, bool has_slots) {
    bool may_add = !base->weakref_slot && !cpython_var_size(base);
    if (has_slots && slots.add_weakref && !may_add)
        return raise(TypeError_type, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
    type->weakref_slot = base->weakref_slot || (may_add && (!has_slots || slots.add_weakref));
    return ok_status();
}

// The new class's own slots go right after its base's layout.
static Status lay_out_slots(TypeObject* type, TypeObject* base, const SlotSpec& slots, bool has_slots) {
    if (!has_slots) return ok_status();
    if (cpython_var_size(base) && (!slots.names.empty() || slots.add_dict || slots.add_weakref))
        return raise_format(TypeError_type, "nonempty __slots__ not supported for subtype of '%s'",
                            std::string(base->name_view()).c_str());
    if (slots.add_dict && base->dict_offset) return raise(TypeError_type, "__dict__ slot disallowed: we already got one");
    if (slots.names.empty()) return ok_status();
    // CPython's str has a fixed-size header, so it takes slots; pyco's keeps
    // its characters inline and a subclass's __dict__ after them. Say so.
    if (is_subtype(base, &str_type))
        return raise(NotImplementedError_type, "nonempty __slots__ on a str subclass is not supported by pyco");
    type->slots_offset = type->basicsize;
    type->nslots = static_cast<uint32_t>(slots.names.size());
    type->basicsize += type->nslots * sizeof(Ref);
    return ok_status();
}

static void type_dealloc(Object* self);
static void type_traverse(Object* self, VisitFn visit, void* ctx);
static void type_clear(Object* self);

// type(name, bases, namespace) and the class statement.
Result<Ref> make_class(TypeObject* metatype, Value name, Value bases_value, Value namespace_value) {
    if (!is_str(name)) return raise(TypeError_type, "type.__new__() argument 1 must be str");
    if (!is_tuple(bases_value)) return raise(TypeError_type, "type.__new__() argument 2 must be tuple");
    if (!is_dict(namespace_value)) return raise(TypeError_type, "type.__new__() argument 3 must be dict");
    Ref bases = Ref::borrow(bases_value);
    if (bases.as<Tuple>()->size == 0) bases = tuple_pack({Value(&object_type)}).ref();
    TypeObject* base = TRY(best_base(bases.as<Tuple>()));
    Value slots_decl = dict_get_str(namespace_value.as<Dict>(), intern("__slots__"));
    bool has_slots = !slots_decl.is_null();
    SlotSpec slots;
    if (has_slots) TRY(parse_slots(slots_decl, name.as<Str>()->view(), &slots));

    auto* type = static_cast<TypeObject*>(alloc_object(metatype, std::max<uint32_t>(metatype->basicsize, sizeof(TypeObject))));
    Ref type_ref = Ref::steal(Value(type));
    type->name = Ref::borrow(Value(intern_str(name.as<Str>())));
    type->base = base;
    type->bases = bases;
    type->flags = kTypeHeap | kTypeBaseType | kTypeGC | (base->flags & kTypeIsException);
    type->basicsize = base->basicsize;
    type->itemsize = base->itemsize;
    TRY(lay_out_slots(type, base, slots, has_slots));
    TRY(set_weakref_slot(type, base, slots, has_slots));
    type->dict_offset = base->dict_offset;
    if (!type->dict_offset && (!has_slots || slots.add_dict)) {
        if (base->itemsize) {
            type->dict_offset = -1;
        } else {
            type->dict_offset = static_cast<int32_t>(type->basicsize);
            type->basicsize += sizeof(Ref);
        }
    }
    type->dealloc = heap_type_dealloc;
    type->traverse = heap_type_traverse;
    type->clear = heap_type_clear;
    // The collector finalizes every object of a garbage cycle (__del__ runs
    // with the instance's __dict__ intact) before it clears any of them.
    type->finalize = heap_type_finalize;
    type->iternext = nullptr;
    type->len = nullptr; // a subclass may override __len__
    incref(Value(base));
    type->mro = TRY(compute_mro(type, bases.as<Tuple>()));
    Handle<Dict> dict = dict_new();
    {
        Value k, v;
        for (int64_t pos = 0; dict_next(namespace_value.as<Dict>(), &pos, &k, &v);) TRY(dict_set(dict.get(), k, v));
    }
    type->dict = std::move(dict).ref();
    Dict* d = type->dict.as<Dict>();
    if (Value qn = dict_get_str(d, intern("__qualname__"))) {
        if (!is_str(qn)) return raise_format(TypeError_type, "type __qualname__ must be a str, not %s", std::string(type_name(qn)).c_str());
        type->qualname = Ref::borrow(qn);
        TRY(dict_del(d, Value(intern("__qualname__"))));
    } else {
        type->qualname = type->name;
    }
    if (!dict_get_str(d, intern("__doc__"))) TRY(dict_set_str(d, intern("__doc__"), None()));
    // Defining __eq__ without __hash__ makes instances unhashable (CPython's rule).
    if (dict_get_str(d, special_name(Special::eq)) && !dict_get_str(d, special_name(Special::hash)))
        TRY(dict_set_str(d, special_name(Special::hash), None()));
    // __new__, __init_subclass__ and __class_getitem__ are implicitly static/class methods.
    if (Value n = dict_get_str(d, special_name(Special::new_)); n && n.type() == &function_type) {
        auto* sm = alloc<StaticMethod>(&staticmethod_type);
        sm->callable = Ref::borrow(n);
        TRY(dict_set_str(d, special_name(Special::new_), Ref::steal(Value(sm))));
    }
    for (Special s : {Special::init_subclass, Special::class_getitem}) {
        if (Value f = dict_get_str(d, special_name(s)); f && f.type() == &function_type) {
            auto* cm = alloc<StaticMethod>(&classmethod_type);
            cm->callable = Ref::borrow(f);
            TRY(dict_set_str(d, special_name(s), Ref::steal(Value(cm))));
        }
    }
    TRY(install_slot_members(type, slots));
    if (type->dict_offset && !type_lookup(base, intern("__dict__"))) {
        auto* gd = alloc<GetSetDescriptor>(&getset_descriptor_type);
        gd->def = instance_dict_getset;
        gd->owner = type;
        TRY(dict_set_str(d, intern("__dict__"), Ref::steal(Value(gd))));
    }
    invalidate_type_caches();
    if (Value cell = dict_get_str(d, intern("__classcell__"))) {
        if (cell.type() == &cell_type) {
            auto* c = cell.as<Cell>();
            incref(Value(type));
            decref(c->contents);
            c->contents = Value(type);
        }
        TRY(dict_del(d, Value(intern("__classcell__"))));
    }
    // A metaclass's own mro() sees the class made (the C3 MRO above is
    // provisional until then).
    if (metatype != &type_type) {
        type->mro = TRY(class_mro(type));
        invalidate_type_caches();
    }
    // Listed by its bases' __subclasses__() from here on (CPython: at
    // PyType_Ready, before __set_name__ and __init_subclass__ run).
    TRY(add_subclass_of_each(bases.as<Tuple>(), type));
    // __set_name__ on attributes, then the parent's __init_subclass__.
    {
        Handle<List> items = list_new();
        Value k, v;
        for (int64_t pos = 0; dict_next(d, &pos, &k, &v);) TRY(list_append(items.get(), tuple_pack({k, v})));
        for (int64_t i = 0; i < items->size; ++i) {
            Tuple* kv = items->items[i].as<Tuple>();
            if (Value set_name = lookup_special(kv->items[1].type(), Special::set_name)) {
                Result<Ref> r = call(set_name, {kv->items[1], Value(type), kv->items[0]});
                if (r.failed()) {
                    remove_subclass_of_each(bases.as<Tuple>(), type); // the class is not made
                    // 3.11 wraps the error, with the original as __cause__.
                    Ref cause = error_fetch();
                    std::string attr = is_str(kv->items[0]) ? std::string(kv->items[0].as<Str>()->view()) : "?";
                    raise_format(RuntimeError_type, "Error calling __set_name__ on '%s' instance '%s' in '%s'",
                                 std::string(type_name(kv->items[1])).c_str(), attr.c_str(),
                                 std::string(type->name_view()).c_str());
                    Value exc = error_peek();
                    exc.as<BaseException>()->cause = cause;
                    exc.as<BaseException>()->suppress_context = true;
                    return kError;
                }
            }
        }
    }
    return type_ref;
}

static Result<Ref> init_subclass_hook(TypeObject* type, CallArgs kwargs) {
    // super(type, type).__init_subclass__(**kwargs): look up from the MRO after type.
    Tuple* mro = type->mro.as<Tuple>();
    for (int64_t i = 1; i < mro->size; ++i) {
        Dict* d = mro->items[i].as<TypeObject>()->dict.as<Dict>();
        Value f = dict_get_str(d, special_name(Special::init_subclass));
        if (!f) continue;
        Ref bound;
        if (Value get = lookup_special(f.type(), Special::get)) bound = TRY(call(get, {f, Value(type), Value(type)}));
        else bound = Ref::borrow(f);
        return call(bound, kwargs);
    }
    return Ref::borrow(None());
}

static Result<Ref> type_new(CallArgs args) {
    // type.__new__(metatype, name, bases, namespace, **kwargs)
    if (args.nargs != 4) return raise(TypeError_type, "type.__new__() takes exactly 3 arguments");
    if (!isinstance(args[0], &type_type)) return raise(TypeError_type, "type.__new__(X): X is not a type object");
    Ref cls = TRY(make_class(args[0].as<TypeObject>(), args[1], args[2], args[3]));
    std::vector<Value> kw(args.args + args.nargs, args.args + args.nargs + args.nkw());
    auto* type = cls.as<TypeObject>();
    if (init_subclass_hook(type, CallArgs{kw.data(), 0, args.kwnames}).failed()) {
        remove_subclass_of_each(type->bases.as<Tuple>(), type); // the class is not made
        return kError;
    }
    return cls;
}

static Result<Ref> type_init(CallArgs) { return Ref::borrow(None()); }

// Calling a type: type(x), or cls.__new__ then cls.__init__.

// Instances of classes that keep object.__new__: allocate, then __init__
// (unless it is object's), with object.__new__'s argument rule.
static Value object_new_function() {
    static const Value object_new = dict_get_str(object_type.dict.as<Dict>(), special_name(Special::new_));
    return object_new;
}

Function* inlinable_init(Value callable) {
    if (callable.type() != &type_type) return nullptr;
    auto* cls = callable.as<TypeObject>();
    if (!lookup_special(cls, Special::new_).is(object_new_function()) || cls->has_flag(kTypeAbstractNew)) return nullptr;
    Value init = lookup_special(cls, Special::init);
    return init && init.type() == &function_type ? init.as<Function>() : nullptr;
}

static Result<Ref> call_plain_class(TypeObject* cls, CallArgs args, Value object_init) {
    Value init = lookup_special(cls, Special::init);
    if (init.is(object_init)) {
        if (args.nargs + args.nkw() > 0)
            return raise_format(TypeError_type, "%s() takes no arguments", std::string(cls->name_view()).c_str());
        return Ref::steal(Value(alloc_object(cls, cls->basicsize)));
    }
    Ref obj = Ref::steal(Value(alloc_object(cls, cls->basicsize)));
    PrependedArgs with_self(obj, args);
    Ref r = TRY(call(init, with_self.get()));
    if (!r.get().is(None()))
        return raise_format(TypeError_type, "__init__() should return None, not '%s'", std::string(type_name(r)).c_str());
    return obj;
}

Result<Ref> type_call(TypeObject* cls, CallArgs args) {
    if (cls == &type_type && args.nargs == 1 && args.nkw() == 0) return Ref::borrow(Value(args[0].type()));
    Value new_fn = lookup_special(cls, Special::new_);
    if (!new_fn) return raise_format(TypeError_type, "cannot create '%s' instances", std::string(cls->name_view()).c_str());
    static const Value object_init = dict_get_str(object_type.dict.as<Dict>(), special_name(Special::init));
    if (new_fn.is(object_new_function()) && !cls->has_flag(kTypeAbstractNew)) return call_plain_class(cls, args, object_init);
    PrependedArgs with_cls(Value(cls), args);
    Ref new_callable = Ref::borrow(new_fn);
    if (new_fn.type() == &staticmethod_type) new_callable = new_fn.as<StaticMethod>()->callable;
    Ref obj = TRY(call(new_callable, with_cls.get()));
    if (cls == &type_type && args.nargs == 3) return obj; // type(name, bases, dict) skips __init__ on type itself
    if (!isinstance(obj, cls)) return obj;
    Value init = lookup_special(obj.get().type(), Special::init);
    if (init) {
        with_cls.set_first(obj.get());
        Ref r = TRY(call(init, with_cls.get()));
        if (!r.get().is(None()))
            return raise_format(TypeError_type, "__init__() should return None, not '%s'", std::string(type_name(r)).c_str());
    }
    return obj;
}

static Result<Ref> type_call_method(CallArgs args) {
    if (!isinstance(args[0], &type_type)) return raise(TypeError_type, "descriptor '__call__' requires a 'type' object");
    return type_call(args[0].as<TypeObject>(), CallArgs{args.args + 1, args.nargs - 1, args.kwnames});
}

static std::string type_module_name(TypeObject* t) {
    if (t->module) return std::string(t->module.as<Str>()->view());
    if (t->has_flag(kTypeHeap)) {
        Value m = dict_get_str(t->dict.as<Dict>(), intern("__module__"));
        if (m && is_str(m)) return std::string(m.as<Str>()->view());
    }
    return "builtins";
}

static Result<Ref> type_repr(const Value* args, size_t) {
    auto* t = args[0].as<TypeObject>();
    std::string module = type_module_name(t);
    std::string out = "<class '";
    if (module != "builtins") out += module + ".";
    out += t->qualname ? t->qualname.as<Str>()->view() : t->name_view();
    out += "'>";
    return make_str(out).ref();
}

// Attribute access on a type: metatype data descriptors, then the MRO
// (binding descriptors with instance None), then metatype attributes.
static Result<Ref> type_getattribute(const Value* args, size_t) {
    if (!is_str(args[1])) return raise(TypeError_type, "attribute name must be string");
    auto* type = args[0].as<TypeObject>();
    Str* name = intern_str(args[1].as<Str>());
    TypeObject* meta = args[0].type();
    Value meta_attr = type_lookup(meta, name);
    Ref keep_meta = Ref::borrow(meta_attr);
    Value meta_get = meta_attr ? lookup_special(meta_attr.type(), Special::get) : Value();
    if (meta_get && (lookup_special(meta_attr.type(), Special::set) || lookup_special(meta_attr.type(), Special::delete_)))
        return call(meta_get, {meta_attr, args[0], Value(meta)});
    if (Value attr = type_lookup(type, name)) {
        Ref keep = Ref::borrow(attr);
        if (Value get = lookup_special(attr.type(), Special::get)) return call(get, {attr, None(), args[0]});
        return keep;
    }
    if (meta_get) return call(meta_get, {meta_attr, args[0], Value(meta)});
    if (meta_attr) return keep_meta;
    return raise_format(AttributeError_type, "type object '%s' has no attribute '%s'",
                        std::string(type->name_view()).c_str(), name->data);
}

static Result<Ref> type_setattr(const Value* args, size_t nargs) {
    auto* type = args[0].as<TypeObject>();
    if (!is_str(args[1])) return raise(TypeError_type, "attribute name must be string");
    Str* name = intern_str(args[1].as<Str>());
    if (!type->has_flag(kTypeHeap))
        return raise_format(TypeError_type, "cannot set '%s' attribute of immutable type '%s'", name->data,
                            std::string(type->name_view()).c_str());
    Value meta_attr = type_lookup(args[0].type(), name);
    if (meta_attr) {
        Special which = nargs > 2 ? Special::set : Special::delete_;
        if (Value fn = lookup_special(meta_attr.type(), which)) {
            if (nargs > 2) TRY(call(fn, {meta_attr, args[0], args[2]}));
            else TRY(call(fn, {meta_attr, args[0]}));
            return Ref::borrow(None());
        }
    }
    Dict* d = type->dict.as<Dict>();
    if (nargs > 2) {
        TRY(dict_set_str(d, name, args[2]));
    } else {
        bool removed = TRY(dict_del(d, Value(name)));
        if (!removed)
            return raise_format(AttributeError_type, "type object '%s' has no attribute '%s'",
                                std::string(type->name_view()).c_str(), name->data);
    }
    invalidate_type_caches();
    return Ref::borrow(None());
}
static Result<Ref> type_delattr(const Value* args, size_t) {
    Value a[2] = {args[0], args[1]};
    return type_setattr(a, 2);
}

// type.mro(): the C3 merge of the class's bases, computed afresh (what a
// metaclass overriding mro() builds on).
static Result<Ref> type_mro_method(const Value* args, size_t) {
    auto* type = args[0].as<TypeObject>();
    Ref mro = TRY(compute_mro(type, type->bases.as<Tuple>()));
    return sequence_to_list(mro);
}

static Result<Ref> type_instancecheck(const Value* args, size_t) {
    return Ref::borrow(bool_value(isinstance(args[1], args[0].as<TypeObject>())));
}
static Result<Ref> type_subclasscheck(const Value* args, size_t) {
    if (!isinstance(args[1], &type_type)) return raise(TypeError_type, "issubclass() arg 1 must be a class");
    return Ref::borrow(bool_value(is_subtype(args[1].as<TypeObject>(), args[0].as<TypeObject>())));
}

static Result<Ref> type_get_name(Value self) { return self.as<TypeObject>()->name; }
static Status type_set_name(Value self, Value v) {
    if (!v || !is_str(v)) return raise(TypeError_type, "can only assign string to __name__");
    self.as<TypeObject>()->name = Ref::borrow(v);
    return ok_status();
}
static Result<Ref> type_get_qualname(Value self) { return self.as<TypeObject>()->qualname; }
static Status type_set_qualname(Value self, Value v) {
    if (!v || !is_str(v)) return raise(TypeError_type, "can only assign string to __qualname__");
    self.as<TypeObject>()->qualname = Ref::borrow(v);
    return ok_status();
}
static Result<Ref> type_get_module(Value self) {
    auto* t = self.as<TypeObject>();
    if (t->has_flag(kTypeHeap)) {
        if (Value m = dict_get_str(t->dict.as<Dict>(), intern("__module__"))) return Ref::borrow(m);
    }
    return make_str(type_module_name(t)).ref();
}
static Status type_set_module(Value self, Value v) {
    auto* t = self.as<TypeObject>();
    if (!t->has_flag(kTypeHeap))
        return raise_format(TypeError_type, "cannot set '__module__' attribute of immutable type '%s'",
                            std::string(t->name_view()).c_str());
    if (!v) return raise(TypeError_type, "cannot delete '__module__' attribute");
    TRY(dict_set_str(t->dict.as<Dict>(), intern("__module__"), v));
    invalidate_type_caches();
    return ok_status();
}
static Result<Ref> type_get_bases(Value self) { return self.as<TypeObject>()->bases; }
static Result<Ref> type_get_base(Value self) {
    TypeObject* b = self.as<TypeObject>()->base;
    return Ref::borrow(b ? Value(b) : None());
}
static Result<Ref> type_get_mro(Value self) { return self.as<TypeObject>()->mro; }
static Result<Ref> type_get_dict(Value self) {
    // CPython returns a read-only mappingproxy; pyco returns a copy (docs/deviations.md).
    Handle<Dict> copy = dict_new();
    Value k, v;
    for (int64_t pos = 0; dict_next(self.as<TypeObject>()->dict.as<Dict>(), &pos, &k, &v);) TRY(dict_set(copy.get(), k, v));
    return std::move(copy).ref();
}
static Result<Ref> type_get_doc(Value self) {
    auto* t = self.as<TypeObject>();
    Value d = dict_get_str(t->dict.as<Dict>(), intern("__doc__"));
    if (d) {
        if (Value get = lookup_special(d.type(), Special::get)) return call(get, {d, None(), self});
        return Ref::borrow(d);
    }
    return Ref::borrow(None());
}
// CPython's type_set_doc: a class's docstring is its dict's __doc__.
static Status type_set_doc(Value self, Value v) {
    auto* t = self.as<TypeObject>();
    std::string name(t->message_name());
    if (!t->has_flag(kTypeHeap))
        return raise_format(TypeError_type, "cannot set '__doc__' attribute of immutable type '%s'", name.c_str());
    if (!v) return raise_format(TypeError_type, "cannot delete '__doc__' attribute of immutable type '%s'", name.c_str());
    TRY(dict_set_str(t->dict.as<Dict>(), intern("__doc__"), v));
    invalidate_type_caches();
    return ok_status();
}

static const MethodDef type_methods[] = {
    {"__new__", nullptr, type_new, 0, -1, MethodKind::Static},
    {"__init__", nullptr, type_init},
    {"__call__", nullptr, type_call_method},
    {"__repr__", type_repr, nullptr, 1, 1},
    {"__getattribute__", type_getattribute, nullptr, 2, 2},
    {"__setattr__", type_setattr, nullptr, 3, 3},
    {"__delattr__", type_delattr, nullptr, 2, 2},
    {"mro", type_mro_method, nullptr, 1, 1},
    {"__subclasses__", type_subclasses, nullptr, 1, 1},
    {"__instancecheck__", type_instancecheck, nullptr, 2, 2},
    {"__subclasscheck__", type_subclasscheck, nullptr, 2, 2},
    {nullptr},
};
static const GetSetDef type_getsets[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, type_set_module},
    {"__bases__", type_get_bases, type_set_bases},
    {"__base__", type_get_base, type_set_readonly},
    {"__mro__", type_get_mro, type_set_readonly},
    {"__dict__", type_get_dict, nullptr},
    {"__doc__", type_get_doc, type_set_doc},
    {nullptr},
};

static void type_dealloc(Object* self) {
    auto* t = static_cast<TypeObject*>(self);
    type_clear(self);
    t->name.reset();
    t->module.reset();
    free_object(self);
}
static void type_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* t = static_cast<TypeObject*>(self);
    for (Ref* r : {&t->dict, &t->mro, &t->bases})
        if (*r) visit(*r, ctx);
    if (t->base) visit(Value(t->base), ctx);
}
static void type_clear(Object* self) {
    auto* t = static_cast<TypeObject*>(self);
    if (!t->has_flag(kTypeHeap)) return;
    if (t->bases) remove_subclass_of_each(t->bases.as<Tuple>(), t);
    Ref dict = std::move(t->dict);
    Ref mro = std::move(t->mro);
    Ref bases = std::move(t->bases);
    Ref subclasses = std::move(t->subclasses);
    t->qualname.reset();
    if (t->base) {
        TypeObject* b = t->base;
        t->base = nullptr;
        decref(Value(b));
    }
    invalidate_type_caches();
}

void init_type_type() {
    // Classes are not traced by the cycle collector: a class normally lives as
    // long as its module, and static native types have no GC header.
    init_native_type(&type_type, {.name = "type", .basicsize = sizeof(TypeObject), .flags = kTypeBaseType,
                                  .dealloc = type_dealloc, .traverse = type_traverse, .clear = type_clear,
                                  .methods = type_methods, .getsets = type_getsets, .weakref_slot = true});
    type_type.dict_offset = offsetof(TypeObject, dict);
}

} // namespace pyco
