// The storage of a dict, CPython's PyDictKeysObject layout: one malloc'd
// block holding the index table and, after it, the entries array that
// Dict::entries points at. The index has 1 << Dict::log2_size slots, each
// 1, 2, 4 or 8 bytes wide by table size (CPython's DK_IXSIZE): a table of 8
// slots costs 8 bytes instead of 64, and a lookup touches one block instead
// of two. Slots hold kEmpty, kDummy or an entry position. Only dict.cpp
// includes this.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "runtime/objects.h"

namespace pyco::dict_table {

constexpr int64_t kEmpty = -1;
constexpr int64_t kDummy = -2;
constexpr unsigned kMinLog2Size = 3;
constexpr unsigned kMaxLog2Size = 56; // keeps every byte count far from overflow

// Two thirds of the index slots may be in use (CPython's USABLE_FRACTION).
inline int64_t usable_fraction(int64_t index_size) { return (index_size << 1) / 3; }

// log2 of the byte width of one index slot: the narrowest signed integer
// that holds every entry position (at most two thirds of the slot count).
inline unsigned width_log2(unsigned log2_size) { return log2_size < 8 ? 0 : log2_size < 16 ? 1 : log2_size < 32 ? 2 : 3; }

inline int64_t index_size(const Dict* d) { return d->entries ? int64_t(1) << d->log2_size : 0; }
inline int64_t capacity(const Dict* d) { return usable_fraction(index_size(d)); }
inline size_t index_bytes(unsigned log2_size) { return size_t(1) << (log2_size + width_log2(log2_size)); }

// The block behind d's entries (its index table), null when d has no table.
inline char* block_of(Dict* d) {
    if (!d->entries) return nullptr;
    return reinterpret_cast<char*>(d->entries) - (size_t(1) << (d->log2_size + d->index_width_log2));
}

// d's index table (d must have one). Reading a slot tests the width, a
// well-predicted branch: cheaper than dispatching whole probe loops on it.
class Index {
public:
    explicit Index(Dict* d) // d->entries must be set
        : base_(reinterpret_cast<char*>(d->entries) - (size_t(1) << (d->log2_size + d->index_width_log2))),
          mask_((int64_t(1) << d->log2_size) - 1), width_log2_(d->index_width_log2) {}
    int64_t size() const { return mask_ + 1; }
    int64_t get(int64_t slot) const {
        if (__builtin_expect(width_log2_ == 0, 1)) return reinterpret_cast<const int8_t*>(base_)[slot];
        if (width_log2_ == 1) return reinterpret_cast<const int16_t*>(base_)[slot];
        if (width_log2_ == 2) return reinterpret_cast<const int32_t*>(base_)[slot];
        return reinterpret_cast<const int64_t*>(base_)[slot];
    }
    void set(int64_t slot, int64_t ix) {
        switch (width_log2_) {
        case 0: reinterpret_cast<int8_t*>(base_)[slot] = static_cast<int8_t>(ix); break;
        case 1: reinterpret_cast<int16_t*>(base_)[slot] = static_cast<int16_t>(ix); break;
        case 2: reinterpret_cast<int32_t*>(base_)[slot] = static_cast<int32_t>(ix); break;
        default: reinterpret_cast<int64_t*>(base_)[slot] = ix; break;
        }
    }

private:
    char* base_;
    int64_t mask_;
    unsigned width_log2_;
};

// A fresh block for 1 << log2_size slots, every slot empty (all-ones bytes
// read as -1 at any width); its entries start index_bytes(log2_size) in.
// Null when memory runs out.
inline char* allocate_block(unsigned log2_size) {
    size_t ibytes = index_bytes(log2_size);
    size_t bytes = ibytes + static_cast<size_t>(usable_fraction(int64_t(1) << log2_size)) * sizeof(DictEntry);
    auto* block = static_cast<char*>(std::malloc(bytes));
    if (block) std::memset(block, 0xff, ibytes);
    return block;
}

} // namespace pyco::dict_table
