// Memory: allocation of objects and the cycle collector.
//
// Reference counting frees most objects at once. Objects of types flagged
// kTypeGC (containers: lists, dicts, instances, functions, frames,
// generators, …) also carry a GCHeader in front of the Object and sit on a
// list the cycle collector walks (CPython's algorithm: subtract internal
// references, what stays positive is reachable from outside; finalize the
// rest once, PEP 442 style, then clear them).
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/type.h"
#include "runtime/value.h"

namespace pyco {

struct GCHeader {
    GCHeader* next;
    GCHeader* prev;
    int64_t gc_refs;
    uint32_t flags; // kGCFinalized, kGCTracked
    uint32_t pad;
};
enum : uint32_t { kGCTracked = 1, kGCFinalized = 2 };

inline GCHeader* gc_header(Object* o) { return reinterpret_cast<GCHeader*>(o) - 1; }

// Allocate a zeroed instance of `type` of `size` bytes (>= type->basicsize),
// refcount 1, type set (and the type increfed if it is a heap type). GC
// types get a header and are tracked immediately. Never returns null:
// allocation failure raises MemoryError where the caller can check sizes
// first (see alloc_checked) and aborts otherwise.
Object* alloc_object(TypeObject* type, size_t size);
template <typename T>
T* alloc(TypeObject* type) {
    return static_cast<T*>(alloc_object(type, type->basicsize));
}
// For VarObject layouts: allocates basicsize + nitems*itemsize, plus a
// trailing __dict__ slot when `type` is a heap subclass with a dict.
Object* alloc_var_object(TypeObject* type, size_t nitems, size_t itemsize);
// Like alloc_object, but returns null with MemoryError set when `size` is
// absurd (huge user-requested allocations).
Object* alloc_checked(TypeObject* type, size_t size);

// Free the memory of an object whose type's dealloc has released its fields.
void free_object(Object* obj);

void gc_track(Object* obj);
void gc_untrack(Object* obj);
bool gc_is_tracked(Object* obj);

// Run a full collection; returns the number of unreachable objects found.
int64_t gc_collect();
void gc_set_enabled(bool enabled);
bool gc_enabled();

// Default dealloc for GC-traced types: clear() then free. Types whose fields
// are all Refs can use it with a clear() that resets them.
void generic_dealloc(Object* obj);

} // namespace pyco
