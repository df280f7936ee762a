// Native callables, descriptors and modules.
#pragma once

#include <vector>

#include "runtime/objects.h"

namespace pyco {

// `builtin_function_or_method`: a MethodDef, bound to `self` for methods of
// built-in objects (`[].append`) or unbound for module functions (`len`).
struct NativeFunction : Object {
    const MethodDef* def;
    Ref self;   // null for plain functions
    Ref module; // Str module name or null
};
extern TypeObject builtin_function_type;
Ref make_native_function(const MethodDef* def, Value self = Value(), Value module = Value());
// Invoke a MethodDef with argument checking (arity messages as CPython,
// qualified by owner_type unless it is empty). The owner is a view so the
// normal path copies no name.
Result<Ref> call_method_def(const MethodDef* def, CallArgs args, std::string_view owner_type);
Result<Ref> call_native_function(NativeFunction* f, CallArgs args);
// callable(self, *args, **kw) without building a bound method.
Result<Ref> call_with_self(Value callable, Value self, CallArgs args);

// A call's arguments with one more in front (self for a method, the class
// for __new__), on the C stack for the usual few. Not copyable: get()
// points into the object.
class PrependedArgs {
public:
    PrependedArgs(Value first, CallArgs args) {
        size_t total = args.nargs + args.nkw() + 1;
        buf_ = total <= kInline ? inline_ : (heap_.resize(total), heap_.data());
        buf_[0] = first;
        for (size_t i = 0; i + 1 < total; ++i) buf_[i + 1] = args.args[i];
        args_ = CallArgs{buf_, args.nargs + 1, args.kwnames};
    }
    PrependedArgs(const PrependedArgs&) = delete;
    PrependedArgs& operator=(const PrependedArgs&) = delete;
    CallArgs get() const { return args_; }
    void set_first(Value v) { buf_[0] = v; }

private:
    static constexpr size_t kInline = 8;
    Value inline_[kInline];
    std::vector<Value> heap_;
    Value* buf_;
    CallArgs args_;
};

// `method_descriptor`: a native instance method stored in a type's dict.
struct MethodDescriptor : Object {
    const MethodDef* def;
    TypeObject* owner;
};
extern TypeObject method_descriptor_type;
// count_recursion: false for special methods called as CPython's type slots
// are (no recursion level for a METH_O/NOARGS native, see callable.cpp).
Result<Ref> call_method_descriptor(MethodDescriptor* d, CallArgs args, bool count_recursion = true);

// The MethodDef a positional call can invoke with its arguments as they are
// (CPython's vectorcall of a builtin): a plain builtin function, or a method
// descriptor called with an instance of exactly its owner (what LOAD_METHOD
// leaves for `obj.method(...)` on a native type), when the arity fits and the
// def takes no keywords. Null when the generic path must check or convert.
inline const MethodDef* direct_native_def(Value callable, const Value* args, size_t nargs) {
    const MethodDef* def;
    TypeObject* t = callable.type();
    if (t == &method_descriptor_type) {
        auto* d = callable.as<MethodDescriptor>();
        if (nargs == 0 || args[0].type() != d->owner) return nullptr;
        def = d->def;
    } else if (t == &builtin_function_type) {
        auto* f = callable.as<NativeFunction>();
        if (f->self) return nullptr;
        def = f->def;
    } else {
        return nullptr;
    }
    int n = static_cast<int>(nargs);
    return def->fn && n >= def->min_args && (def->max_args < 0 || n <= def->max_args) ? def : nullptr;
}
// Call what direct_native_def returned, counting the recursion level a
// one-argument builtin counts (as call_native_function does).
Result<Ref> call_direct_native(const MethodDef* def, const Value* args, size_t nargs);
extern TypeObject classmethod_descriptor_type;
extern TypeObject builtin_staticmethod_type; // __new__ of native types

// `getset_descriptor`: a native attribute (e.g. gi_frame, __name__).
struct GetSetDescriptor : Object {
    const GetSetDef* def;
    TypeObject* owner;
};
extern TypeObject getset_descriptor_type;

// Classes: calling a type (type(x), or __new__ + __init__) and creating one.
Result<Ref> type_call(TypeObject* cls, CallArgs args);
// The __init__ a call of `callable` would run right after allocating the
// instance, when CALL can do both itself: a class whose metatype is exactly
// `type`, which keeps object.__new__ and has a Python function __init__
// (CPython 3.12's CALL_NO_KW_ALLOC_AND_ENTER_INIT). Null otherwise.
struct Function;
Function* inlinable_init(Value callable);
Result<Ref> make_class(TypeObject* metatype, Value name, Value bases, Value namespace_dict);
// "<__main__.Foo object at 0x…>"
std::string default_object_repr(Value self);

// A bound Python method: function + instance.
struct BoundMethod : Object {
    Ref func;
    Ref self;
};
extern TypeObject method_type;
Ref make_bound_method(Value func, Value self);

// property, staticmethod, classmethod.
struct Property : Object {
    Ref fget, fset, fdel, doc;
};
struct StaticMethod : Object {
    Ref callable;
    Ref dict;
};
extern TypeObject property_type, staticmethod_type, classmethod_type;

// A module: a namespace dict plus its name.
struct Module : Object {
    Ref dict; // Dict: __name__, __file__, ...
    Ref name; // Str
};
extern TypeObject module_type;
Handle<Module> make_module(std::string_view name);
// Add every function of a MethodDef table (terminated by {nullptr}) to a dict.
Status add_functions(Dict* dict, const MethodDef* defs, Value module_name);

} // namespace pyco
