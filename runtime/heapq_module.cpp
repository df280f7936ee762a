// `_heapq`: the heap operations in C++, as CPython's accelerator module of
// the same name (lib/heapq.py imports them over its Python versions).
//
// The algorithms and the order of comparisons are CPython's (siftdown /
// siftup of Modules/_heapqmodule.c), so heaps have CPython's layouts and
// `__lt__` methods see the same calls. A comparison can run Python code that
// changes the list: like CPython, a change of size is a RuntimeError, and
// items are re-read from the list after every comparison.
#include <utility>

#include "runtime/abstract.h"
#include "runtime/callable.h"
#include "runtime/error.h"
#include "vm/modules.h"

namespace pyco {

namespace {

Status changed_size() { return raise(RuntimeError_type, "list changed size during iteration"); }

Result<List*> list_arg(Value v, const char* what) {
    if (!is_list(v)) {
        std::string got = v.is(None()) ? "None" : std::string(type_name(v)); // Argument Clinic's wording
        return raise_format(TypeError_type, "%s must be list, not %s", what, got.c_str());
    }
    return v.as<List>();
}

// a < b, holding references while Python code may run. Items of one type
// with a native __lt__ (asyncio's TimerHandles) get it called directly.
Result<bool> less(Value a, Value b) {
    Ref ka = Ref::borrow(a), kb = Ref::borrow(b);
    if (a.is_object() && a.type() == b.type()) {
        if (NativeFn lt = same_type_native_compare(a.type(), CompareOp::Lt)) {
            Value args[] = {a, b};
            Ref r = TRY(lt(args, 2));
            if (r.get().is(True())) return true;
            if (r.get().is(False())) return false;
            if (!r.get().is(NotImplemented())) return truthy(r);
        }
    }
    return compare_bool(ka, kb, CompareOp::Lt);
}

// Move the item at pos up towards startpos while it is smaller than its parent.
Status sift_toward_root(List* heap, int64_t startpos, int64_t pos) {
    int64_t size = heap->size;
    if (pos >= size) return raise(IndexError_type, "index out of range");
    while (pos > startpos) {
        int64_t parentpos = (pos - 1) >> 1;
        bool lt = TRY(less(heap->items[pos], heap->items[parentpos]));
        if (size != heap->size) return changed_size();
        if (!lt) break;
        std::swap(heap->items[pos], heap->items[parentpos]);
        pos = parentpos;
    }
    return ok_status();
}

// Walk the hole at pos down to a leaf along the smaller children, then let
// the item rise from there (fewer comparisons than stopping early).
Status sift_toward_leaves(List* heap, int64_t pos) {
    int64_t endpos = heap->size;
    int64_t startpos = pos;
    if (pos >= endpos) return raise(IndexError_type, "index out of range");
    int64_t limit = endpos >> 1;
    while (pos < limit) {
        int64_t childpos = 2 * pos + 1;
        if (childpos + 1 < endpos) {
            bool lt = TRY(less(heap->items[childpos], heap->items[childpos + 1]));
            if (!lt) ++childpos;
            if (endpos != heap->size) return changed_size();
        }
        std::swap(heap->items[childpos], heap->items[pos]);
        pos = childpos;
    }
    return sift_toward_root(heap, startpos, pos);
}

// Remove and return the last item (the list is not empty).
Ref pop_last(List* heap) { return Ref::steal(heap->items[--heap->size]); }

Result<Ref> heappush(const Value* args, size_t) {
    List* heap = TRY(list_arg(args[0], "heappush() argument 1"));
    TRY(list_append(heap, args[1]));
    TRY(sift_toward_root(heap, 0, heap->size - 1));
    return Ref::borrow(None());
}

Result<Ref> heap_pop(Value arg) {
    List* heap = TRY(list_arg(arg, "heappop() argument"));
    if (heap->size == 0) return raise(IndexError_type, "index out of range");
    Ref last = pop_last(heap);
    if (heap->size == 0) return last;
    Ref smallest = Ref::steal(heap->items[0]);
    heap->items[0] = last.release();
    TRY(sift_toward_leaves(heap, 0));
    return smallest;
}

// heap[0] := item; returns the old heap[0] (the heap is not empty).
Result<Ref> replace_top(List* heap, Value item) {
    Ref smallest = Ref::steal(heap->items[0]);
    heap->items[0] = Ref::borrow(item).release();
    TRY(sift_toward_leaves(heap, 0));
    return smallest;
}

Result<Ref> heappop(const Value* args, size_t) { return heap_pop(args[0]); }

Result<Ref> heapreplace(const Value* args, size_t) {
    List* heap = TRY(list_arg(args[0], "heapreplace() argument 1"));
    if (heap->size == 0) return raise(IndexError_type, "index out of range");
    return replace_top(heap, args[1]);
}

Result<Ref> heappushpop(const Value* args, size_t) {
    List* heap = TRY(list_arg(args[0], "heappushpop() argument 1"));
    if (heap->size == 0) return Ref::borrow(args[1]);
    bool top_smaller = TRY(less(heap->items[0], args[1]));
    if (!top_smaller) return Ref::borrow(args[1]);
    if (heap->size == 0) return raise(IndexError_type, "index out of range");
    return replace_top(heap, args[1]);
}

Result<Ref> heapify(const Value* args, size_t) {
    List* heap = TRY(list_arg(args[0], "heapify() argument"));
    // Every node from n // 2 on is a leaf: sift the others, bottom-up.
    for (int64_t i = (heap->size >> 1) - 1; i >= 0; --i) TRY(sift_toward_leaves(heap, i));
    return Ref::borrow(None());
}

const MethodDef heapq_functions[] = {
    {"heappush", heappush, nullptr, 2, 2, MethodKind::Static, "Push item onto heap, maintaining the heap invariant."},
    {"heappop", heappop, nullptr, 1, 1, MethodKind::Static,
     "Pop the smallest item off the heap, maintaining the heap invariant."},
    {"heapreplace", heapreplace, nullptr, 2, 2, MethodKind::Static,
     "Pop and return the current smallest value, and add the new item."},
    {"heappushpop", heappushpop, nullptr, 2, 2, MethodKind::Static,
     "Push item on the heap, then pop and return the smallest item from the heap."},
    {"heapify", heapify, nullptr, 1, 1, MethodKind::Static, "Transform list into a heap, in-place, in O(len(heap)) time."},
    {nullptr},
};

} // namespace

Result<Ref> heapq_pop(Value heap) { return heap_pop(heap); }

Status fill_heapq_module(Dict* d) { return add_functions(d, heapq_functions, make_str("_heapq")); }

} // namespace pyco
