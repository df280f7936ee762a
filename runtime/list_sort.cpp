// list.sort and sorted(): a stable natural merge sort.
//
// The algorithm is timsort without galloping: the input is split into
// natural runs (strictly descending runs are reversed in place), short runs
// are extended to `minrun` by binary insertion, and runs are merged under
// timsort's stack invariants, so sorted or reversed input costs O(n) and the
// worst case O(n log n). Only `<` is used, through compare_bool, and every
// comparison can fail: on error the array is always left a permutation of
// its items so no reference is lost or duplicated.
//
// As in CPython the list is emptied while it is sorted, so a key function or
// __lt__ that looks at it sees [], and one that mutates it is detected
// afterwards ("list modified during sort"); the sorted items win.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "runtime/arg_parse.h"
#include "runtime/container_util.h"

namespace pyco {

namespace {

using LessFn = Result<bool> (*)(Value a, Value b);

Result<bool> generic_less(Value a, Value b) { return compare_bool(a, b, CompareOp::Lt); }
Result<bool> small_int_less(Value a, Value b) { return a.as_small_int() < b.as_small_int(); }
Result<bool> float_less(Value a, Value b) { return float_value(a) < float_value(b); }
// UTF-8 byte order is code-point order, which is how str compares.
Result<bool> str_less(Value a, Value b) { return a.as<Str>()->view() < b.as<Str>()->view(); }

// Homogeneous keys of a few built-in types compare without dispatch
// (CPython's unsafe_*_compare pre-check).
template <typename Item>
LessFn choose_less(const std::vector<Item>& items) {
    if (items.empty()) return generic_less;
    bool all_small = true, all_float = true, all_str = true;
    for (const Item& item : items) {
        Value k = Item::key_of(item);
        all_small &= k.is_small_int();
        all_float &= isinstance_exact(k, &float_type);
        all_str &= isinstance_exact(k, &str_type);
    }
    if (all_small) return small_int_less;
    if (all_float) return float_less;
    if (all_str) return str_less;
    return generic_less;
}

// A sorted element without a key function: the value is its own key.
struct Plain {
    Value value;
    static Value key_of(const Plain& p) { return p.value; }
};
// With key=: the computed key travels with its value.
struct Keyed {
    Value key;
    Value value;
    static Value key_of(const Keyed& k) { return k.key; }
};

template <typename Item>
class MergeSort {
public:
    MergeSort(std::vector<Item>& items, LessFn less) : a_(items), less_(less) {}

    Status run() {
        int64_t n = static_cast<int64_t>(a_.size());
        if (n < 2) return ok_status();
        int64_t minrun = compute_minrun(n);
        for (int64_t lo = 0; lo < n;) {
            int64_t run = TRY(count_run(lo, n));
            if (run < minrun) {
                int64_t force = std::min(minrun, n - lo);
                TRY(binary_insertion(lo, lo + force, lo + run));
                run = force;
            }
            runs_.push_back({lo, run});
            TRY(merge_collapse());
            lo += run;
        }
        while (runs_.size() > 1) {
            size_t i = runs_.size() - 2;
            if (i > 0 && runs_[i - 1].len < runs_[i + 1].len) --i;
            TRY(merge_at(i));
        }
        return ok_status();
    }

private:
    struct Run {
        int64_t base, len;
    };

    Result<bool> less(const Item& x, const Item& y) { return less_(Item::key_of(x), Item::key_of(y)); }

    static int64_t compute_minrun(int64_t n) {
        int64_t r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    // Length of the natural run at lo; a strictly descending run is
    // reversed (strictly, so that reversing keeps the sort stable).
    Result<int64_t> count_run(int64_t lo, int64_t hi) {
        int64_t i = lo + 1;
        if (i == hi) return int64_t(1);
        if (TRY(less(a_[i], a_[lo]))) {
            for (++i; i < hi && TRY(less(a_[i], a_[i - 1])); ++i) {
            }
            std::reverse(a_.begin() + lo, a_.begin() + i);
        } else {
            for (++i; i < hi && !TRY(less(a_[i], a_[i - 1])); ++i) {
            }
        }
        return i - lo;
    }

    // Sort a_[lo, hi) knowing a_[lo, start) is sorted. Each pivot is placed
    // after equal items, which keeps equal items in order.
    Status binary_insertion(int64_t lo, int64_t hi, int64_t start) {
        for (int64_t i = start; i < hi; ++i) {
            Item pivot = a_[i];
            int64_t l = lo, r = i;
            while (l < r) {
                int64_t mid = l + (r - l) / 2;
                if (TRY(less(pivot, a_[mid]))) r = mid;
                else l = mid + 1;
            }
            std::memmove(static_cast<void*>(&a_[l + 1]), &a_[l], static_cast<size_t>(i - l) * sizeof(Item));
            a_[l] = pivot;
        }
        return ok_status();
    }

    // Timsort's invariants on the pending runs (lengths must shrink faster
    // than the Fibonacci numbers) keep merges balanced.
    Status merge_collapse() {
        while (runs_.size() > 1) {
            size_t n = runs_.size() - 2;
            if ((n > 0 && runs_[n - 1].len <= runs_[n].len + runs_[n + 1].len) ||
                (n > 1 && runs_[n - 2].len <= runs_[n - 1].len + runs_[n].len)) {
                if (runs_[n - 1].len < runs_[n + 1].len) --n;
                TRY(merge_at(n));
            } else if (runs_[n].len <= runs_[n + 1].len) {
                TRY(merge_at(n));
            } else {
                break;
            }
        }
        return ok_status();
    }

    // Merge runs i and i+1. The left run moves to a buffer; output is
    // written from the left, never overtaking the unread right items. On a
    // failed comparison the rest of the buffer fills the gap, which is
    // exactly its size, so the array stays a permutation.
    Status merge_at(size_t i) {
        Run left = runs_[i], right = runs_[i + 1];
        runs_[i].len = left.len + right.len;
        runs_.erase(runs_.begin() + static_cast<std::ptrdiff_t>(i) + 1);
        tmp_.assign(a_.begin() + left.base, a_.begin() + left.base + left.len);
        int64_t t = 0, tn = left.len;
        int64_t r = right.base, rend = right.base + right.len;
        int64_t out = left.base;
        Status status = ok_status();
        while (t < tn && r < rend) {
            Result<bool> right_first = less(a_[r], tmp_[t]);
            if (right_first.failed()) {
                status = kError;
                break;
            }
            a_[out++] = right_first.value() ? a_[r++] : tmp_[t++];
        }
        while (t < tn) a_[out++] = tmp_[t++];
        return status;
    }

    std::vector<Item>& a_;
    LessFn less_;
    std::vector<Run> runs_;
    std::vector<Item> tmp_;
};

template <typename Item>
Status sort_items(std::vector<Item>& items, bool reverse) {
    // Reversing before and after keeps equal items in their original order
    // for reverse=True, as CPython does.
    if (reverse) std::reverse(items.begin(), items.end());
    Status status = MergeSort<Item>(items, choose_less(items)).run();
    if (reverse) std::reverse(items.begin(), items.end());
    return status;
}

// Sort the detached items in place; computes keys first when `key` is given.
Status sort_detached(Value* items, int64_t n, Value key, bool reverse) {
    if (!key || key.is(None())) {
        std::vector<Plain> plain(static_cast<size_t>(n));
        for (int64_t i = 0; i < n; ++i) plain[i].value = items[i];
        Status status = sort_items(plain, reverse);
        for (int64_t i = 0; i < n; ++i) items[i] = plain[i].value;
        return status;
    }
    std::vector<Keyed> keyed;
    keyed.reserve(static_cast<size_t>(n));
    auto release_keys = [&keyed] {
        for (Keyed& k : keyed) decref(k.key);
    };
    for (int64_t i = 0; i < n; ++i) {
        Result<Ref> k = call(key, {items[i]});
        if (k.failed()) {
            release_keys();
            return kError;
        }
        keyed.push_back({k.take().release(), items[i]});
    }
    Status status = sort_items(keyed, reverse);
    for (int64_t i = 0; i < n; ++i) items[i] = keyed[i].value;
    release_keys();
    return status;
}

} // namespace

Status list_sort(List* list, Value key, bool reverse) {
    Value* saved_items = list->items;
    int64_t saved_size = list->size;
    int64_t saved_capacity = list->capacity;
    // Detach the items; capacity -1 marks "untouched since".
    list->items = nullptr;
    list->size = 0;
    list->capacity = -1;

    Status status = sort_detached(saved_items, saved_size, key, reverse);
    if (status.ok() && list->capacity != -1) status = raise(ValueError_type, "list modified during sort");

    Value* intruders = list->items;
    int64_t intruder_count = list->size;
    list->items = saved_items;
    list->size = saved_size;
    list->capacity = saved_capacity;
    for (int64_t i = intruder_count; i-- > 0;) decref(intruders[i]);
    std::free(intruders);
    return status;
}

Result<Ref> sorted_list(Value iterable, Value key, bool reverse) {
    Ref list = TRY(sequence_to_list(iterable));
    TRY(list_sort(list.as<List>(), key, reverse));
    return list;
}

Result<Ref> list_sort_method(CallArgs args) {
    Value options[2] = {Value(), Value()}; // key, reverse (keyword-only)
    TRY(parse_args(args, 1, {.fname = "sort", .names = {"key", "reverse"}, .maxpos = 0}, options));
    bool reverse = false;
    if (options[1]) reverse = TRY(index_value(options[1])) != 0;
    TRY(list_sort(args[0].as<List>(), options[0], reverse));
    return Ref::borrow(None());
}

} // namespace pyco
