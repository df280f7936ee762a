// Helpers shared by the container types; see container_util.h.
#include "runtime/container_util.h"

#include <cstdlib>
#include <vector>

#include "runtime/gc.h"

namespace pyco {

// ---------------------------------------------------------------- sizes

Result<int64_t> checked_concat_size(int64_t a, int64_t b) {
    if (a > kMaxSequenceSize - b) return raise_no_memory();
    return a + b;
}

Result<int64_t> checked_repeat_size(int64_t n, int64_t count) {
    if (n == 0 || count == 0) return int64_t(0);
    if (count > kMaxSequenceSize / n) return raise_no_memory();
    return n * count;
}

Result<Value*> alloc_value_array(int64_t count) { return realloc_value_array(nullptr, count); }

Result<Value*> realloc_value_array(Value* old, int64_t count) {
    // Like the object allocator, requests past 1 TiB fail without trying
    // (ASan aborts on them instead of returning null).
    constexpr int64_t kMaxValues = (int64_t(1) << 40) / static_cast<int64_t>(sizeof(Value));
    if (count < 0 || count > kMaxSequenceSize || count > kMaxValues) return raise_no_memory();
    size_t bytes = static_cast<size_t>(count == 0 ? 1 : count) * sizeof(Value);
    void* mem = std::realloc(old, bytes);
    if (!mem) return raise_no_memory();
    return static_cast<Value*>(mem);
}

// ---------------------------------------------------------------- indices

bool is_index_like(Value v) { return v.is_small_int() || is_int(v) || lookup_special(v.type(), Special::index); }

Result<int64_t> subscript_index(Value key, const char* seq_name) {
    if (key.is_small_int()) return key.as_small_int();
    if (!is_index_like(key)) {
        return raise_format(TypeError_type, "%s indices must be integers or slices, not %s", seq_name,
                            std::string(type_name(key)).c_str());
    }
    return index_value(key, &IndexError_type);
}

Result<int64_t> clamped_index(Value v, const char* message) {
    if (v.is_small_int()) return v.as_small_int();
    if (!is_index_like(v)) return raise(TypeError_type, message);
    Ref as_int = TRY(index_object(v));
    int64_t out;
    if (int_to_int64(as_int, &out)) return out;
    // Out of the int64 range: clamp by sign, as PyNumber_AsSsize_t(v, NULL).
    Mpz big(as_int);
    return mpz_sgn(big.v) < 0 ? INT64_MIN : INT64_MAX;
}

Status search_bounds(const Value* args, size_t nargs, size_t first, int64_t size, int64_t* start, int64_t* stop) {
    static const char* const kMessage = "slice indices must be integers or have an __index__ method";
    *start = 0;
    *stop = INT64_MAX;
    if (nargs > first) *start = TRY(clamped_index(args[first], kMessage));
    if (nargs > first + 1) *stop = TRY(clamped_index(args[first + 1], kMessage));
    for (int64_t* bound : {start, stop}) {
        if (*bound < 0) {
            *bound += size;
            if (*bound < 0) *bound = 0;
        } else if (*bound > size) {
            *bound = size;
        }
    }
    return ok_status();
}

Result<int64_t> ssize_arg(Value v) {
    if (v.is_small_int()) return v.as_small_int();
    Ref as_int = TRY(index_object(v));
    int64_t out;
    if (!int_to_int64(as_int, &out)) return raise(OverflowError_type, "Python int too large to convert to C ssize_t");
    return out;
}

Result<bool> repeat_count(Value n, int64_t* count) {
    if (n.is_small_int()) {
        *count = n.as_small_int();
    } else {
        if (!is_index_like(n)) return false;
        *count = TRY(index_value(n, &OverflowError_type));
    }
    if (*count < 0) *count = 0;
    return true;
}

// ---------------------------------------------------------------- sequences

Result<Ref> sequence_fast(Value v, const char* message) {
    if (isinstance_exact(v, &list_type) || isinstance_exact(v, &tuple_type)) return Ref::borrow(v);
    Result<Ref> it = iter(v);
    if (it.failed()) {
        if (error_matches(TypeError_type)) {
            error_clear();
            return raise(TypeError_type, message);
        }
        return kError;
    }
    return sequence_to_list(it.value());
}

Value* fast_items(Value seq, int64_t* size) {
    if (isinstance_exact(seq, &list_type)) {
        *size = seq.as<List>()->size;
        return seq.as<List>()->items;
    }
    *size = seq.as<Tuple>()->size;
    return seq.as<Tuple>()->items;
}

Result<Ref> sequence_richcompare(Value a, Value b, CompareOp op, const SequenceAccess& access) {
    int64_t size_a = access.size(a), size_b = access.size(b);
    if (size_a != size_b && (op == CompareOp::Eq || op == CompareOp::Ne)) return Ref::borrow(bool_value(op == CompareOp::Ne));
    // Find the first index where the items differ. Sizes are re-read every
    // step: __eq__ may shrink either sequence.
    int64_t i = 0;
    for (;; ++i) {
        Value x = access.at(a, i), y = access.at(b, i);
        if (!x || !y) break;
        if (x.is(y)) continue;
        Ref keep_x = Ref::borrow(x), keep_y = Ref::borrow(y);
        bool same = TRY(equal(x, y));
        if (!same) {
            if (op == CompareOp::Eq) return Ref::borrow(False());
            if (op == CompareOp::Ne) return Ref::borrow(True());
            return compare(x, y, op);
        }
    }
    size_a = access.size(a);
    size_b = access.size(b);
    bool r = false;
    switch (op) {
    case CompareOp::Lt: r = size_a < size_b; break;
    case CompareOp::Le: r = size_a <= size_b; break;
    case CompareOp::Eq: r = size_a == size_b; break;
    case CompareOp::Ne: r = size_a != size_b; break;
    case CompareOp::Gt: r = size_a > size_b; break;
    case CompareOp::Ge: r = size_a >= size_b; break;
    }
    return Ref::borrow(bool_value(r));
}

Result<int64_t> sequence_find(Value seq, Value x, int64_t start, int64_t stop, const SequenceAccess& access) {
    for (int64_t i = start; i < stop; ++i) {
        Value item = access.at(seq, i);
        if (!item) break;
        Ref keep = Ref::borrow(item);
        if (TRY(equal(item, x))) return i;
    }
    return int64_t(-1);
}

Result<int64_t> sequence_count(Value seq, Value x, const SequenceAccess& access) {
    int64_t count = 0;
    for (int64_t i = 0;; ++i) {
        Value item = access.at(seq, i);
        if (!item) break;
        Ref keep = Ref::borrow(item);
        if (TRY(equal(item, x))) ++count;
    }
    return count;
}

// ---------------------------------------------------------------- repr

namespace {
// Objects whose repr is in progress. Nesting is shallow in practice, so a
// vector searched linearly beats a hash set.
std::vector<Value>& repr_stack() {
    static std::vector<Value> stack;
    return stack;
}
} // namespace

ReprGuard::ReprGuard(Value obj) : obj_(obj), active_(false) {
    for (Value v : repr_stack()) {
        if (v.is(obj)) {
            active_ = true;
            return;
        }
    }
    repr_stack().push_back(obj);
}

ReprGuard::~ReprGuard() {
    if (active_) return;
    auto& stack = repr_stack();
    for (size_t i = stack.size(); i-- > 0;) {
        if (stack[i].is(obj_)) {
            stack.erase(stack.begin() + static_cast<std::ptrdiff_t>(i));
            return;
        }
    }
}

Status append_item_reprs(std::string& out, Value seq, const SequenceAccess& access) {
    for (int64_t i = 0;; ++i) {
        Value item = access.at(seq, i);
        if (!item) break;
        Ref keep = Ref::borrow(item);
        if (i > 0) out += ", ";
        out += TRY(repr_text(item));
    }
    return ok_status();
}

Ref text_to_str(const std::string& text) { return make_str(text).ref(); }

// ---------------------------------------------------------------- arguments

Status no_keywords(CallArgs args, const char* fname) {
    if (args.nkw() > 0) return raise_format(TypeError_type, "%s() takes no keyword arguments", fname);
    return ok_status();
}

Status check_positional(const char* fname, size_t got, size_t min, size_t max) {
    if (got < min) {
        return raise_format(TypeError_type, "%s expected %s%zu argument%s, got %zu", fname, min == max ? "" : "at least ",
                            min, min == 1 ? "" : "s", got);
    }
    if (got > max) {
        return raise_format(TypeError_type, "%s expected %s%zu argument%s, got %zu", fname, min == max ? "" : "at most ",
                            max, max == 1 ? "" : "s", got);
    }
    return ok_status();
}

Result<TypeObject*> new_target(CallArgs args, TypeObject* base) {
    if (args.nargs == 0) {
        return raise_format(TypeError_type, "%s.__new__(): not enough arguments", std::string(base->name_view()).c_str());
    }
    return new_target(args[0], base);
}

Result<TypeObject*> new_target(Value cls, TypeObject* base) {
    std::string base_name(base->name_view());
    if (!isinstance(cls, &type_type)) {
        return raise_format(TypeError_type, "%s.__new__(X): X is not a type object (%s)", base_name.c_str(),
                            std::string(type_name(cls)).c_str());
    }
    auto* type = cls.as<TypeObject>();
    if (!is_subtype(type, base)) {
        std::string name(type->name_view());
        return raise_format(TypeError_type, "%s.__new__(%s): %s is not a subtype of %s", base_name.c_str(), name.c_str(),
                            name.c_str(), base_name.c_str());
    }
    return type;
}

// ---------------------------------------------------------------- types

namespace {
constexpr int kTrashcanDepth = 50;
int trashcan_depth = 0;
std::vector<std::pair<Object*, DeallocFn>>& trashcan_queue() {
    static std::vector<std::pair<Object*, DeallocFn>> queue;
    return queue;
}
} // namespace

void trashcan_dealloc(Object* obj, DeallocFn destroy) {
    auto& queue = trashcan_queue();
    if (trashcan_depth >= kTrashcanDepth) {
        // Out of the collector's sight while it waits: its count is zero.
        if (obj->type->has_flag(kTypeGC)) gc_untrack(obj);
        queue.emplace_back(obj, destroy);
        return;
    }
    ++trashcan_depth;
    destroy(obj);
    --trashcan_depth;
    if (trashcan_depth > 0) return;
    while (!queue.empty()) {
        auto [pending, pending_destroy] = queue.back();
        queue.pop_back();
        ++trashcan_depth;
        pending_destroy(pending);
        --trashcan_depth;
    }
}

void set_unhashable(TypeObject* type) {
    Status st = dict_set_str(type->dict.as<Dict>(), special_name(Special::hash), None());
    (void)st.ok(); // str keys into a type dict cannot fail short of memory exhaustion (which aborts)
    invalidate_type_caches();
}

Result<Ref> iternext_method(const Value* args, size_t) {
    IterNextFn fn = args[0].type()->iternext;
    Ref item = TRY(fn(args[0]));
    if (!item) return raise_stop_iteration(Value());
    return item;
}

Result<Ref> iter_self_method(const Value* args, size_t) { return Ref::borrow(args[0]); }

Result<Ref> reject_operand(Value other, Special reflected, std::string message) {
    TypeObject* type = other.type();
    if (type->has_flag(kTypeHeap) && lookup_special(type, reflected)) return Ref::borrow(NotImplemented());
    return raise(TypeError_type, message);
}

// ---------------------------------------------------------------- iterators

void seq_iter_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* it = static_cast<SeqIter*>(self);
    if (it->seq) visit(it->seq, ctx);
}

void seq_iter_clear(Object* self) { static_cast<SeqIter*>(self)->seq.reset(); }

Result<hash_t> key_hash(Value key) {
    if (isinstance_exact(key, &str_type)) return str_hash(key.as<Str>());
    return hash(key);
}

} // namespace pyco
