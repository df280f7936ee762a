// collections.deque and its iterators, exported by the built-in module
// `_collections` (lib/collections/__init__.py re-exports deque).
//
// Layout (CPython's design): a doubly linked list of fixed-size blocks.
// Items run from leftblock->data[leftindex] to rightblock->data[rightindex];
// appending or popping at either end touches one slot and, every kBlockLen
// items, links or unlinks one block, so both ends are O(1) and the other
// items never move (unlike a growable array). An empty deque keeps one
// block with both indices at its centre, so it can grow either way.
//
// `state` counts mutations that invalidate positions; iterators and the
// searching methods compare it after every call into Python code, since an
// __eq__ can mutate the deque under them ("deque mutated during
// iteration"). Items are released only once the deque is consistent again:
// releasing one can run arbitrary code.
#include <algorithm>
#include <cstdlib>
#include <string>

#include "runtime/abstract.h"
#include "runtime/arg_parse.h"
#include "runtime/callable.h"
#include "runtime/container_util.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "vm/modules.h"

namespace pyco {

namespace {

TypeObject deque_type, deque_iterator_type, deque_reverse_iterator_type;

constexpr int64_t kBlockLen = 64;
constexpr int64_t kCenter = (kBlockLen - 1) / 2;
constexpr int kMaxFreeBlocks = 16; // blocks a deque keeps for reuse (a queue's steady state allocates none)

struct Block {
    Block* left;
    Value data[kBlockLen];
    Block* right;
};

struct Deque : Object {
    Block* leftblock;
    Block* rightblock;
    int64_t leftindex;  // first item: leftblock->data[leftindex]
    int64_t rightindex; // last item: rightblock->data[rightindex]
    int64_t size;
    int64_t maxlen;     // -1: unbounded
    uint64_t state;     // bumped by every mutation that moves items
    int numfree;
    Block* freeblocks[kMaxFreeBlocks];
};

Deque* self_deque(const Value* args) { return args[0].as<Deque>(); }
bool is_deque(Value v) { return isinstance(v, &deque_type); }

// ---------------------------------------------------------------- blocks

// Makes sure a free block is at hand, so that the next link cannot fail.
Status reserve_block(Deque* d) {
    if (d->numfree > 0) return ok_status();
    auto* b = static_cast<Block*>(std::malloc(sizeof(Block)));
    if (!b) return raise_no_memory();
    d->freeblocks[d->numfree++] = b;
    return ok_status();
}

Result<Block*> new_block(Deque* d) {
    TRY(reserve_block(d));
    return d->freeblocks[--d->numfree];
}

void free_block(Deque* d, Block* b) {
    if (d->numfree < kMaxFreeBlocks) d->freeblocks[d->numfree++] = b;
    else std::free(b);
}

// An empty deque's indices: the next item goes to either side of the centre.
void recenter(Deque* d) {
    d->leftindex = kCenter + 1;
    d->rightindex = kCenter;
}

// ---------------------------------------------------------------- ends

// The end operations move owned references in and out without counting
// them; the public operations add the counting and maxlen. put_* need a
// free block reserved (reserve_block) when the end block is full.
void put_right(Deque* d, Value owned) {
    if (d->rightindex == kBlockLen - 1) {
        Block* b = d->freeblocks[--d->numfree];
        b->left = d->rightblock;
        d->rightblock->right = b;
        d->rightblock = b;
        d->rightindex = -1;
    }
    d->rightblock->data[++d->rightindex] = owned;
    ++d->size;
    ++d->state;
}

void put_left(Deque* d, Value owned) {
    if (d->leftindex == 0) {
        Block* b = d->freeblocks[--d->numfree];
        b->right = d->leftblock;
        d->leftblock->left = b;
        d->leftblock = b;
        d->leftindex = kBlockLen;
    }
    d->leftblock->data[--d->leftindex] = owned;
    ++d->size;
    ++d->state;
}

// Precondition: d->size > 0.
Value take_right(Deque* d) {
    Value item = d->rightblock->data[d->rightindex--];
    --d->size;
    ++d->state;
    if (d->rightindex < 0) {
        if (d->size > 0) {
            Block* prev = d->rightblock->left;
            free_block(d, d->rightblock);
            d->rightblock = prev;
            d->rightindex = kBlockLen - 1;
        } else {
            recenter(d);
        }
    }
    return item;
}

Value take_left(Deque* d) {
    Value item = d->leftblock->data[d->leftindex++];
    --d->size;
    ++d->state;
    if (d->leftindex == kBlockLen) {
        if (d->size > 0) {
            Block* next = d->leftblock->right;
            free_block(d, d->leftblock);
            d->leftblock = next;
            d->leftindex = 0;
        } else {
            recenter(d);
        }
    }
    return item;
}

// append/appendleft: the item is added, then the opposite end is trimmed
// to maxlen (the dropped item released last).
Status deque_append(Deque* d, Value item) {
    if (d->maxlen == 0) return ok_status();
    TRY(reserve_block(d));
    incref(item);
    put_right(d, item);
    if (d->maxlen >= 0 && d->size > d->maxlen) decref(take_left(d));
    return ok_status();
}

Status deque_appendleft(Deque* d, Value item) {
    if (d->maxlen == 0) return ok_status();
    TRY(reserve_block(d));
    incref(item);
    put_left(d, item);
    if (d->maxlen >= 0 && d->size > d->maxlen) decref(take_right(d));
    return ok_status();
}

// Empty the deque one item at a time: each release happens while the
// deque is consistent, so a finalizer that looks at it sees a valid deque.
void deque_clear(Deque* d) {
    while (d->size > 0) decref(take_right(d));
}

// ---------------------------------------------------------------- positions

// The block and offset of item i (0 <= i < size), walking from the nearer end.
void locate(Deque* d, int64_t i, Block** block, int64_t* offset) {
    int64_t pos = i + d->leftindex; // counted from the start of leftblock
    int64_t nblocks = pos / kBlockLen;
    Block* b;
    if (i < d->size / 2) {
        b = d->leftblock;
        while (nblocks-- > 0) b = b->right;
    } else {
        int64_t from_right = (d->leftindex + d->size - 1) / kBlockLen - nblocks;
        b = d->rightblock;
        while (from_right-- > 0) b = b->left;
    }
    *block = b;
    *offset = pos % kBlockLen;
}

Value& item_at(Deque* d, int64_t i) {
    Block* b;
    int64_t offset;
    locate(d, i, &b, &offset);
    return b->data[offset];
}

// A forward cursor over the items (no Python code may run while it is used
// unless the caller re-checks `state`).
struct Cursor {
    Block* block;
    int64_t index;
    explicit Cursor(Deque* d) : block(d->leftblock), index(d->leftindex) {}
    Value get() const { return block->data[index]; }
    void advance() {
        if (++index == kBlockLen) {
            block = block->right;
            index = 0;
        }
    }
};

// Rotate right by n (left when negative): items move between the ends
// one at a time, choosing the shorter direction.
Status deque_rotate(Deque* d, int64_t n) {
    int64_t len = d->size, half = len >> 1;
    if (len <= 1) return ok_status();
    if (n > half || n < -half) {
        n %= len;
        if (n > half) n -= len;
        else if (n < -half) n += len;
    }
    ++d->state;
    for (; n > 0; --n) {
        TRY(reserve_block(d));
        put_left(d, take_right(d));
    }
    for (; n < 0; ++n) {
        TRY(reserve_block(d));
        put_right(d, take_left(d));
    }
    return ok_status();
}

// d[i] for a subscript key: the sequence protocol's conversion and
// CPython's messages. Negative indices count from the end.
Result<int64_t> checked_index(Deque* d, Value key) {
    if (!is_index_like(key))
        return raise_format(TypeError_type, "sequence index must be integer, not '%s'", std::string(type_name(key)).c_str());
    int64_t i = TRY(index_value(key, &IndexError_type));
    if (i < 0) i += d->size;
    if (i < 0 || i >= d->size) return raise(IndexError_type, "deque index out of range");
    return i;
}

ErrorTag mutated_during_iteration(TypeObject& type = RuntimeError_type) {
    return raise(type, "deque mutated during iteration");
}

// ---------------------------------------------------------------- bulk operations

// The items as a new list (PySequence_List), for extending a deque with itself.
Result<Ref> items_list(Deque* d) {
    Handle<List> out = list_new(0, static_cast<size_t>(d->size));
    if (!out) return kError;
    Cursor c(d);
    for (int64_t i = 0; i < d->size; ++i, c.advance()) TRY(list_append(out.get(), c.get()));
    return std::move(out).ref();
}

using AppendFn = Status (*)(Deque*, Value);

// extend / extendleft: with maxlen 0 the iterable is still consumed.
Status deque_extend_with(Deque* d, Value iterable, AppendFn append) {
    if (iterable.is(Value(d))) {
        Ref copy = TRY(items_list(d));
        return deque_extend_with(d, copy, append);
    }
    return for_each(iterable, [d, append](Value item) { return append(d, item); });
}

// d *= n (CPython's deque_inplace_repeat): with a maxlen, only the
// repetitions that can survive the trimming are appended.
Status deque_inplace_repeat(Deque* d, int64_t n) {
    int64_t size = d->size;
    if (n <= 0) {
        deque_clear(d);
        return ok_status();
    }
    if (size == 0 || n == 1) return ok_status();
    if (size > INT64_MAX / n) return raise_no_memory();
    if (d->maxlen >= 0 && n * size > d->maxlen) {
        n = (d->maxlen + size - 1) / size;
    } else if (n * size > kMaxSequenceSize) {
        return raise_no_memory(); // more items than memory can hold: fail before trying
    }
    Ref seq = TRY(items_list(d));
    for (int64_t i = 0; i < n - 1; ++i) TRY(deque_extend_with(d, seq, deque_append));
    return ok_status();
}

// maxlen argument of deque(): an int proper (no __index__), >= 0.
Result<int64_t> maxlen_value(Value v) {
    if (!v || v.is(None())) return -1;
    if (!is_int(v)) return raise(TypeError_type, "an integer is required");
    int64_t n;
    if (!int_to_int64(v, &n)) return raise(OverflowError_type, "Python int too large to convert to C ssize_t");
    if (n < 0) return raise(ValueError_type, "maxlen must be non-negative");
    return n;
}

// A new deque of type(d) with d's items and maxlen (deque.copy()).
Result<Ref> deque_copy_of(Value self) {
    Deque* d = self.as<Deque>();
    if (isinstance_exact(self, &deque_type)) {
        auto* copy = alloc<Deque>(&deque_type);
        Ref result = Ref::steal(Value(copy));
        copy->leftblock = copy->rightblock = TRY(new_block(copy));
        recenter(copy);
        copy->maxlen = d->maxlen;
        TRY(deque_extend_with(copy, self, deque_append));
        return result;
    }
    // A subclass is copied through its constructor, as CPython does.
    Ref result = d->maxlen < 0 ? TRY(call(Value(self.type()), {self}))
                               : TRY(call(Value(self.type()), {self, make_int(d->maxlen)}));
    if (!is_deque(result))
        return raise_format(TypeError_type, "%s() must return a deque, not %s", std::string(self.type()->name_view()).c_str(),
                            std::string(type_name(result)).c_str());
    return result;
}

// ---------------------------------------------------------------- construction, GC

Result<Ref> deque_py_new(CallArgs args) {
    TypeObject* type = TRY(new_target(args, &deque_type));
    auto* d = static_cast<Deque*>(alloc_object(type, type->basicsize));
    Ref result = Ref::steal(Value(d));
    d->leftblock = d->rightblock = TRY(new_block(d));
    recenter(d);
    d->maxlen = -1;
    return result;
}

Result<Ref> deque_py_init(CallArgs args) {
    Value arg[2] = {};
    TRY(parse_args(args, 1, ArgSpec{"deque", {"iterable", "maxlen"}}, arg));
    Deque* d = args[0].as<Deque>();
    d->maxlen = TRY(maxlen_value(arg[1]));
    if (d->size > 0) deque_clear(d);
    if (arg[0]) TRY(deque_extend_with(d, arg[0], deque_append));
    return Ref::borrow(None());
}

void deque_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* d = static_cast<Deque*>(self);
    if (!d->leftblock) return;
    Cursor c(d);
    for (int64_t i = 0; i < d->size; ++i, c.advance()) visit(c.get(), ctx);
}

void deque_gc_clear(Object* self) {
    auto* d = static_cast<Deque*>(self);
    if (d->leftblock) deque_clear(d);
}

// Releases the items, then the blocks.
void deque_destroy(Object* self) {
    auto* d = static_cast<Deque*>(self);
    if (gc_is_tracked(self)) gc_untrack(self);
    if (d->leftblock) {
        deque_clear(d);
        std::free(d->leftblock);
    }
    while (d->numfree > 0) std::free(d->freeblocks[--d->numfree]);
    free_object(self);
}

void deque_dealloc(Object* self) { trashcan_dealloc(self, deque_destroy); }

// ---------------------------------------------------------------- iterators

struct DequeIter : Object {
    Ref deque;
    Block* block;
    int64_t index;
    int64_t counter; // items left
    uint64_t state;  // the deque's state when the iterator was made
};

Ref make_deque_iter(Value self, bool reversed) {
    Deque* d = self.as<Deque>();
    auto* it = alloc<DequeIter>(reversed ? &deque_reverse_iterator_type : &deque_iterator_type);
    it->deque = Ref::borrow(self);
    it->block = reversed ? d->rightblock : d->leftblock;
    it->index = reversed ? d->rightindex : d->leftindex;
    it->counter = d->size;
    it->state = d->state;
    return Ref::steal(Value(it));
}

// Common prologue of both directions: the mutation check, then whether an
// item is left.
Result<bool> deque_iter_has_next(DequeIter* it) {
    if (!it->deque) return false; // cleared by the collector
    if (it->deque.as<Deque>()->state != it->state) {
        it->counter = 0;
        return mutated_during_iteration();
    }
    return it->counter > 0;
}

Result<Ref> deque_iter_next(Value self) {
    auto* it = self.as<DequeIter>();
    if (!TRY(deque_iter_has_next(it))) return Ref();
    Ref item = Ref::borrow(it->block->data[it->index]);
    --it->counter;
    if (++it->index == kBlockLen && it->counter > 0) {
        it->block = it->block->right;
        it->index = 0;
    }
    return item;
}

Result<Ref> deque_reviter_next(Value self) {
    auto* it = self.as<DequeIter>();
    if (!TRY(deque_iter_has_next(it))) return Ref();
    Ref item = Ref::borrow(it->block->data[it->index]);
    --it->counter;
    if (--it->index < 0 && it->counter > 0) {
        it->block = it->block->left;
        it->index = kBlockLen - 1;
    }
    return item;
}

Result<Ref> deque_iter_length_hint(const Value* args, size_t) { return make_int(args[0].as<DequeIter>()->counter); }

void deque_iter_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* it = static_cast<DequeIter*>(self);
    if (it->deque) visit(it->deque, ctx);
}

void deque_iter_clear(Object* self) {
    auto* it = static_cast<DequeIter*>(self);
    it->counter = 0;
    it->deque.reset();
}

template <IterNextFn Next>
Result<Ref> deque_iter_next_method(const Value* args, size_t) {
    Ref item = TRY(Next(args[0]));
    if (!item) return raise_stop_iteration(Value());
    return item;
}

// ---------------------------------------------------------------- searching

// Calls fn(i, item) for each item from `start` to `stop` with the item kept
// alive, and fails with `mutation_error` if the deque changed during a call.
// fn returns true to stop early; the result is the index it stopped at, or
// -1.
template <typename Fn>
Result<int64_t> deque_scan(Deque* d, int64_t start, int64_t stop, TypeObject& mutation_error, Fn&& fn) {
    uint64_t start_state = d->state;
    Block* b;
    int64_t index;
    if (start >= stop) return -1;
    locate(d, start, &b, &index);
    for (int64_t i = start; i < stop; ++i) {
        Ref item = Ref::borrow(b->data[index]);
        bool done = TRY(fn(item.get()));
        if (done) return i;
        if (d->state != start_state) return mutated_during_iteration(mutation_error);
        if (++index == kBlockLen) {
            b = b->right;
            index = 0;
        }
    }
    return -1;
}

Result<bool> item_equals(Value item, Value v) { return equal(item, v); }

ErrorTag not_in_deque(Value v) {
    std::string text = TRY(repr_text(v));
    return raise_format(ValueError_type, "%s is not in deque", text.c_str());
}

// ---------------------------------------------------------------- methods

Result<Ref> none() { return Ref::borrow(None()); }

Result<Ref> deque_append_method(const Value* args, size_t) {
    TRY(deque_append(self_deque(args), args[1]));
    return none();
}
Result<Ref> deque_appendleft_method(const Value* args, size_t) {
    TRY(deque_appendleft(self_deque(args), args[1]));
    return none();
}
Result<Ref> deque_extend_method(const Value* args, size_t) {
    TRY(deque_extend_with(self_deque(args), args[1], deque_append));
    return none();
}
Result<Ref> deque_extendleft_method(const Value* args, size_t) {
    TRY(deque_extend_with(self_deque(args), args[1], deque_appendleft));
    return none();
}

Result<Ref> deque_pop(const Value* args, size_t) {
    Deque* d = self_deque(args);
    if (d->size == 0) return raise(IndexError_type, "pop from an empty deque");
    return Ref::steal(take_right(d));
}
Result<Ref> deque_popleft(const Value* args, size_t) {
    Deque* d = self_deque(args);
    if (d->size == 0) return raise(IndexError_type, "pop from an empty deque");
    return Ref::steal(take_left(d));
}

Result<Ref> deque_clear_method(const Value* args, size_t) {
    deque_clear(self_deque(args));
    return none();
}

Result<Ref> deque_copy_method(const Value* args, size_t) { return deque_copy_of(args[0]); }

Result<Ref> deque_count(const Value* args, size_t) {
    Deque* d = self_deque(args);
    int64_t count = 0;
    TRY(deque_scan(d, 0, d->size, RuntimeError_type, [&](Value item) -> Result<bool> {
        if (TRY(item_equals(item, args[1]))) ++count;
        return false;
    }));
    return make_int(count);
}

Result<Ref> deque_index(const Value* args, size_t nargs) {
    if (nargs < 2) return raise_format(TypeError_type, "index() takes at least 1 argument (%zu given)", nargs - 1);
    if (nargs > 4) return raise_format(TypeError_type, "index() takes at most 3 arguments (%zu given)", nargs - 1);
    Deque* d = self_deque(args);
    int64_t start, stop;
    TRY(search_bounds(args, nargs, 2, d->size, &start, &stop));
    // The bounds' __index__ methods may have shrunk the deque.
    stop = std::min(stop, d->size);
    start = std::min(start, stop);
    int64_t found = TRY(deque_scan(d, start, stop, RuntimeError_type, [&](Value item) { return item_equals(item, args[1]); }));
    if (found < 0) return not_in_deque(args[1]);
    return make_int(found);
}

Result<Ref> deque_contains(const Value* args, size_t) {
    Deque* d = self_deque(args);
    int64_t found = TRY(deque_scan(d, 0, d->size, RuntimeError_type, [&](Value item) { return item_equals(item, args[1]); }));
    return Ref::borrow(bool_value(found >= 0));
}

// del d[i]: rotate the item to the left end, drop it, rotate back.
Status deque_del_item(Deque* d, int64_t i) {
    TRY(deque_rotate(d, -i));
    Ref item = Ref::steal(take_left(d));
    return deque_rotate(d, i);
}

Result<Ref> deque_remove(const Value* args, size_t) {
    Deque* d = self_deque(args);
    int64_t found = TRY(deque_scan(d, 0, d->size, IndexError_type, [&](Value item) { return item_equals(item, args[1]); }));
    if (found < 0) return not_in_deque(args[1]);
    TRY(deque_del_item(d, found));
    return none();
}

Result<Ref> deque_insert(const Value* args, size_t nargs) {
    if (nargs != 3) return raise_format(TypeError_type, "insert() takes exactly 2 arguments (%zu given)", nargs - 1);
    Deque* d = self_deque(args);
    int64_t index = TRY(ssize_arg(args[1]));
    Value value = args[2];
    int64_t n = d->size;
    if (d->maxlen == n) return raise(IndexError_type, "deque already at its maximum size");
    if (index >= n) {
        TRY(deque_append(d, value));
    } else if (index <= -n || index == 0) {
        TRY(deque_appendleft(d, value));
    } else {
        TRY(deque_rotate(d, -index));
        TRY(index < 0 ? deque_append(d, value) : deque_appendleft(d, value));
        TRY(deque_rotate(d, index));
    }
    return none();
}

Result<Ref> deque_reverse(const Value* args, size_t) {
    Deque* d = self_deque(args);
    Block *lb = d->leftblock, *rb = d->rightblock;
    int64_t li = d->leftindex, ri = d->rightindex;
    for (int64_t n = d->size / 2; n > 0; --n) {
        std::swap(lb->data[li], rb->data[ri]);
        if (++li == kBlockLen) {
            lb = lb->right;
            li = 0;
        }
        if (--ri < 0) {
            rb = rb->left;
            ri = kBlockLen - 1;
        }
    }
    return none();
}

Result<Ref> deque_rotate_method(const Value* args, size_t nargs) {
    TRY(check_positional("deque.rotate", nargs - 1, 0, 1));
    int64_t n = 1;
    if (nargs > 1) n = TRY(ssize_arg(args[1]));
    TRY(deque_rotate(self_deque(args), n));
    return none();
}

int64_t deque_size(Value self) { return self.as<Deque>()->size; }
Result<Ref> deque_len(const Value* args, size_t) { return make_int(self_deque(args)->size); }

Result<Ref> deque_getitem(const Value* args, size_t) {
    Deque* d = self_deque(args);
    int64_t i = TRY(checked_index(d, args[1]));
    return Ref::borrow(item_at(d, i));
}

Result<Ref> deque_setitem(const Value* args, size_t) {
    Deque* d = self_deque(args);
    int64_t i = TRY(checked_index(d, args[1]));
    incref(args[2]);
    Ref old = Ref::steal(std::exchange(item_at(d, i), args[2]));
    return none();
}

Result<Ref> deque_delitem(const Value* args, size_t) {
    Deque* d = self_deque(args);
    int64_t i = TRY(checked_index(d, args[1]));
    TRY(deque_del_item(d, i));
    return none();
}

Result<Ref> deque_iter(const Value* args, size_t) { return make_deque_iter(args[0], false); }
Result<Ref> deque_reversed(const Value* args, size_t) { return make_deque_iter(args[0], true); }

Result<Ref> deque_repr(const Value* args, size_t) {
    ReprGuard guard(args[0]);
    if (guard.active()) return text_to_str("[...]");
    Ref items = TRY(sequence_to_list(args[0]));
    std::string out(args[0].type()->name_view());
    out += "(" + TRY(repr_text(items));
    Deque* d = self_deque(args);
    if (d->maxlen >= 0) out += ", maxlen=" + std::to_string(d->maxlen);
    return text_to_str(out + ")");
}

Result<Ref> deque_maxlen(Value self) {
    int64_t maxlen = self.as<Deque>()->maxlen;
    return maxlen < 0 ? none() : make_int(maxlen);
}

Result<Ref> deque_sizeof(const Value* args, size_t) {
    Deque* d = self_deque(args);
    int64_t blocks = (d->leftindex + d->size + kBlockLen - 1) / kBlockLen;
    if (blocks < 1) blocks = 1;
    return make_int(static_cast<int64_t>(args[0].type()->basicsize) + blocks * static_cast<int64_t>(sizeof(Block)));
}

// ---------------------------------------------------------------- operators

Result<Ref> deque_add(const Value* args, size_t) {
    if (!is_deque(args[1])) {
        return reject_operand(args[1], Special::radd,
                              "can only concatenate deque (not \"" + std::string(type_name(args[1])) + "\") to deque");
    }
    Ref result = TRY(deque_copy_of(args[0]));
    TRY(deque_extend_with(result.as<Deque>(), args[1], deque_append));
    return result;
}

Result<Ref> deque_iadd(const Value* args, size_t) {
    TRY(deque_extend_with(self_deque(args), args[1], deque_append));
    return Ref::borrow(args[0]);
}

Result<Ref> deque_repeat(Value self, Value count_value, Special reflected) {
    int64_t count;
    if (!TRY(repeat_count(count_value, &count))) {
        return reject_operand(count_value, reflected,
                              "can't multiply sequence by non-int of type '" + std::string(type_name(count_value)) + "'");
    }
    Ref result = TRY(deque_copy_of(self));
    TRY(deque_inplace_repeat(result.as<Deque>(), count));
    return result;
}
Result<Ref> deque_mul(const Value* args, size_t) { return deque_repeat(args[0], args[1], Special::rmul); }
Result<Ref> deque_rmul(const Value* args, size_t) { return deque_repeat(args[0], args[1], Special::mul); }

Result<Ref> deque_imul(const Value* args, size_t) {
    int64_t count;
    if (!TRY(repeat_count(args[1], &count))) return Ref::borrow(NotImplemented());
    TRY(deque_inplace_repeat(self_deque(args), count));
    return Ref::borrow(args[0]);
}

// Lexicographic comparison through the deques' iterators, so a comparison
// that mutates either deque raises as iteration does.
Result<Ref> deque_compare(const Value* args, CompareOp op) {
    Value v = args[0], w = args[1];
    if (!is_deque(v) || !is_deque(w)) return Ref::borrow(NotImplemented());
    int64_t vs = v.as<Deque>()->size, ws = w.as<Deque>()->size;
    if (op == CompareOp::Eq || op == CompareOp::Ne) {
        if (v.is(w)) return Ref::borrow(bool_value(op == CompareOp::Eq));
        if (vs != ws) return Ref::borrow(bool_value(op == CompareOp::Ne));
    }
    Ref it1 = make_deque_iter(v, false), it2 = make_deque_iter(w, false);
    Ref x, y;
    for (;;) {
        x = TRY(deque_iter_next(it1));
        y = TRY(deque_iter_next(it2));
        if (!x || !y) break;
        if (!TRY(equal(x, y))) return compare(x, y, op);
    }
    // One deque (or both) ran out: compare the lengths seen.
    bool result = false;
    switch (op) {
    case CompareOp::Lt: result = bool(y); break;
    case CompareOp::Le: result = !x; break;
    case CompareOp::Eq: result = !x && !y; break;
    case CompareOp::Ne: result = bool(x) != bool(y); break;
    case CompareOp::Gt: result = bool(x); break;
    case CompareOp::Ge: result = !y; break;
    }
    return Ref::borrow(bool_value(result));
}

Result<Ref> deque_lt(const Value* args, size_t) { return deque_compare(args, CompareOp::Lt); }
Result<Ref> deque_le(const Value* args, size_t) { return deque_compare(args, CompareOp::Le); }
Result<Ref> deque_eq(const Value* args, size_t) { return deque_compare(args, CompareOp::Eq); }
Result<Ref> deque_ne(const Value* args, size_t) { return deque_compare(args, CompareOp::Ne); }
Result<Ref> deque_gt(const Value* args, size_t) { return deque_compare(args, CompareOp::Gt); }
Result<Ref> deque_ge(const Value* args, size_t) { return deque_compare(args, CompareOp::Ge); }

// ---------------------------------------------------------------- type tables

const MethodDef deque_methods[] = {
    {.name = "__new__", .kwfn = deque_py_new, .kind = MethodKind::Static},
    {.name = "__init__", .kwfn = deque_py_init},
    {.name = "__repr__", .fn = deque_repr, .min_args = 1, .max_args = 1},
    {.name = "__lt__", .fn = deque_lt, .min_args = 2, .max_args = 2},
    {.name = "__le__", .fn = deque_le, .min_args = 2, .max_args = 2},
    {.name = "__eq__", .fn = deque_eq, .min_args = 2, .max_args = 2},
    {.name = "__ne__", .fn = deque_ne, .min_args = 2, .max_args = 2},
    {.name = "__gt__", .fn = deque_gt, .min_args = 2, .max_args = 2},
    {.name = "__ge__", .fn = deque_ge, .min_args = 2, .max_args = 2},
    {.name = "__len__", .fn = deque_len, .min_args = 1, .max_args = 1},
    {.name = "__getitem__", .fn = deque_getitem, .min_args = 2, .max_args = 2},
    {.name = "__setitem__", .fn = deque_setitem, .min_args = 3, .max_args = 3},
    {.name = "__delitem__", .fn = deque_delitem, .min_args = 2, .max_args = 2},
    {.name = "__contains__", .fn = deque_contains, .min_args = 2, .max_args = 2},
    {.name = "__iter__", .fn = deque_iter, .min_args = 1, .max_args = 1},
    {.name = "__reversed__", .fn = deque_reversed, .min_args = 1, .max_args = 1},
    {.name = "__add__", .fn = deque_add, .min_args = 2, .max_args = 2},
    {.name = "__iadd__", .fn = deque_iadd, .min_args = 2, .max_args = 2},
    {.name = "__mul__", .fn = deque_mul, .min_args = 2, .max_args = 2},
    {.name = "__rmul__", .fn = deque_rmul, .min_args = 2, .max_args = 2},
    {.name = "__imul__", .fn = deque_imul, .min_args = 2, .max_args = 2},
    {.name = "__copy__", .fn = deque_copy_method, .min_args = 1, .max_args = 1},
    {.name = "__sizeof__", .fn = deque_sizeof, .min_args = 1, .max_args = 1},
    {.name = "append", .fn = deque_append_method, .min_args = 2, .max_args = 2},
    {.name = "appendleft", .fn = deque_appendleft_method, .min_args = 2, .max_args = 2},
    {.name = "extend", .fn = deque_extend_method, .min_args = 2, .max_args = 2},
    {.name = "extendleft", .fn = deque_extendleft_method, .min_args = 2, .max_args = 2},
    {.name = "pop", .fn = deque_pop, .min_args = 1, .max_args = 1},
    {.name = "popleft", .fn = deque_popleft, .min_args = 1, .max_args = 1},
    {.name = "clear", .fn = deque_clear_method, .min_args = 1, .max_args = 1},
    {.name = "copy", .fn = deque_copy_method, .min_args = 1, .max_args = 1},
    {.name = "count", .fn = deque_count, .min_args = 2, .max_args = 2},
    {.name = "index", .fn = deque_index, .min_args = 1, .max_args = -1},
    {.name = "insert", .fn = deque_insert, .min_args = 1, .max_args = -1},
    {.name = "remove", .fn = deque_remove, .min_args = 2, .max_args = 2},
    {.name = "reverse", .fn = deque_reverse, .min_args = 1, .max_args = 1},
    {.name = "rotate", .fn = deque_rotate_method, .min_args = 1, .max_args = -1},
    {.name = "__class_getitem__", .fn = class_getitem_method, .min_args = 2, .max_args = 2, .kind = MethodKind::Class},
    {nullptr},
};

const GetSetDef deque_getsets[] = {
    {"maxlen", deque_maxlen, nullptr},
    {nullptr},
};

const MethodDef deque_iterator_methods[] = {
    {.name = "__iter__", .fn = iter_self_method, .min_args = 1, .max_args = 1},
    {.name = "__next__", .fn = deque_iter_next_method<deque_iter_next>, .min_args = 1, .max_args = 1},
    {.name = "__length_hint__", .fn = deque_iter_length_hint, .min_args = 1, .max_args = 1},
    {nullptr},
};

const MethodDef deque_reverse_iterator_methods[] = {
    {.name = "__iter__", .fn = iter_self_method, .min_args = 1, .max_args = 1},
    {.name = "__next__", .fn = deque_iter_next_method<deque_reviter_next>, .min_args = 1, .max_args = 1},
    {.name = "__length_hint__", .fn = deque_iter_length_hint, .min_args = 1, .max_args = 1},
    {nullptr},
};

void init_deque_types() {
    static bool done = false;
    if (done) return;
    done = true;
    init_native_type(&deque_type, {.name = "deque",
                                   .module = "collections",
                                   .basicsize = sizeof(Deque),
                                   .flags = kTypeBaseType | kTypeGC,
                                   .dealloc = deque_dealloc,
                                   .traverse = deque_traverse,
                                   .clear = deque_gc_clear,
                                   .len = deque_size,
                                   .methods = deque_methods,
                                   .getsets = deque_getsets,
                                   .doc = "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence "
                                          "optimized for data accesses near its endpoints.",
                                   .weakref_slot = true});
    set_unhashable(&deque_type);
    init_native_type(&deque_iterator_type, {.name = "_deque_iterator",
                                            .module = "_collections",
                                            .basicsize = sizeof(DequeIter),
                                            .flags = kTypeGC | kTypeAbstractNew,
                                            .dealloc = generic_dealloc,
                                            .traverse = deque_iter_traverse,
                                            .clear = deque_iter_clear,
                                            .iternext = deque_iter_next,
                                            .methods = deque_iterator_methods});
    init_native_type(&deque_reverse_iterator_type, {.name = "_deque_reverse_iterator",
                                                    .module = "_collections",
                                                    .basicsize = sizeof(DequeIter),
                                                    .flags = kTypeGC | kTypeAbstractNew,
                                                    .dealloc = generic_dealloc,
                                                    .traverse = deque_iter_traverse,
                                                    .clear = deque_iter_clear,
                                                    .iternext = deque_reviter_next,
                                                    .methods = deque_reverse_iterator_methods});
}

} // namespace

Status fill_collections_module(Dict* d) {
    init_deque_types();
    TRY(dict_set_str(d, intern("__doc__"), make_str("High performance data structures.")));
    TRY(dict_set_str(d, intern("deque"), Value(&deque_type)));
    TRY(dict_set_str(d, intern("_deque_iterator"), Value(&deque_iterator_type)));
    TRY(dict_set_str(d, intern("_deque_reverse_iterator"), Value(&deque_reverse_iterator_type)));
    return ok_status();
}

} // namespace pyco
