// Frame objects (see vm/frame_object.h): lazy creation, the per-frame cache,
// take-ownership when the frame ends, and the Python-visible attributes.
#include "vm/frame_object.h"

#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/callable.h"
#include "runtime/container_util.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "vm/code.h"
#include "vm/generator.h"
#include "vm/interpreter.h"
#include "vm/modules.h"

namespace pyco {

TypeObject frame_type;

Result<Ref> locals_of_frame(Frame* f); // vm/builtins_vm.cpp

namespace {

struct FrameObject : Object {
    Frame* frame;   // the running frame, or owned() once it ended; null once cleared
    Ref back;       // f_back, fixed when the frame ended
    // Followed by room for a copy of the frame (header, slots, FrameEnv).
    Frame* owned() { return reinterpret_cast<Frame*>(this + 1); }
};
static_assert(sizeof(FrameObject) % alignof(Frame) == 0, "the owned frame follows the object");

// Live frame -> its frame object, for the frames with has_frame_object set.
// Few frames have one at a time and they come and go in stack order (an
// exception's traceback, a caller's f_back), so a vector searched from its
// newest end beats a hash table here.
class FrameObjectCache {
public:
    FrameObject* find(const Frame* f) const { return entries_[index_of(f)].object; }
    void add(const Frame* f, FrameObject* fo) { entries_.push_back({f, fo}); }
    void remove(const Frame* f) {
        entries_[index_of(f)] = entries_.back();
        entries_.pop_back();
    }

private:
    struct Entry {
        const Frame* frame;
        FrameObject* object;
    };
    std::vector<Entry> entries_;

    size_t index_of(const Frame* f) const {
        for (size_t i = entries_.size(); i-- > 0;)
            if (entries_[i].frame == f) return i;
        std::abort(); // has_frame_object promised an entry
    }
};

FrameObjectCache& cache() {
    static FrameObjectCache table;
    return table;
}


FrameObject* self_of(Value v) { return v.as<FrameObject>(); }

Result<Frame*> frame_of(Value self) {
    Frame* f = self_of(self)->frame;
    if (!f || f->cleared) return raise(RuntimeError_type, "frame has been cleared");
    return f;
}

// The line the frame is at: its first line before a generator first runs.
int frame_line(Frame* f) {
    Generator* gen = frame_generator(f);
    if (gen && gen->state == GenState::Created) return f->code->firstlineno;
    return f->line();
}

Result<Ref> get_lineno(Value self) { return make_int(frame_line(TRY(frame_of(self)))); }
Result<Ref> get_locals(Value self) { return locals_of_frame(TRY(frame_of(self))); }
Result<Ref> get_code(Value self) { return Ref::borrow(Value(TRY(frame_of(self))->code)); }
Result<Ref> get_globals(Value self) { return Ref::borrow(Value(TRY(frame_of(self))->globals())); }
Result<Ref> get_builtins(Value self) { return Ref::borrow(Value(TRY(frame_of(self))->builtins())); }
Result<Ref> get_lasti(Value self) {
    Frame* f = TRY(frame_of(self));
    return make_int(f->ip > 0 ? static_cast<int64_t>(f->ip - 1) * 2 : -1);
}
Result<Ref> get_back(Value self) {
    FrameObject* fo = self_of(self);
    if (fo->back) return fo->back;
    Frame* f = fo->frame;
    if (!f || f == fo->owned() || !f->back) return Ref::borrow(None());
    // A suspended generator's frame has no caller, even while it stays
    // linked to the level of a chain that waits on it.
    if (f->in_generator && !gen_is_running(frame_generator(f))) return Ref::borrow(None());
    return frame_object_for(f->back);
}
Result<Ref> get_trace(Value) { return Ref::borrow(None()); }

Result<Ref> frame_repr(const Value* args, size_t) {
    Frame* f = TRY(frame_of(args[0]));
    char buf[48];
    std::snprintf(buf, sizeof buf, "<frame at %#" PRIxPTR, args[0].bits());
    return make_str(std::string(buf) + ", file '" + std::string(f->code->filename.as<Str>()->view()) + "', line " +
                    std::to_string(frame_line(f)) + ", code " + std::string(f->code->name.as<Str>()->view()) + ">")
        .ref();
}

void frame_object_traverse(Object* self, VisitFn visit, void* ctx) {
    auto* fo = static_cast<FrameObject*>(self);
    // A running frame's references belong to the frame (external to the
    // collector); an ended frame's copy belongs to this object.
    if (fo->frame == fo->owned()) frame_traverse(fo->frame, visit, ctx);
    if (fo->back) visit(fo->back, ctx);
}

void frame_object_clear(Object* self) {
    auto* fo = static_cast<FrameObject*>(self);
    if (fo->frame == fo->owned()) {
        frame_clear(fo->frame);
    } else if (fo->frame) {
        cache().remove(fo->frame);
        fo->frame->has_frame_object = false;
    }
    fo->frame = nullptr;
    fo->back.reset();
}

const MethodDef frame_methods[] = {{"__repr__", frame_repr, nullptr, 1, 1}, {nullptr}};
const GetSetDef frame_getsets[] = {
    {"f_lineno", get_lineno}, {"f_locals", get_locals}, {"f_code", get_code},   {"f_globals", get_globals},
    {"f_builtins", get_builtins}, {"f_back", get_back}, {"f_lasti", get_lasti}, {"f_trace", get_trace},
    {nullptr},
};

// sys._getframe([depth]): the frame `depth` calls below the caller's.
Result<Ref> sys_getframe(const Value* args, size_t nargs) {
    int64_t depth = 0;
    if (nargs > 0) depth = TRY(index_value(args[0]));
    Frame* f = thread_state().frame;
    for (; f && depth > 0; --depth) f = f->back;
    if (!f) return raise(ValueError_type, "call stack is not deep enough");
    return frame_object_for(f);
}

} // namespace

const MethodDef frame_sys_functions[] = {
    {"_getframe", sys_getframe, nullptr, 0, 1, MethodKind::Static},
    {nullptr},
};

Ref frame_object_for(Frame* frame) {
    if (frame->has_frame_object) return Ref::borrow(Value(cache().find(frame)));
    size_t size = sizeof(FrameObject) + Frame::size_for(frame->code, frame->has_env);
    auto* fo = static_cast<FrameObject*>(alloc_object(&frame_type, size));
    fo->frame = frame;
    cache().add(frame, fo);
    frame->has_frame_object = true;
    return Ref::steal(Value(fo));
}

void frame_take_ownership(Frame* frame) {
    FrameObject* fo = cache().find(frame);
    cache().remove(frame);
    frame->has_frame_object = false;
    Frame* copy = fo->owned();
    std::memcpy(static_cast<void*>(copy), frame, sizeof(Frame));
    copy->back = nullptr;
    copy->entry = false;
    copy->in_generator = false;
    copy->cleared = false;
    copy->has_frame_object = false;
    incref(Value(copy->code));
    if (copy->func) incref(Value(copy->func));
    if (copy->has_env) {
        *copy->env() = *frame->env();
        for (Value v : {Value(copy->env()->globals), Value(copy->env()->builtins), copy->env()->locals}) incref(v);
    }
    // Locals, cells and what is left on the value stack (a suspended
    // generator's delegate, say) live on with the object, as in CPython.
    size_t n = frame->stack_top;
    for (size_t i = 0; i < n; ++i) {
        copy->slots()[i] = frame->slots()[i];
        incref(copy->slots()[i]);
    }
    fo->frame = copy;
    // f_back is fixed now: the caller's frame object (created if needed).
    if (frame->back) fo->back = frame_object_for(frame->back);
}

Ref traceback_at_running_frame() {
    Frame* frame = thread_state().frame;
    if (!frame) return Ref();
    auto* tb = alloc<Traceback>(&traceback_type);
    uint32_t instr = frame->ip > 0 ? frame->ip - 1 : 0;
    tb->code = Ref::borrow(Value(frame->code));
    tb->frame = frame_object_for(frame);
    tb->lasti = static_cast<int32_t>(instr);
    tb->lineno = frame->code->line_for(instr);
    return Ref::steal(Value(tb));
}

void init_frame_object_type() {
    // f_back chains are as long as the recursion that made them: freed
    // without recursing per frame (the trashcan, as lists).
    init_native_type(&frame_type, {.name = "frame", .basicsize = sizeof(FrameObject), .flags = kTypeGC,
                                   .dealloc = [](Object* self) { trashcan_dealloc(self, generic_dealloc); }, .traverse = frame_object_traverse,
                                   .clear = frame_object_clear, .methods = frame_methods, .getsets = frame_getsets});
}

} // namespace pyco
