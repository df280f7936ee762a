// The C stack as a resource: how much of it is left.
//
// The recursion limit counts Python frames and native re-entries, but how
// many bytes each level takes depends on the build (a Debug + ASan frame of
// the interpreter loop is many times a Release one), so a count alone cannot
// promise the C stack lasts. Code that recurses in C++ (the interpreter loop
// re-entered from a native, repr/compare of nested containers) also asks
// here and raises RecursionError before the stack runs out.
#pragma once

#include <cstddef>
#include <cstdint>

namespace pyco {

// Bytes kept free below the point where c_stack_exhausted() turns true:
// enough for the deepest unchecked stretch between two checks plus raising
// and unwinding the RecursionError.
size_t c_stack_reserve();

// The lowest address the stack may reach before c_stack_exhausted() turns
// true; all ones until the first check finds the real bound.
extern uintptr_t c_stack_low_bound;
bool c_stack_below_bound(uintptr_t here);

// Whether the calling thread's stack has less than c_stack_reserve() left.
// Inline: every entry of the interpreter loop asks.
inline bool c_stack_exhausted() {
    auto here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
    return __builtin_expect(here < c_stack_low_bound, 0) && c_stack_below_bound(here);
}

} // namespace pyco
