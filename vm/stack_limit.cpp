// How much C stack is left (vm/stack_limit.h).
#include "vm/stack_limit.h"

#include <pthread.h>

#include <algorithm>
#include <cstdint>

namespace pyco {
namespace {

struct StackBounds {
    uintptr_t low = 0; // lowest usable address (the stack grows down)
    size_t reserve = 0;
};

StackBounds find_bounds() {
    StackBounds bounds;
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return bounds;
    void* addr = nullptr;
    size_t size = 0;
    int failed = pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
    if (failed) return bounds;
    // For the main thread glibc reports RLIMIT_STACK (or the gap below the
    // next mapping when unlimited). An eighth of it, at least 256 KiB and at
    // most 4 MiB, stays free: a Debug + ASan build needs ~100 KiB between
    // two checks of the interpreter loop.
    bounds.reserve = std::clamp<size_t>(size / 8, 256 << 10, 4 << 20);
    bounds.low = reinterpret_cast<uintptr_t>(addr) + bounds.reserve;
    return bounds;
}

const StackBounds& bounds() {
    static const StackBounds b = find_bounds();
    return b;
}

} // namespace

size_t c_stack_reserve() { return bounds().reserve; }

uintptr_t c_stack_low_bound = UINTPTR_MAX;

bool c_stack_below_bound(uintptr_t here) {
    if (c_stack_low_bound == UINTPTR_MAX) c_stack_low_bound = bounds().low;
    return here < c_stack_low_bound;
}

} // namespace pyco
