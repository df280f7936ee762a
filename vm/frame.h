// Frames: the activation record of one code object.
//
// Layout: a fixed header followed by `Code::nslots()` Values laid out as
// [locals | cells | frees | value stack]. Ordinary calls take frames from a
// LIFO arena (FrameStack) — pushing a frame is a bump of a pointer, no
// allocation per call. A generator, coroutine or async generator owns its
// frame inline, in the same allocation as the generator object, so
// suspending costs nothing and resuming links the frame back on top of the
// running chain (`back`) and continues in the same dispatch loop.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/objects.h"
#include "vm/code.h"

namespace pyco {

struct Generator;

// Globals, builtins and locals of a frame that has no function or has a
// locals mapping (module, class body, exec/eval): stored after the slots.
// Function frames (all generators but module-level coroutines) read them
// from their function, which keeps generators small.
struct FrameEnv {
    Dict* globals;  // owned
    Dict* builtins; // owned
    Value locals;   // owned; may be null
};

struct Frame {
    Frame* back;          // caller / resumer while running; null when suspended
    Code* code;           // owned (a generator's frame keeps it after clearing: gi_code)
    Function* func;       // owned; null for module and exec code
    uint32_t ip;          // index of the next instruction
    // Slots in use while suspended or calling out: the locals and cells,
    // then the value stack up to its top. Counted from the slots, not from
    // the stack base, so a suspended frame's top of stack is one load away
    // (a yield from chain is walked through it). The compiler keeps the
    // stack shallow (long displays and calls are built incrementally), so
    // 24 bits leave room for the flags in the same word.
    uint32_t stack_top : 24;
    uint32_t entry : 1;   // returning from this frame leaves the current run_frame() call
    uint32_t has_env : 1; // a FrameEnv follows the slots
    uint32_t in_generator : 1; // lives inline in a Generator (see frame_generator())
    uint32_t cleared : 1;      // frame_clear() ran: nothing but `code` (generators) is left
    uint32_t has_frame_object : 1; // a Python frame object shows this frame (vm/frame_object.h)
    uint32_t init_call : 1;   // __init__ entered by CALL for a class: returns None, the caller keeps the instance
    // A generator's frame waiting at its yield from / await on one of our
    // generators that is linked to it (the delegate's `back` is this frame):
    // see "Chains" in vm/generator.h.
    uint32_t delegating : 1;

    Value* slots() { return reinterpret_cast<Value*>(this + 1); }
    Value* stack_base() { return slots() + code->nlocals + cell_count(); }
    Value* stack_pointer() { return slots() + stack_top; }
    // What follows the slots: the FrameEnv, or an async generator's finalizer.
    void* tail() { return slots() + code->nslots(); }
    FrameEnv* env() { return static_cast<FrameEnv*>(tail()); }
    Dict* globals();
    Dict* builtins();
    Value locals() { return has_env ? env()->locals : Value(); } // dict/mapping of module/class/exec frames
    int32_t cell_count() const { return code->ncells; }
    int line() const; // current line (for tracebacks, f_lineno)
    // Bytes for a frame of `code`, with room for a FrameEnv when `env`.
    static size_t size_for(const Code* code, bool env = false) {
        return sizeof(Frame) + static_cast<size_t>(code->nslots()) * sizeof(Value) + (env ? sizeof(FrameEnv) : 0);
    }
};
static_assert(sizeof(Frame) % sizeof(Value) == 0, "slots must be aligned");

// The LIFO arena for ordinary frames: chunks of memory reused as calls
// return. Push and pop are a pointer bump inline (every Python call pays
// them); only crossing into another chunk leaves the header.
class FrameStack {
public:
    Frame* push(size_t bytes) {
        bytes = (bytes + 15) & ~size_t(15);
        if (__builtin_expect(!chunk_ || static_cast<size_t>(chunk_->end - chunk_->top) < bytes, 0)) return push_new_chunk(bytes);
        auto* f = reinterpret_cast<Frame*>(chunk_->top);
        chunk_->top += bytes;
        return f;
    }
    // Frames are strictly LIFO: the popped frame is the top of its chunk
    // (or of an older chunk, when the newer ones are left empty).
    void pop(Frame* frame) {
        auto* p = reinterpret_cast<char*>(frame);
        if (__builtin_expect(p >= reinterpret_cast<char*>(chunk_ + 1) && p < chunk_->end, 1)) chunk_->top = p;
        else pop_to_older_chunk(p);
    }

private:
    struct Chunk {
        Chunk* prev;
        char* top;
        char* end;
    };
    Frame* push_new_chunk(size_t bytes);
    void pop_to_older_chunk(char* p);
    Chunk* chunk_ = nullptr;
};

// Initialise a function frame's header. frame_start takes over the caller's
// reference to `func` and leaves the slots to the caller: locals and cells
// must be set or cleared (the value stack needs no clearing: only the slots
// below `stack_top` are ever read). frame_init takes a new
// reference and clears the locals and cells.
inline void frame_start(Frame* frame, Code* code, Function* func) {
    frame->back = nullptr;
    frame->code = code;
    incref(Value(code));
    frame->func = func;
    frame->ip = 0;
    frame->stack_top = static_cast<uint32_t>(code->nlocals + code->ncells);
    frame->entry = false;
    frame->has_env = false;
    frame->in_generator = false;
    frame->cleared = false;
    frame->has_frame_object = false;
    frame->init_call = false;
    frame->delegating = false;
}
inline void frame_init(Frame* frame, Code* code, Function* func) {
    if (func) incref(Value(func));
    frame_start(frame, code, func);
    Value* slots = frame->slots();
    for (int32_t i = 0, n = code->nlocals + code->ncells; i < n; ++i) slots[i] = Value();
}
// The same for a frame with a FrameEnv (allocated with size_for(code, true)):
// func may be null (module, exec), locals null or a mapping.
void frame_init_env(Frame* frame, Code* code, Function* func, Dict* globals, Dict* builtins, Value locals);
// Release everything the frame owns (slots below `stack_top`, header refs),
// except a generator frame's code, which its generator releases last.
void frame_clear_slow(Frame* frame);
// Drop the live slots (locals, cells, the value stack: those below `stack_top`).
inline void frame_release_slots(Frame* frame) {
    Value* slots = frame->slots();
    for (uint32_t i = 0, n = frame->stack_top; i < n; ++i) {
        Value v = slots[i];
        slots[i] = Value();
        decref(v);
    }
    frame->stack_top = 0;
}
inline void frame_clear(Frame* frame) {
    // The common case, an ordinary call returning: inline, no branches on
    // frame objects, environments or generators.
    if (__builtin_expect(frame->cleared | frame->has_frame_object | frame->has_env | frame->in_generator, 0))
        return frame_clear_slow(frame);
    frame->cleared = true;
    frame_release_slots(frame);
    Code* code = frame->code;
    Function* func = frame->func;
    frame->func = nullptr;
    frame->code = nullptr;
    if (func) decref(Value(func));
    decref(Value(code));
}
// For the cycle collector: visit every reference the frame owns.
void frame_traverse(Frame* frame, VisitFn visit, void* ctx);

} // namespace pyco

namespace pyco {
inline Dict* Frame::globals() { return has_env ? env()->globals : func->globals.as<Dict>(); }
inline Dict* Frame::builtins() { return has_env ? env()->builtins : func->builtins.as<Dict>(); }
} // namespace pyco
