// __slots__: parsing the class body's declaration, the member_descriptor
// type that reads and writes one instance slot, and the GC hooks for slots.
#include "runtime/slots.h"

#include <algorithm>

#include "runtime/abstract.h"
#include "runtime/callable.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/objects.h"
#include "runtime/runtime.h"
#include "vm/symtable.h"

namespace pyco {

TypeObject member_descriptor_type;

namespace {

// `member_descriptor`: T.a for `__slots__ = ('a',)`. Holds its owner so a
// descriptor kept after its class dies never points at freed memory.
struct MemberDescriptor : Object {
    Ref owner; // TypeObject
    Ref name;  // Str
    uint32_t offset;
};

TypeObject* owner_of(MemberDescriptor* d) { return d->owner.as<TypeObject>(); }
std::string owner_name(MemberDescriptor* d) { return std::string(owner_of(d)->name_view()); }
Ref* slot_at(Value obj, uint32_t offset) { return reinterpret_cast<Ref*>(reinterpret_cast<char*>(obj.as_object()) + offset); }

Status check_applies(MemberDescriptor* d, Value obj) {
    if (isinstance(obj, owner_of(d))) return ok_status();
    return raise_format(TypeError_type, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                        d->name.as<Str>()->data, owner_name(d).c_str(), std::string(type_name(obj)).c_str());
}

Result<Ref> member_load(MemberDescriptor* d, Value obj) {
    TRY(check_applies(d, obj));
    Ref* slot = slot_at(obj, d->offset);
    if (!*slot)
        return raise_format(AttributeError_type, "'%s' object has no attribute '%s'", std::string(type_name(obj)).c_str(),
                            d->name.as<Str>()->data);
    return *slot;
}
Result<Ref> member_get(const Value* args, size_t) {
    if (args[1].is(None())) return Ref::borrow(args[0]);
    return member_load(args[0].as<MemberDescriptor>(), args[1]);
}

// value null = delete; deleting an unset slot is an AttributeError naming it.
Result<Ref> member_store(MemberDescriptor* d, Value obj, Value value) {
    TRY(check_applies(d, obj));
    Ref* slot = slot_at(obj, d->offset);
    if (!value && !*slot) return raise_format(AttributeError_type, "%s", d->name.as<Str>()->data);
    Ref old = std::move(*slot); // dropped after the store: its finalizer may look at obj
    if (value) *slot = Ref::borrow(value);
    return Ref::borrow(None());
}
Result<Ref> member_set(const Value* args, size_t) { return member_store(args[0].as<MemberDescriptor>(), args[1], args[2]); }
Result<Ref> member_delete(const Value* args, size_t) { return member_store(args[0].as<MemberDescriptor>(), args[1], Value()); }

Result<Ref> member_repr(const Value* args, size_t) {
    auto* d = args[0].as<MemberDescriptor>();
    return make_str("<member '" + std::string(d->name.as<Str>()->view()) + "' of '" + owner_name(d) + "' objects>").ref();
}
Result<Ref> member_name(Value self) { return self.as<MemberDescriptor>()->name; }
Result<Ref> member_objclass(Value self) { return self.as<MemberDescriptor>()->owner; }

void member_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* d = static_cast<MemberDescriptor*>(self);
    if (d->owner) visit(d->owner, ctx);
}
void member_clear(Object* self) {
    auto* d = static_cast<MemberDescriptor*>(self);
    d->owner.reset();
    d->name.reset();
}

const MethodDef member_methods[] = {
    {"__get__", member_get, nullptr, 2, 3},
    {"__set__", member_set, nullptr, 3, 3},
    {"__delete__", member_delete, nullptr, 2, 2},
    {"__repr__", member_repr, nullptr, 1, 1},
    {nullptr},
};
const GetSetDef member_getsets[] = {{"__name__", member_name}, {"__objclass__", member_objclass}, {nullptr}};

Status add_slot_name(Value item, std::string_view class_name, SlotSpec* out) {
    if (!is_str(item))
        return raise_format(TypeError_type, "__slots__ items must be strings, not '%s'", std::string(type_name(item)).c_str());
    Ref ok = TRY(call_method(item, intern("isidentifier"), {}));
    if (!ok.get().is(True())) return raise(TypeError_type, "__slots__ must be identifiers");
    std::string_view name = item.as<Str>()->view();
    if (name == "__dict__") {
        if (out->add_dict) return raise(TypeError_type, "__dict__ slot disallowed: we already got one");
        out->add_dict = true;
    } else if (name == "__weakref__") { // no weak references in pyco: nothing to store
        if (out->add_weakref)
            return raise(TypeError_type, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
        out->add_weakref = true;
    } else {
        out->names.push_back(mangle(class_name, name));
    }
    return ok_status();
}

} // namespace

Status parse_slots(Value slots, std::string_view class_name, SlotSpec* out) {
    if (is_str(slots)) return add_slot_name(slots, class_name, out);
    TRY(for_each(slots, [&](Value item) { return add_slot_name(item, class_name, out); }));
    // CPython sorts the names and tolerates repeats (one descriptor wins);
    // the order decides nothing else visible.
    std::sort(out->names.begin(), out->names.end());
    out->names.erase(std::unique(out->names.begin(), out->names.end()), out->names.end());
    return ok_status();
}

Status install_slot_members(TypeObject* type, const SlotSpec& spec) {
    Dict* dict = type->dict.as<Dict>();
    for (size_t i = 0; i < spec.names.size(); ++i) {
        Str* name = intern(spec.names[i]);
        if (dict_get_str(dict, name))
            return raise_format(ValueError_type, "'%s' in __slots__ conflicts with class variable", name->data);
        auto* d = alloc<MemberDescriptor>(&member_descriptor_type);
        Ref keep = Ref::steal(Value(d));
        d->owner = Ref::borrow(Value(type));
        d->name = Ref::borrow(Value(name));
        d->offset = type->slots_offset + static_cast<uint32_t>(i * sizeof(Ref));
        TRY(dict_set_str(dict, name, keep));
    }
    return ok_status();
}

Result<Ref> member_descriptor_get(Value descr, Value obj) { return member_load(descr.as<MemberDescriptor>(), obj); }
uint32_t member_descriptor_offset(Value descr, TypeObject* t) {
    auto* d = descr.as<MemberDescriptor>();
    return d->owner && is_subtype(t, owner_of(d)) ? d->offset : 0;
}
Status member_descriptor_set(Value descr, Value obj, Value value) {
    TRY(member_store(descr.as<MemberDescriptor>(), obj, value));
    return ok_status();
}

// Heap classes of one layout chain through `base`; a class not on that chain
// cannot own slots (best_base would have reported a lay-out conflict).
void slots_traverse(Object* self, VisitFn visit, void* ctx) {
    for (TypeObject* t = self->type; t->has_flag(kTypeHeap); t = t->base)
        for (uint32_t i = 0; i < t->nslots; ++i)
            if (Ref* s = slot_at(Value(self), t->slots_offset + i * sizeof(Ref)); *s) visit(*s, ctx);
}

void slots_clear(Object* self) {
    for (TypeObject* t = self->type; t->has_flag(kTypeHeap); t = t->base)
        for (uint32_t i = 0; i < t->nslots; ++i) slot_at(Value(self), t->slots_offset + i * sizeof(Ref))->reset();
}

// A class whose instances look exactly like its base's.
static bool adds_nothing(TypeObject* t) {
    return t->base && t->basicsize == t->base->basicsize && t->itemsize == t->base->itemsize &&
           t->dict_offset == t->base->dict_offset && t->weakref_slot == t->base->weakref_slot;
}

// The slot names of `t`'s own member descriptors, in offset order.
static std::vector<std::string_view> own_slot_names(TypeObject* t) {
    std::vector<std::string_view> names(t->nslots);
    Value k, v;
    for (int64_t pos = 0; dict_next(t->dict.as<Dict>(), &pos, &k, &v);) {
        if (v.type() != &member_descriptor_type) continue;
        auto* d = v.as<MemberDescriptor>();
        if (d->owner.get().is(Value(t))) names[(d->offset - t->slots_offset) / sizeof(Ref)] = d->name.as<Str>()->view();
    }
    return names;
}

// CPython puts an added __weakref__ after the class's slots, where its
// same_slots_added does not look for it: such a class has no compatible
// sibling (not even one declaring the same __slots__).
static bool weakref_after_slots(TypeObject* t) { return t->weakref_slot && !t->base->weakref_slot && t->nslots > 0; }

static bool layouts_compatible(TypeObject* from, TypeObject* to) {
    while (adds_nothing(from)) from = from->base;
    while (adds_nothing(to)) to = to->base;
    if (from == to) return true;
    // Two native layouts are only compatible when they are the same one.
    if (!from->has_flag(kTypeHeap) || !to->has_flag(kTypeHeap)) return false;
    if (weakref_after_slots(from) || weakref_after_slots(to)) return false;
    return from->base == to->base && from->basicsize == to->basicsize && from->itemsize == to->itemsize &&
           from->dict_offset == to->dict_offset && from->weakref_slot == to->weakref_slot && from->nslots == to->nslots &&
           own_slot_names(from) == own_slot_names(to);
}

// CPython frees instances of GC types with PyObject_GC_Del and the others
// with PyObject_Free, and refuses to mix them. pyco's GC flag agrees on
// every subclassable native type but `type`, whose instances it does not trace.
static bool freed_as_gc(TypeObject* t) { return t->has_flag(kTypeGC) || t == &type_type; }

Status check_layout_assignment(TypeObject* from, TypeObject* to, const char* attr) {
    std::string to_name(to->message_name()), from_name(from->message_name());
    if (freed_as_gc(from) != freed_as_gc(to))
        return raise_format(TypeError_type, "%s assignment: '%s' deallocator differs from '%s'", attr, to_name.c_str(),
                            from_name.c_str());
    if (!layouts_compatible(from, to))
        return raise_format(TypeError_type, "%s assignment: '%s' object layout differs from '%s'", attr, to_name.c_str(),
                            from_name.c_str());
    return ok_status();
}

void init_member_descriptor_type() {
    init_native_type(&member_descriptor_type,
                     {.name = "member_descriptor", .basicsize = sizeof(MemberDescriptor), .flags = kTypeGC,
                      .dealloc = generic_dealloc, .traverse = member_traverse, .clear = member_clear,
                      .methods = member_methods, .getsets = member_getsets});
}

} // namespace pyco
