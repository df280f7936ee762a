// types.GenericAlias: what `list[int]` evaluates to (PEP 585).
//
// Annotations such as `def f(x: dict[str, list[int]])` are evaluated when
// the function is defined, so the built-in containers need
// __class_getitem__. The alias records the origin class and the argument
// tuple, prints like CPython ("dict[str, list[int]]"), calls its origin, and
// forwards other attribute lookups to the origin (`list[int].append`).
// Type-variable substitution is not supported.
#include "runtime/container_util.h"
#include "runtime/gc.h"

namespace pyco {

namespace {

TypeObject generic_alias_type;

struct GenericAlias : Object {
    Ref origin;
    Ref args; // Tuple
};

GenericAlias* self_alias(const Value* args) { return args[0].as<GenericAlias>(); }

void alias_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* a = static_cast<GenericAlias*>(self);
    if (a->origin) visit(a->origin, ctx);
    if (a->args) visit(a->args, ctx);
}

void alias_clear(Object* self) {
    auto* a = static_cast<GenericAlias*>(self);
    a->origin.reset();
    a->args.reset();
}

// One argument as CPython's ga_repr_item shows it: "..." for Ellipsis,
// "module.qualname" for classes (no "builtins."), repr() otherwise.
Result<std::string> repr_item(Value item) {
    if (item.is(Ellipsis())) return std::string("...");
    if (isinstance(item, &generic_alias_type) || !isinstance(item, &type_type)) return repr_text(item);
    auto* type = item.as<TypeObject>();
    std::string qualname = type->qualname ? std::string(type->qualname.as<Str>()->view()) : std::string(type->name_view());
    Ref module = TRY(getattr_opt(item, intern("__module__")));
    if (module && is_str(module) && module.as<Str>()->view() != "builtins")
        return std::string(module.as<Str>()->view()) + "." + qualname;
    return qualname;
}

Result<Ref> alias_repr(const Value* args, size_t) {
    GenericAlias* a = self_alias(args);
    std::string out = TRY(repr_item(a->origin));
    out += "[";
    Tuple* items = a->args.as<Tuple>();
    if (items->size == 0) out += "()";
    for (int64_t i = 0; i < items->size; ++i) {
        if (i > 0) out += ", ";
        out += TRY(repr_item(items->items[i]));
    }
    return text_to_str(out + "]");
}

Result<Ref> alias_call(CallArgs args) {
    GenericAlias* a = args[0].as<GenericAlias>();
    return call(a->origin, CallArgs{args.args + 1, args.nargs - 1, args.kwnames});
}

// Attributes the alias does not have itself come from its origin.
Result<Ref> alias_getattr(const Value* args, size_t) {
    if (!is_str(args[1])) return raise(TypeError_type, "attribute name must be string");
    return getattr(self_alias(args)->origin, intern_str(args[1].as<Str>()));
}

Result<Ref> alias_compare(const Value* args, bool want_equal) {
    if (!isinstance(args[1], &generic_alias_type)) return Ref::borrow(NotImplemented());
    GenericAlias* a = self_alias(args);
    GenericAlias* b = args[1].as<GenericAlias>();
    bool same = TRY(equal(a->origin, b->origin)) && TRY(equal(a->args, b->args));
    return Ref::borrow(bool_value(same == want_equal));
}
Result<Ref> alias_eq(const Value* args, size_t) { return alias_compare(args, true); }
Result<Ref> alias_ne(const Value* args, size_t) { return alias_compare(args, false); }

Result<Ref> alias_hash(const Value* args, size_t) {
    GenericAlias* a = self_alias(args);
    hash_t h = TRY(hash(a->origin)) ^ TRY(hash(a->args));
    return make_int(h == -1 ? -2 : h);
}

// class C(list[int]) derives from list.
Result<Ref> alias_mro_entries(const Value* args, size_t) {
    return std::move(tuple_pack({self_alias(args)->origin})).ref();
}

Result<Ref> alias_instancecheck(const Value*, size_t) {
    return raise(TypeError_type, "isinstance() argument 2 cannot be a parameterized generic");
}
Result<Ref> alias_subclasscheck(const Value*, size_t) {
    return raise(TypeError_type, "issubclass() argument 2 cannot be a parameterized generic");
}

Result<Ref> alias_origin(Value self) { return Ref::borrow(self.as<GenericAlias>()->origin); }
Result<Ref> alias_args(Value self) { return Ref::borrow(self.as<GenericAlias>()->args); }
Result<Ref> alias_parameters(Value) { return Ref::borrow(Value(empty_tuple())); }

const MethodDef alias_methods[] = {
    {.name = "__repr__", .fn = alias_repr, .min_args = 1, .max_args = 1},
    {.name = "__call__", .kwfn = alias_call},
    {.name = "__getattr__", .fn = alias_getattr, .min_args = 2, .max_args = 2},
    {.name = "__eq__", .fn = alias_eq, .min_args = 2, .max_args = 2},
    {.name = "__ne__", .fn = alias_ne, .min_args = 2, .max_args = 2},
    {.name = "__hash__", .fn = alias_hash, .min_args = 1, .max_args = 1},
    {.name = "__mro_entries__", .fn = alias_mro_entries, .min_args = 2, .max_args = 2},
    {.name = "__instancecheck__", .fn = alias_instancecheck, .min_args = 2, .max_args = 2},
    {.name = "__subclasscheck__", .fn = alias_subclasscheck, .min_args = 2, .max_args = 2},
    {nullptr},
};

const GetSetDef alias_getsets[] = {
    {.name = "__origin__", .get = alias_origin},
    {.name = "__args__", .get = alias_args},
    {.name = "__parameters__", .get = alias_parameters},
    {nullptr},
};

} // namespace

void init_generic_alias_type() {
    init_native_type(&generic_alias_type, {.name = "GenericAlias",
                                           .module = "types",
                                           .basicsize = sizeof(GenericAlias),
                                           .flags = kTypeGC | kTypeAbstractNew,
                                           .dealloc = generic_dealloc,
                                           .traverse = alias_traverse,
                                           .clear = alias_clear,
                                           .methods = alias_methods,
                                           .getsets = alias_getsets});
}

Result<Ref> make_generic_alias(Value origin, Value args) {
    auto* alias = alloc<GenericAlias>(&generic_alias_type);
    Ref result = Ref::steal(Value(alias));
    alias->origin = Ref::borrow(origin);
    alias->args = isinstance_exact(args, &tuple_type) ? Ref::borrow(args) : std::move(tuple_pack({args})).ref();
    return result;
}

Result<Ref> class_getitem_method(const Value* args, size_t) { return make_generic_alias(args[0], args[1]); }

} // namespace pyco
