// Frame setup/teardown and the LIFO frame arena.
#include "vm/frame.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "runtime/gc.h"
#include "vm/frame_object.h"

namespace pyco {

int32_t Frame::cell_count() const {
    return static_cast<int32_t>(code->cellvars.as<Tuple>()->size + code->freevars.as<Tuple>()->size);
}

size_t Frame::size_for(const Code* code) { return sizeof(Frame) + static_cast<size_t>(code->nslots()) * sizeof(Value); }

int Frame::line() const {
    uint32_t at = ip > 0 ? ip - 1 : 0;
    return code->line_for(at);
}

void frame_init(Frame* frame, Code* code, Function* func, Dict* globals, Dict* builtins, Value locals) {
    frame->back = nullptr;
    frame->code = code;
    incref(Value(code));
    frame->func = func;
    if (func) incref(Value(func));
    frame->globals = globals;
    incref(Value(globals));
    frame->builtins = builtins;
    incref(Value(builtins));
    frame->locals = locals;
    incref(locals);
    frame->ip = 0;
    frame->stack_depth = 0;
    frame->entry = false;
    frame->owns_locals_dict = false;
    frame->in_generator = false;
    frame->cleared = false;
    frame->has_frame_object = false;
    std::fill_n(frame->slots(), code->nslots(), Value());
}

void frame_clear(Frame* frame) {
    if (frame->cleared) return;
    frame->cleared = true;
    // A frame object outlives the frame (a traceback, f_back): it keeps the
    // frame's locals from here on.
    if (frame->has_frame_object) frame_take_ownership(frame);
    Value* slots = frame->slots();
    size_t live = static_cast<size_t>(frame->code->nlocals + frame->cell_count()) + frame->stack_depth;
    for (size_t i = 0; i < live; ++i) {
        Value v = slots[i];
        slots[i] = Value();
        decref(v);
    }
    frame->stack_depth = 0;
    Code* code = frame->in_generator ? nullptr : frame->code;
    if (code) frame->code = nullptr;
    Function* func = frame->func;
    frame->func = nullptr;
    Dict* globals = frame->globals;
    Dict* builtins = frame->builtins;
    Value locals = frame->locals;
    frame->locals = Value();
    decref(Value(globals));
    decref(Value(builtins));
    decref(locals);
    if (func) decref(Value(func));
    if (code) decref(Value(code));
}

void frame_traverse(Frame* frame, VisitFn visit, void* ctx) {
    if (frame->cleared) return;
    Value* slots = frame->slots();
    size_t live = static_cast<size_t>(frame->code->nlocals + frame->cell_count()) + frame->stack_depth;
    for (size_t i = 0; i < live; ++i)
        if (slots[i]) visit(slots[i], ctx);
    visit(Value(frame->code), ctx);
    if (frame->func) visit(Value(frame->func), ctx);
    visit(Value(frame->globals), ctx);
    if (frame->locals) visit(frame->locals, ctx);
}

// ---------------------------------------------------------------- arena

Frame* FrameStack::push(size_t bytes) {
    bytes = (bytes + 15) & ~size_t(15);
    if (!chunk_ || static_cast<size_t>(chunk_->end - chunk_->top) < bytes) {
        size_t size = std::max<size_t>(bytes + sizeof(Chunk), 256 * 1024);
        auto* c = static_cast<Chunk*>(std::malloc(size));
        if (!c) {
            std::fputs("pyco: fatal: out of memory for frames\n", stderr);
            std::abort();
        }
        c->prev = chunk_;
        c->top = reinterpret_cast<char*>(c + 1);
        c->end = reinterpret_cast<char*>(c) + size;
        chunk_ = c;
    }
    auto* f = reinterpret_cast<Frame*>(chunk_->top);
    chunk_->top += bytes;
    return f;
}

void FrameStack::pop(Frame* frame) {
    auto* p = reinterpret_cast<char*>(frame);
    // Frames are strictly LIFO: the popped frame is the top of its chunk.
    while (chunk_ && !(p >= reinterpret_cast<char*>(chunk_ + 1) && p < chunk_->end)) {
        Chunk* prev = chunk_->prev;
        std::free(chunk_);
        chunk_ = prev;
    }
    if (chunk_) chunk_->top = p;
}

} // namespace pyco
