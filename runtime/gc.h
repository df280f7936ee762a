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

// Two words in front of every GC object. `next_bits` links the tracked
// list and keeps the flags in its low bits (headers are 16-byte aligned, as
// malloc's blocks are); `prev_bits` is the back link, except while a
// collection scans: then it holds the object's gc_refs or its mark (runtime/gc.cpp;
// CPython's trick, which saves a third word per container).
struct alignas(16) GCHeader {
    uintptr_t next_bits;
    uintptr_t prev_bits;

    static constexpr uintptr_t kFlagMask = 15;
    GCHeader* next() const { return reinterpret_cast<GCHeader*>(next_bits & ~kFlagMask); }
    GCHeader* prev() const { return reinterpret_cast<GCHeader*>(prev_bits); }
    void set_next(GCHeader* h) { next_bits = reinterpret_cast<uintptr_t>(h) | (next_bits & kFlagMask); }
    void set_prev(GCHeader* h) { prev_bits = reinterpret_cast<uintptr_t>(h); }
    uint32_t flags() const { return static_cast<uint32_t>(next_bits & kFlagMask); }
    void set_flags(uint32_t f) { next_bits |= f; }
    void clear_flags(uint32_t f) { next_bits &= ~static_cast<uintptr_t>(f); }
};
static_assert(sizeof(GCHeader) == 16, "the GC header is two words");
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

// A free list of objects of one native type and size (CPython's
// freelists, e.g. for async generator awaitables): a type whose instances
// are made and dropped once per loop step keeps a few dead ones, untracked
// and with their fields released, and revives them without the allocator,
// the zeroing or the collector's allocation count. Sanitizer builds keep
// nothing (every object gets the sanitizer's checks).
struct ObjectFreeList {
    static constexpr int kMax = 16;
    Object* items[kMax];
    int count = 0;
};
// In a dealloc, after the fields are released: keep obj (true) or free it.
void freelist_release(ObjectFreeList& list, Object* obj);
// A kept object of list's type (refcount 1, tracked if a GC type, its fields as the
// dealloc left them: released), or null when there is none.
Object* freelist_take(ObjectFreeList& list);

void gc_track(Object* obj);
void gc_untrack(Object* obj);
bool gc_is_tracked(Object* obj);
// PEP 442: a GC object's finalizer runs at most once.
inline bool gc_is_finalized(Object* obj) { return gc_header(obj)->flags() & kGCFinalized; }
inline void gc_set_finalized(Object* obj) { gc_header(obj)->set_flags(kGCFinalized); }

// Run a full collection; returns the number of unreachable objects found.
int64_t gc_collect();
void gc_set_enabled(bool enabled);
bool gc_enabled();

// Default dealloc for GC-traced types: clear() then free. Types whose fields
// are all Refs can use it with a clear() that resets them.
void generic_dealloc(Object* obj);
// The first step of a dealloc: run the type's finalizer once (PEP 442);
// false when it resurrected the object (then the dealloc stops).
bool finalize_before_free(Object* obj);

} // namespace pyco
