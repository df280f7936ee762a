// Type objects and how native types are declared.
//
// Behaviour lives in the type's dict as Python-visible attributes: a native
// `list.append` is a method descriptor wrapping a C++ function, a user
// class's `__add__` is a plain function. The abstract operations
// (runtime/abstract.h) find special methods through `lookup_special`, which
// caches the MRO lookup per type, so native and user types share one
// mechanism and `super().__init__`, `int.__add__(1, 2)` or overriding a
// builtin's method in a subclass work without special cases. Hot paths in
// the VM short-circuit exact built-in types before reaching this layer.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/result.h"
#include "runtime/value.h"

namespace pyco {

struct Str;
struct Tuple;
struct Dict;

// Arguments of a call, vectorcall style: `args[0..nargs)` are positional,
// followed by one value per name in `kwnames` (a Tuple of Str, or null).
struct CallArgs {
    const Value* args = nullptr;
    size_t nargs = 0;
    Tuple* kwnames = nullptr;

    size_t nkw() const;
    Value operator[](size_t i) const { return args[i]; }
};

// Native function signatures. For methods, args[0] is `self`.
using NativeFn = Result<Ref> (*)(const Value* args, size_t nargs);
using NativeKwFn = Result<Ref> (*)(CallArgs args);
using GetterFn = Result<Ref> (*)(Value self);
using SetterFn = Status (*)(Value self, Value value); // value null = delete

// Garbage-collector hooks.
using VisitFn = void (*)(Value child, void* ctx);
using TraverseFn = void (*)(Object* self, VisitFn visit, void* ctx);
using ClearFn = void (*)(Object* self);
using DeallocFn = void (*)(Object* self);
// Finalizer run once before an object dies (PEP 442): generators close
// themselves, instances call __del__. May resurrect the object.
using FinalizeFn = void (*)(Object* self);
// Fast native iteration: returns a new reference, or a null Ref when
// exhausted (no StopIteration object is made), or kError — which may be a
// StopIteration carrying a value (a generator's return). Consumers call
// next() (runtime/abstract.h), which treats both endings alike.
using IterNextFn = Result<Ref> (*)(Value self);
// Fast native __len__ of a container whose size is a field: cannot fail.
// len(), truth tests and the like use it before looking up __len__.
using LenFn = int64_t (*)(Value self);

enum class MethodKind : uint8_t {
    Instance, // args[0] is self
    Static,   // staticmethod-like: no self
    Class,    // args[0] is the type
};

struct MethodDef {
    const char* name;
    NativeFn fn = nullptr;      // one of fn / kwfn
    NativeKwFn kwfn = nullptr;
    // Arity check done before the call, counting self for instance methods;
    // max_args = -1 means unlimited. Ignored for kwfn (it checks itself).
    int min_args = 0;
    int max_args = -1;
    MethodKind kind = MethodKind::Instance;
    const char* doc = nullptr;
};

struct GetSetDef {
    const char* name;
    GetterFn get = nullptr;
    SetterFn set = nullptr; // null: read-only ("attribute '…' of '…' objects is not writable")
};

// Special methods the abstract layer looks up by id (cached per type).
// C++ keywords get a trailing underscore (new_, bool_, and_ …); the Python
// name is always "__" + name-without-underscore + "__".
#define PYCO_SPECIAL_METHODS(X)                                                           \
    X(repr) X(str) X(hash) X(eq) X(ne) X(lt) X(le) X(gt) X(ge) X(bool_) X(len) X(iter)    \
    X(next) X(getitem) X(setitem) X(delitem) X(contains) X(call) X(enter) X(exit)          \
    X(getattr) X(getattribute) X(setattr) X(delattr) X(get) X(set) X(delete_) X(init)      \
    X(new_) X(del) X(index) X(int_) X(float_) X(format) X(await) X(aiter) X(anext)         \
    X(aenter) X(aexit) X(neg) X(pos) X(abs) X(invert) X(reversed) X(missing)               \
    X(init_subclass) X(set_name) X(class_getitem) X(length_hint) X(round) X(trunc)         \
    X(floor) X(ceil) X(instancecheck) X(subclasscheck)                                     \
    X(add) X(radd) X(iadd) X(sub) X(rsub) X(isub) X(mul) X(rmul) X(imul)                  \
    X(matmul) X(rmatmul) X(imatmul) X(truediv) X(rtruediv) X(itruediv)                    \
    X(floordiv) X(rfloordiv) X(ifloordiv) X(mod) X(rmod) X(imod) X(pow) X(rpow) X(ipow)   \
    X(lshift) X(rlshift) X(ilshift) X(rshift) X(rrshift) X(irshift) X(and_) X(rand)       \
    X(iand) X(or_) X(ror) X(ior) X(xor_) X(rxor) X(ixor) X(divmod) X(rdivmod)

enum class Special : uint16_t {
#define PYCO_SPECIAL_ENUM(name) name,
    PYCO_SPECIAL_METHODS(PYCO_SPECIAL_ENUM)
#undef PYCO_SPECIAL_ENUM
        Count
};
constexpr size_t kSpecialCount = static_cast<size_t>(Special::Count);
Str* special_name(Special s); // interned "__repr__" etc.

enum TypeFlag : uint32_t {
    kTypeHeap = 1u << 0,        // created by a class statement (mutable, refcounted)
    kTypeBaseType = 1u << 1,    // may be subclassed
    kTypeGC = 1u << 2,          // instances carry a GC header and are traced
    kTypeAbstractNew = 1u << 3, // cannot be instantiated from Python ("cannot create 'X' instances")
    kTypeIsException = 1u << 4, // subclass of BaseException
};

struct TypeObject : Object {
    Ref name;     // Str: __name__
    Ref qualname; // Str: __qualname__
    Ref module;   // Str or null: __module__ for native types
    Ref tp_name;  // Str or null: "itertools.count" for native types outside builtins (used in messages)
    TypeObject* base = nullptr; // the "solid" base whose layout instances extend
    Ref bases;    // Tuple of types
    Ref mro;      // Tuple of types, self first
    Ref dict;     // Dict
    Ref subclasses; // List or null: direct subclasses by address (runtime/type_hierarchy.h)
    uint32_t flags = 0;
    uint32_t basicsize = 0;  // bytes per instance (fixed part for VarObject layouts)
    uint32_t itemsize = 0;   // bytes per item of VarObject layouts (str: 1, tuple: 8)
    int32_t dict_offset = 0; // 0 = instances have no __dict__
    // CPython's instances would have a __weakref__ slot: pyco has no weak
    // references and stores nothing, but layout checks (__class__ and
    // __bases__ assignment, __slots__) follow CPython's layouts.
    bool weakref_slot = false;
    uint32_t slots_offset = 0; // heap types: where this class's own __slots__ values start
    uint32_t nslots = 0;       // how many (member descriptors read them; runtime/slots.h)
    const char* doc = nullptr;

    DeallocFn dealloc = nullptr;
    TraverseFn traverse = nullptr;
    ClearFn clear = nullptr;
    FinalizeFn finalize = nullptr;
    IterNextFn iternext = nullptr; // optional fast path for __next__
    LenFn len = nullptr;           // optional fast path for __len__ (native types only)

    // lookup_special cache: valid while cache_epoch == global type epoch.
    uint64_t cache_epoch = 0;
    Value special_cache[kSpecialCount] = {};

    bool has_flag(uint32_t f) const { return (flags & f) != 0; }
    std::string_view name_view() const;
    // The name CPython's messages use: tp_name ("collections.deque") for
    // native types of other modules, __name__ otherwise.
    std::string_view message_name() const;
};

// Everything needed to create a built-in type at startup.
struct NativeTypeSpec {
    const char* name;
    const char* module = nullptr; // e.g. "builtins" (omitted from reprs) or "itertools"
    TypeObject* base = nullptr;   // default: object
    uint32_t basicsize = 0;
    uint32_t itemsize = 0;
    uint32_t flags = kTypeBaseType;
    DeallocFn dealloc = nullptr;
    TraverseFn traverse = nullptr;
    ClearFn clear = nullptr;
    FinalizeFn finalize = nullptr;
    IterNextFn iternext = nullptr;
    LenFn len = nullptr;
    const MethodDef* methods = nullptr; // terminated by {nullptr}
    const GetSetDef* getsets = nullptr; // terminated by {nullptr}
    const char* doc = nullptr;
    bool weakref_slot = false; // CPython's instances can be weakly referenced (set, type, deque ...)
};

// Fill a statically allocated TypeObject from its spec (types live for the
// whole run; they are immortal). Call from runtime initialisation.
void init_native_type(TypeObject* type, const NativeTypeSpec& spec);

// Find `name` along type's MRO; borrowed, null if absent (no error set).
Value type_lookup(TypeObject* type, Str* name);
// Called whenever any type's dict changes: invalidates every cache.
void invalidate_type_caches();
// The current type epoch: a cache entry filled in an epoch stays valid until
// invalidate_type_caches() (any type dict, MRO or bases change, or a type's
// teardown). Read directly by the interpreter's inline caches.
extern uint64_t type_epoch;
// Refill type's special-method cache for the current epoch.
void fill_special_cache(TypeObject* type);
// Cached lookup of a special method (borrowed, null if absent). Inline: the
// protocol functions ask on every operation.
inline Value lookup_special(TypeObject* type, Special which) {
    if (__builtin_expect(type->cache_epoch != type_epoch, 0)) fill_special_cache(type);
    return type->special_cache[static_cast<size_t>(which)];
}

bool is_subtype(TypeObject* sub, TypeObject* base);
// For native types whose instances carry a __dict__ (set dict_offset first):
// exposes it as the `__dict__` attribute.
void add_instance_dict_descriptor(TypeObject* type);
inline bool isinstance_exact(Value v, TypeObject* t) { return v.type() == t; }
inline bool isinstance(Value v, TypeObject* t) { return is_subtype(v.type(), t); }

} // namespace pyco
