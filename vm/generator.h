// Generators, coroutines and async generators: one object layout that owns
// its frame inline (the frame's slots follow the object in one allocation).
//
// States follow inspect.getgeneratorstate: Created (never run), Suspended
// (at a yield), Running, Closed. Resumption from bytecode (FOR_ITER, SEND)
// links the frame on top of the running chain inside the same dispatch
// loop; resumption from native code (next(), send(), list(gen)) re-enters
// the loop once via gen_resume().
#pragma once

#include "vm/frame.h"
#include "vm/interpreter.h"

namespace pyco {

enum class GenState : uint8_t { Created, Suspended, Running, Closed };

enum class GenKind : uint8_t { Generator, Coroutine, AsyncGenerator };

// Chains. A generator that delegates (`yield from` / `await`) to one of our
// generators sits at its SEND while the delegate runs. Such waiting levels
// are left as they are suspended: state Suspended at YIELD_VALUE 1, their
// frame `delegating`, the delegate's `back` linked to them. They stay so
// while the whole chain is suspended too, and the head remembers the
// innermost generator and the number of levels (set_chain()), so resuming
// the head resumes the innermost generator at once, and a yield of the
// innermost returns to the head's resumer at once: one value costs the same
// at any depth. A run (ThreadState::runs) is the head's resumption: it
// counts the levels for the recursion depth and finds the handled-exception
// of each level through the links.
//
// What CPython shows of a waiting level is derived: it is running when the
// generator it waits on is (gen_is_running(), gi_running, "already
// executing"); a suspended frame's f_back is None. When the delegate
// returns or raises, the level waiting on it runs again from its SEND. A
// direct resumption of a level (next(), send(), throw(), close(), or another
// generator's yield from) first unlinks it from the level above, which then
// waits as an ordinary suspended frame, and drops the head's shortcut
// (detach_from_chain()).

// One allocation: [GC header | Generator | Frame header | slots | (async
// generators: finalizer)]. Everything derivable is left out: gi_code is the
// frame's code (kept until the generator is freed), __name__/__qualname__
// are the code's unless they differ (then `has_names`, and they live in a
// side table, see names_table()), the frame finds its generator by offset.
struct Generator : Object {
    ExcInfo exc_info;     // the exception handled inside this generator
    GenState state;
    GenKind kind;
    uint8_t yield_kind;   // operand of the YIELD_VALUE it is suspended at (0 yield, 1 delegating, 2 async-gen yield)
    bool running_async : 1; // async generators: an asend()/athrow() awaitable is in progress
    bool hooks_inited : 1;  // async generators: firstiter hook called
    bool awaited : 1;       // coroutines: RuntimeWarning bookkeeping
    bool ag_closed : 1;     // async generators: aclose() began or it ended (CPython's ag_closed)
    bool has_names : 1;     // __name__/__qualname__ differ from the code's
    // The head of a suspended yield from chain (see "Chains" above): the
    // number of levels from it down to the innermost generator, whose
    // address waits in the free stack slot above the frame's stack top
    // (chain_inner()). 0 when there is no such shortcut.
    uint32_t chain_levels;
    Frame frame;            // must be last: the frame's slots follow it

    Value delegate(); // the receiver of an active yield from / await (borrowed), or null
    // The delegate of a generator whose frame is `delegating` (borrowed).
    Generator* linked_delegate() { return frame.stack_pointer()[-1].as<Generator>(); }
    // The innermost generator of the chain this one heads (chain_levels > 0).
    Generator* chain_inner() { return frame.slots()[frame.stack_top].as<Generator>(); }
    void set_chain(Generator* inner, uint32_t levels) {
        chain_levels = levels;
        frame.slots()[frame.stack_top] = Value(inner); // not a reference: only slots below stack_top are
    }
    Code* code() const { return frame.code; }
    Ref name() const;     // __name__
    Ref qualname() const; // __qualname__
    void set_names(Value name, Value qualname);
    Ref& finalizer();     // async generators: finalizer hook captured at first iteration
};

// The generator whose inline frame `frame` is, or null for other frames.
inline Generator* frame_generator(Frame* frame) {
    if (!frame->in_generator) return nullptr;
    return reinterpret_cast<Generator*>(reinterpret_cast<char*>(frame) - offsetof(Generator, frame));
}

extern TypeObject generator_type, coroutine_type, async_generator_type;

// Create the generator object for a call of a generator/coroutine/async
// generator function; the caller binds arguments into gen->frame.slots().
Generator* make_generator(Function* func, Code* code);
// The object with its frame initialised (make_generator, module coroutines).
Generator* new_generator(TypeObject* type, Code* code, Function* func, Dict* globals, Dict* builtins, Value locals);

// How a resumption ended.
enum class ResumeKind : uint8_t { Yielded, Returned, Raised };
struct ResumeResult {
    ResumeKind kind;
    Ref value; // yielded or returned value; null when Raised (exception set)
};

// Resume from native code with `sent` (None for next()) or by throwing
// `exc` (an exception instance) into it. Handles every state check.
ResumeResult gen_send(Generator* gen, Value sent);
// gen_next() / gen_next_into(), next() for natives on a generator, are
// declared in runtime/abstract.h, whose inline next() calls them.
// `given`: the arguments of the throw() call, passed as they are to a
// delegate's own throw() method as CPython does (empty: `exc` alone).
ResumeResult gen_throw(Generator* gen, Value exc, CallArgs given = {});
// gen.close(): Status ok, or the exception (RuntimeError if it kept yielding).
Status gen_close(Generator* gen);

// Whether `gen` runs: itself, or a generator it waits on down its chain.
bool gen_is_running(Generator* gen);
// `gen` (Suspended, not running) is about to be resumed on its own: unlink
// it from the chain level waiting on it, if any (see "Chains").
void detach_from_chain(Generator* gen);
// `head` (Suspended, its frame `delegating`, linked to no level above) is
// to run with at most `budget` levels (>= 1) counted for the recursion
// depth: the generator that runs, its chain's innermost one or, when the
// budget or a pending interrupt cuts the chain, the level above the cut (its
// delegate unlinked, so it resumes it through its SEND). `*levels` gets the
// levels counted. Null with ValueError set when the chain already runs.
Generator* enter_chain_slow(Generator* head, uint32_t budget, uint32_t* levels);
inline Generator* enter_chain(Generator* head, uint32_t budget, uint32_t* levels) {
    uint32_t n = head->chain_levels;
    if (__builtin_expect(n && n <= budget && !thread_state().interrupt_pending, 1)) {
        head->chain_levels = 0;
        *levels = n;
        return head->chain_inner();
    }
    return enter_chain_slow(head, budget, levels);
}
// A generator the dispatch loop may resume as a new run: never started, or
// suspended and waited on by no chain level (it may head a chain).
inline bool gen_resumable_in_loop(const Generator* gen) {
    return gen->state == GenState::Created || (gen->state == GenState::Suspended && !gen->frame.back);
}

// The generator ends without running any more of its frame: out of any
// chain, its frame released, Closed (the collector's clear, and see below).
void gen_discard(Generator* gen);
// A resumption of `gen` found no recursion level left: as in CPython, whose
// frame fails to start, the generator is closed without running any of its
// handlers (gen_discard()) and RecursionError is raised.
ErrorTag resume_too_deep(Generator* gen);

// "generator", "coroutine", "async generator": used in messages.
const char* gen_kind_name(const Generator* gen);

// The generator a CALL of `gen.send(value)` (the method loaded with its
// self: `callable` is generator.send or coroutine.send) may resume inside
// the dispatch loop, as SEND does: an exact generator or coroutine that can
// take `value` now. Null when the call must go through send() itself (it
// raises: running, closed, or a value sent to a fresh one).
Generator* inline_send_target(Value callable, Value self, Value value);

// What send()/throw()/__next__ return to Python: the yielded value, or
// StopIteration(return value), or the exception.
Result<Ref> resume_result_to_python(ResumeResult r);

// PEP 479: if the current exception is StopIteration (StopAsyncIteration
// for async generators) leaving `gen`, replace it by RuntimeError.
void convert_stop_iteration(Generator* gen);

// throw()'s (type[, value[, traceback]]) arguments as one exception instance.
Result<Ref> normalize_throw_args(const Value* args, size_t nargs);

// The object coroutine.__await__() returns (CPython's coroutine_wrapper).
Result<Ref> make_coroutine_wrapper(Value coroutine);
// gi_frame / cr_frame / ag_frame: the frame object of the generator's frame.
Result<Ref> make_frame_proxy(Value generator);
// "RuntimeWarning: coroutine '…' was never awaited" for a dropped coroutine.
void warn_never_awaited(Generator* coroutine);
// Async generators hand their finalization to the event loop's hook when one
// was installed (sys.set_asyncgen_hooks); returns true when it did.
bool async_gen_finalize(Generator* gen);

// Fast paths for the dispatch loop (vm/async_generator.cpp): the awaitables
// of async generators step without going through Python-visible methods;
// Returned carries the awaitable's result value.
bool is_async_gen_awaitable(Value v);
ResumeResult async_gen_awaitable_send(Value awaitable, Value sent);
Result<Ref> async_gen_anext(Value agen); // agen.__anext__()

// Shared with the async generator type (vm/async_generator.cpp).
struct GeneratorTypeHooks {
    DeallocFn dealloc;
    TraverseFn traverse;
    ClearFn clear;
    FinalizeFn finalize;
    NativeFn repr;
};
void init_generator_types();
void init_async_generator_type(const GeneratorTypeHooks& hooks);

} // namespace pyco
