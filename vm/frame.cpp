// Frame setup/teardown and the LIFO frame arena.
#include "vm/frame.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "runtime/gc.h"
#include "vm/frame_object.h"

namespace pyco {


int Frame::line() const {
    uint32_t at = ip > 0 ? ip - 1 : 0;
    return code->line_for(at);
}

void frame_init_env(Frame* frame, Code* code, Function* func, Dict* globals, Dict* builtins, Value locals) {
    frame_init(frame, code, func);
    frame->has_env = true;
    FrameEnv* env = frame->env();
    env->globals = globals;
    incref(Value(globals));
    env->builtins = builtins;
    incref(Value(builtins));
    env->locals = locals;
    incref(locals);
}

void frame_clear_slow(Frame* frame) {
    if (frame->cleared) return;
    frame->cleared = true;
    // A frame object outlives the frame (a traceback, f_back): it keeps the
    // frame's locals from here on.
    if (frame->has_frame_object) frame_take_ownership(frame);
    frame_release_slots(frame);
    if (frame->has_env) {
        FrameEnv env = *frame->env();
        *frame->env() = FrameEnv{nullptr, nullptr, Value()};
        frame->has_env = false;
        decref(Value(env.globals));
        decref(Value(env.builtins));
        decref(env.locals);
    }
    Function* func = frame->func;
    frame->func = nullptr;
    if (func) decref(Value(func));
    // A generator keeps its code (gi_code) until it is freed.
    if (!frame->in_generator) {
        Code* code = frame->code;
        frame->code = nullptr;
        decref(Value(code));
    }
}

void frame_traverse(Frame* frame, VisitFn visit, void* ctx) {
    if (frame->cleared) return;
    Value* slots = frame->slots();
    size_t live = frame->stack_top;
    for (size_t i = 0; i < live; ++i)
        if (slots[i]) visit(slots[i], ctx);
    visit(Value(frame->code), ctx);
    if (frame->func) visit(Value(frame->func), ctx);
    if (frame->has_env) {
        visit(Value(frame->env()->globals), ctx);
        if (frame->env()->locals) visit(frame->env()->locals, ctx);
    }
}

// ---------------------------------------------------------------- arena

Frame* FrameStack::push_new_chunk(size_t bytes) {
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
    auto* f = reinterpret_cast<Frame*>(chunk_->top);
    chunk_->top += bytes;
    return f;
}

void FrameStack::pop_to_older_chunk(char* p) {
    while (chunk_ && !(p >= reinterpret_cast<char*>(chunk_ + 1) && p < chunk_->end)) {
        Chunk* prev = chunk_->prev;
        std::free(chunk_);
        chunk_ = prev;
    }
    if (chunk_) chunk_->top = p;
}

} // namespace pyco
