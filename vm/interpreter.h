// The interpreter: one dispatch loop over heap frames, the thread state it
// runs in, and the entry points natives use to call back into Python.
#pragma once

#include <cstdint>
#include <vector>

#include "runtime/objects.h"
#include "vm/code.h"
#include "vm/frame.h"

namespace pyco {

// The exception currently being handled (`sys.exc_info()`): one per running
// generator so each generator keeps its own, as CPython's _PyErr_StackItem
// chain. The links live in ThreadState::exc_info_below, not in every
// suspended generator.
struct ExcInfo {
    Value exc; // owned; null or None when nothing is handled
};

struct YieldSink; // runtime/abstract.h

// The exc_info entries of the running generators below the innermost one,
// innermost last. A plain array rather than a std::vector: the walk down a
// yield from chain (run_frame) appends to it from registers.
struct ExcInfoStack {
    ExcInfo** items = nullptr;
    uint32_t size = 0;
    uint32_t capacity = 0;
    void push(ExcInfo* e) {
        if (size == capacity) grow();
        items[size++] = e;
    }
    void grow(); // doubles the capacity (out of memory is fatal, as for objects)
};

struct ThreadState {
    Frame* frame = nullptr;       // innermost running frame
    FrameStack frames;            // arena for ordinary frames
    ExcInfo base_exc_info{Value()};
    ExcInfo* exc_info = &base_exc_info; // the innermost running generator's, or the base
    ExcInfoStack exc_info_below; // the outer ones
    // A generator starts / stops running (frames resume and leave LIFO).
    void push_exc_info(ExcInfo* e) {
        exc_info_below.push(exc_info);
        exc_info = e;
    }
    void pop_exc_info() { exc_info = exc_info_below.items[--exc_info_below.size]; }
    YieldSink* yield_sink = nullptr; // the consumer of yield_sink_frame's items
    Frame* yield_sink_frame = nullptr;
    int recursion_depth = 0;      // Python frames + native re-entries
    // `n` running generators (a chain of them up to a yield) suspend: their
    // exc_info entries and recursion levels go at once.
    void leave_generators(size_t n) {
        exc_info_below.size -= static_cast<uint32_t>(n);
        exc_info = exc_info_below.items[exc_info_below.size];
        recursion_depth -= static_cast<int>(n);
    }
    int recursion_limit = 1000;
    volatile int interrupt_pending = 0; // set by the SIGINT handler
    // gen.throw() raised an exception straight into a frame suspended in a
    // SEND loop (the delegate has no throw()): CLEANUP_THROW must re-raise it
    // even if it is a StopIteration, as CPython 3.11 does.
    bool direct_throw_into_send_loop = false;
    Ref builtins;                 // Dict: the builtins namespace
    Ref modules;                  // Dict: sys.modules
    Ref sys_module;
};
// A plain global (constant-initialised, so usable from any static
// initialiser): the dispatch loop and the call paths read it constantly and a
// function-local static would cost a guard check per access.
extern constinit ThreadState g_thread_state;
inline ThreadState& thread_state() { return g_thread_state; }

// Call a Python function (argument binding with CPython's messages). A
// generator/coroutine function returns its new generator object.
Result<Ref> call_function(Function* func, CallArgs args);

// Run module-level code (a file, -c string, exec()) in the given namespaces.
Result<Ref> run_code(Code* code, Dict* globals, Value locals);

// Bounds recursion through C++ (repr of nested containers, comparisons,
// native calls back into Python): RecursionError past the limit.
class RecursionGuard {
public:
    RecursionGuard() = default;
    RecursionGuard(const RecursionGuard&) = delete;
    RecursionGuard& operator=(const RecursionGuard&) = delete;
    ~RecursionGuard();
    Status enter(const char* where = "");

private:
    bool entered_ = false;
};

// The exception currently handled by an `except` block (or null).
Value current_handled_exception();

} // namespace pyco
