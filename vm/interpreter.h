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
// chain. The thread state points at the innermost running generator's (or
// its own base entry); the ones below are found through the runs.
struct ExcInfo {
    Value exc; // owned; null or None when nothing is handled
};

struct YieldSink; // runtime/abstract.h
struct Generator;

// One resumption of a generator from outside a chain (FOR_ITER, send(),
// next(), …), until it yields or ends. `levels` generators run: the head
// and the chain below it down to the innermost (vm/generator.h, "Chains").
struct GeneratorRun {
    Generator* head;
    ExcInfo* exc_below; // the handled-exception entry of whoever resumed the head
    uint32_t levels;
};

// The runs in progress, innermost last. A plain array: one entry per
// resumption, pushed from registers.
struct RunStack {
    GeneratorRun* items = nullptr;
    uint32_t size = 0;
    uint32_t capacity = 0;
    GeneratorRun& top() { return items[size - 1]; }
    void grow(); // doubles the capacity (out of memory is fatal, as for objects)
};

struct ThreadState {
    Frame* frame = nullptr;       // innermost running frame
    FrameStack frames;            // arena for ordinary frames
    ExcInfo base_exc_info{Value()};
    ExcInfo* exc_info = &base_exc_info; // the innermost running generator's, or the base
    RunStack runs;
    // A run of `levels` generators from `head` down to `inner` starts / ends
    // (runs start and end LIFO). The caller counts the recursion levels.
    void begin_run(Generator* head, ExcInfo* inner_exc_info, uint32_t levels) {
        if (runs.size == runs.capacity) runs.grow();
        runs.items[runs.size++] = GeneratorRun{head, exc_info, levels};
        exc_info = inner_exc_info;
    }
    void end_run() { exc_info = runs.items[--runs.size].exc_below; }
    YieldSink* yield_sink = nullptr; // the consumer of yield_sink_frame's items
    Frame* yield_sink_frame = nullptr;
    int recursion_depth = 0;      // Python frames + native re-entries
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
