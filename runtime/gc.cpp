// Object allocation and the cycle collector.
//
// The collector is CPython's algorithm on a single generation:
//   1. gc_refs = refcount for every tracked object;
//   2. subtract one for every reference found by traversing tracked objects;
//   3. objects left with gc_refs > 0 are referenced from outside the heap
//      graph (C++ locals, untracked objects): they and everything they reach
//      survive;
//   4. the rest is garbage: run each finalizer once (generators close,
//      __del__ runs), re-check reachability in case a finalizer resurrected
//      something, then break the cycles with each type's clear().
// Collections run automatically when the containers allocated since the last
// one, less those freed since (CPython counts its youngest generation the
// same way), exceed the number that survived it (with a floor): the total
// cost stays linear in the work done, and a loop that makes and drops
// generators or frames by refcounting alone never triggers a collection.
#include "runtime/gc.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <malloc.h>
#include <vector>

#include "runtime/error.h"
#include "runtime/objects.h"

namespace pyco {

namespace {

struct GCState {
    GCHeader head{reinterpret_cast<uintptr_t>(&head), reinterpret_cast<uintptr_t>(&head)}; // circular list of tracked objects
    int64_t tracked = 0;
    int64_t allocations_since_collect = 0;
    int64_t threshold = 10000;
    bool enabled = true;
    bool collecting = false;
};
GCState gc_state;

// Scratch flag bits used only during a collection.
constexpr uint32_t kGCCandidate = 4;
constexpr uint32_t kGCStillGarbage = 8;

constexpr size_t kMaxObjectSize = size_t(1) << 40; // 1 TiB: anything larger is a MemoryError

void link(GCHeader* h) {
    GCHeader* head = &gc_state.head;
    GCHeader* last = head->prev();
    h->set_prev(last);
    h->set_next(head);
    last->set_next(h);
    head->set_prev(h);
}

void unlink(GCHeader* h) {
    h->prev()->set_next(h->next());
    h->next()->set_prev(h->prev());
    h->set_next(nullptr);
    h->set_prev(nullptr);
}

Object* object_of(GCHeader* h) { return reinterpret_cast<Object*>(h + 1); }

void maybe_collect() {
    if (!gc_state.enabled || gc_state.collecting) return;
    if (++gc_state.allocations_since_collect < gc_state.threshold) return;
    // A collection can run arbitrary finalizers; keep any pending exception.
    Ref pending = error_fetch();
    gc_collect();
    if (pending) error_restore(std::move(pending));
}

} // namespace

namespace {

// Small blocks: objects are born and die at high rates (a generator or a
// coroutine per call, a bound method per attribute call), more than glibc's
// thread cache holds (7 blocks per size), and glibc's calloc bypasses that
// cache altogether. Freed small blocks therefore wait on free lists by malloc
// chunk size and are handed out again with a pointer pop. They stay ordinary
// malloc blocks (a str grows in place with realloc); sanitizer builds skip
// the lists so every block gets the sanitizer's checks.
#if defined(__SANITIZE_ADDRESS__)
#define PYCO_BLOCK_CACHE 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PYCO_BLOCK_CACHE 0
#endif
#endif
#ifndef PYCO_BLOCK_CACHE
#define PYCO_BLOCK_CACHE 1
#endif

class BlockCache {
public:
    static constexpr size_t kMaxBytes = 512;
    static constexpr uint32_t kMaxPerClass = 512;

    void* take(size_t bytes) {
        if (!PYCO_BLOCK_CACHE || bytes > kMaxBytes) return nullptr;
        Class& c = classes_[class_of_request(bytes)];
        FreeBlock* b = c.head;
        if (!b) return nullptr;
        c.head = b->next;
        --c.count;
        return b;
    }
    // False when the block is not kept (then the caller frees it).
    bool give(void* mem) {
        if (!PYCO_BLOCK_CACHE) return false;
        size_t usable = malloc_usable_size(mem);
        if (usable > kMaxBytes) return false;
        Class& c = classes_[class_of_usable(usable)];
        if (c.count >= kMaxPerClass) return false;
        auto* b = static_cast<FreeBlock*>(mem);
        b->next = c.head;
        c.head = b;
        ++c.count;
        return true;
    }

private:
    struct FreeBlock {
        FreeBlock* next;
    };
    struct Class {
        FreeBlock* head = nullptr;
        uint32_t count = 0;
    };
    // glibc hands out chunks of max(32, (bytes + 8 + 15) & ~15) bytes whose
    // usable size is the chunk less its 8-byte size word: a class is a
    // chunk size, so any block of a class serves any request that maps to it.
    static size_t class_of_request(size_t bytes) { return std::max<size_t>(32, (bytes + 8 + 15) & ~size_t(15)) / 16; }
    static size_t class_of_usable(size_t usable) { return (usable + 8) / 16; }
    Class classes_[(kMaxBytes + 8 + 15) / 16 + 1];
};
BlockCache block_cache;

void* allocate_zeroed(size_t bytes) {
    if (void* mem = block_cache.take(bytes)) {
        std::memset(mem, 0, bytes);
        return mem;
    }
    // Large blocks keep calloc, whose fresh pages need no clearing.
    if (bytes > BlockCache::kMaxBytes) return std::calloc(1, bytes);
    void* mem = std::malloc(bytes);
    // The barrier keeps the compiler from fusing malloc + memset back into
    // calloc (see above).
    asm volatile("" : : "r"(mem) : "memory");
    if (mem) std::memset(mem, 0, bytes);
    return mem;
}

// Shared by both allocators: null (nothing raised) when memory runs out.
Object* allocate(TypeObject* type, size_t size) {
    bool is_gc = type->has_flag(kTypeGC);
    size_t prefix = is_gc ? sizeof(GCHeader) : 0;
    if (is_gc) maybe_collect();
    void* mem = allocate_zeroed(prefix + size);
    if (!mem) return nullptr;
    auto* obj = reinterpret_cast<Object*>(static_cast<char*>(mem) + prefix);
    obj->refcount = 1;
    obj->type = type;
    if (type->has_flag(kTypeHeap)) incref(Value(type));
    if (is_gc) gc_track(obj);
    return obj;
}

} // namespace

Object* alloc_object(TypeObject* type, size_t size) {
    Object* obj = allocate(type, size);
    if (!obj) {
        std::fputs("pyco: fatal: out of memory\n", stderr);
        std::abort();
    }
    return obj;
}

Object* alloc_checked(TypeObject* type, size_t size) {
    Object* obj = size <= kMaxObjectSize ? allocate(type, size) : nullptr;
    if (!obj) raise_no_memory();
    return obj;
}

Object* alloc_var_object(TypeObject* type, size_t nitems, size_t itemsize) {
    if (itemsize && nitems > kMaxObjectSize / itemsize) {
        raise_no_memory();
        return nullptr;
    }
    size_t size = type->basicsize + nitems * itemsize;
    if (type->dict_offset < 0) size = (size + 7) / 8 * 8 + sizeof(Value); // trailing __dict__ slot
    return alloc_checked(type, size);
}

void free_object(Object* obj) {
    TypeObject* type = obj->type;
    void* mem = obj;
    if (type->has_flag(kTypeGC)) {
        if (gc_is_tracked(obj)) gc_untrack(obj);
        mem = gc_header(obj);
    }
    if (!block_cache.give(mem)) std::free(mem);
    if (type->has_flag(kTypeHeap)) decref(Value(type));
}

void freelist_release(ObjectFreeList& list, Object* obj) {
    if (gc_is_tracked(obj)) gc_untrack(obj);
    if (!PYCO_BLOCK_CACHE || list.count >= ObjectFreeList::kMax) {
        free_object(obj);
        return;
    }
    list.items[list.count++] = obj;
}

Object* freelist_take(ObjectFreeList& list) {
    if (list.count == 0) return nullptr;
    Object* obj = list.items[--list.count];
    obj->refcount = 1;
    if (obj->type->has_flag(kTypeGC)) gc_track(obj);
    return obj;
}

void gc_track(Object* obj) {
    GCHeader* h = gc_header(obj);
    if (h->flags() & kGCTracked) return;
    h->set_flags(kGCTracked);
    link(h);
    ++gc_state.tracked;
}

void gc_untrack(Object* obj) {
    GCHeader* h = gc_header(obj);
    if (!(h->flags() & kGCTracked)) return;
    h->clear_flags(kGCTracked);
    unlink(h);
    --gc_state.tracked;
    if (gc_state.allocations_since_collect > 0) --gc_state.allocations_since_collect;
}

bool gc_is_tracked(Object* obj) { return obj->type->has_flag(kTypeGC) && (gc_header(obj)->flags() & kGCTracked); }

void dealloc_object(Object* obj) { obj->type->dealloc(obj); }

bool finalize_before_free(Object* obj) {
    TypeObject* type = obj->type;
    if (type->finalize && type->has_flag(kTypeGC) && !gc_is_finalized(obj)) {
        gc_set_finalized(obj);
        obj->refcount = 1; // keep alive while the finalizer runs
        type->finalize(obj);
        if (--obj->refcount != 0) return false; // resurrected
    }
    return true;
}

void generic_dealloc(Object* obj) {
    TypeObject* type = obj->type;
    if (!finalize_before_free(obj)) return;
    if (type->has_flag(kTypeGC)) gc_untrack(obj);
    if (type->clear) type->clear(obj);
    free_object(obj);
}

// ---------------------------------------------------------------- collection

namespace {

bool is_tracked_value(Value v) { return v.is_object() && gc_is_tracked(v.as_object()); }

// During a scan the back link holds either gc_refs (shifted left, even) or,
// once the object is known reachable, the next entry of the mark worklist
// with the low bit set: marking needs no memory besides the headers, so a
// collection over a million objects does not grow the heap.
bool is_marked(GCHeader* h) { return h->prev_bits & 1; }
int64_t scan_refs(GCHeader* h) { return static_cast<int64_t>(h->prev_bits) >> 1; }
void set_scan_refs(GCHeader* h, int64_t n) { h->prev_bits = static_cast<uintptr_t>(n) << 1; }

void mark_and_push(GCHeader* h, GCHeader** worklist) {
    h->prev_bits = reinterpret_cast<uintptr_t>(*worklist) | 1;
    *worklist = h;
}

// A candidate reached from a reachable object is reachable. (A non-candidate
// is alive anyway, and what it references was counted as external.)
void push_reachable(Value child, void* ctx) {
    if (!is_tracked_value(child)) return;
    GCHeader* h = gc_header(child.as_object());
    if (!(h->flags() & kGCCandidate) || is_marked(h)) return;
    mark_and_push(h, static_cast<GCHeader**>(ctx));
}

// Heap types all carry heap_type_finalize; only those defining __del__ need it.
bool has_finalizer(Object* obj) {
    TypeObject* type = obj->type;
    if (!type->finalize) return false;
    return !type->has_flag(kTypeHeap) || lookup_special(type, Special::del);
}

void traverse(Object* obj, VisitFn visit, void* ctx) {
    if (obj->type->traverse) obj->type->traverse(obj, visit, ctx);
    // A heap type instance references its type; types are traced too.
}

// After a scan: rebuild every back link from the forward links.
void relink_tracked() {
    GCHeader* prev = &gc_state.head;
    for (GCHeader* h = gc_state.head.next(); h != &gc_state.head; h = h->next()) {
        h->set_prev(prev);
        prev = h;
    }
    gc_state.head.set_prev(prev);
}

// Returns the objects among the candidates (visited by `for_each`) not
// reachable from outside them.
template <typename ForEach>
std::vector<Object*> find_unreachable(ForEach for_each) {
    // The back links are overwritten here (no code runs during the scan, so
    // nothing unlinks) and rebuilt at the end. Only references between
    // candidates count as internal: mark candidates.
    for_each([](Object* o) {
        set_scan_refs(gc_header(o), o->refcount);
        gc_header(o)->set_flags(kGCCandidate);
    });
    auto subtract_internal = [](Value child, void*) {
        if (!is_tracked_value(child)) return;
        GCHeader* h = gc_header(child.as_object());
        if (h->flags() & kGCCandidate) set_scan_refs(h, scan_refs(h) - 1);
    };
    for_each([&](Object* o) { traverse(o, subtract_internal, nullptr); });
    GCHeader* worklist = nullptr;
    for_each([&](Object* o) {
        GCHeader* h = gc_header(o);
        if (!is_marked(h) && scan_refs(h) > 0) mark_and_push(h, &worklist);
    });
    while (worklist) {
        GCHeader* h = worklist;
        worklist = reinterpret_cast<GCHeader*>(h->prev_bits & ~uintptr_t(1));
        traverse(object_of(h), push_reachable, &worklist);
    }
    std::vector<Object*> unreachable;
    for_each([&](Object* o) {
        GCHeader* h = gc_header(o);
        h->clear_flags(kGCCandidate);
        if (!is_marked(h)) unreachable.push_back(o);
        if (!(h->flags() & kGCTracked)) h->set_prev(nullptr);
    });
    relink_tracked();
    return unreachable;
}

} // namespace

int64_t gc_collect() {
    if (gc_state.collecting) return 0;
    gc_state.collecting = true;
    // Every tracked object is a candidate, walked on the list itself. One
    // with refcount 0 is being deallocated right now (a __del__ or finalizer
    // it triggered started this collection): it is not a candidate, and what
    // it still references counts as referenced from outside.
    std::vector<Object*> garbage = find_unreachable([](auto&& fn) {
        for (GCHeader* h = gc_state.head.next(); h != &gc_state.head; h = h->next())
            if (object_of(h)->refcount > 0) fn(object_of(h));
    });
    int64_t found = static_cast<int64_t>(garbage.size());

    // Keep the garbage alive while finalizers and clear() run.
    for (Object* o : garbage) incref(Value(o));
    // PEP 442: every finalizer of the set runs before any object is cleared.
    bool finalized_any = false;
    for (Object* o : garbage) {
        GCHeader* h = gc_header(o);
        if (has_finalizer(o) && !(h->flags() & kGCFinalized)) {
            h->set_flags(kGCFinalized);
            o->type->finalize(o);
            finalized_any = true;
        }
    }
    if (finalized_any) {
        // Our own references inflate every count by one: discount them.
        for (Object* o : garbage) --o->refcount;
        std::vector<Object*> still = find_unreachable([&garbage](auto&& fn) {
            for (Object* o : garbage) fn(o);
        });
        for (Object* o : garbage) ++o->refcount;
        // Resurrected objects are dropped from the garbage list.
        for (Object* o : still) gc_header(o)->set_flags(kGCStillGarbage);
        std::vector<Object*> resurrected;
        for (Object* o : garbage)
            if (!(gc_header(o)->flags() & kGCStillGarbage)) resurrected.push_back(o);
        for (Object* o : still) gc_header(o)->clear_flags(kGCStillGarbage);
        for (Object* o : resurrected) decref(Value(o));
        garbage.swap(still);
    }
    for (Object* o : garbage)
        if (o->type->clear) o->type->clear(o);
    for (Object* o : garbage) decref(Value(o));

    gc_state.allocations_since_collect = 0;
    gc_state.threshold = std::max<int64_t>(10000, gc_state.tracked);
    gc_state.collecting = false;
    return found;
}

void gc_set_enabled(bool enabled) { gc_state.enabled = enabled; }
bool gc_enabled() { return gc_state.enabled; }

} // namespace pyco
