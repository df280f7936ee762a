// The dispatch loop.
//
// One loop runs every Python frame: a call from Python to Python pushes an
// arena frame and continues here (no C++ recursion); resuming one of our
// generators from FOR_ITER or SEND links its inline frame on top and
// continues here; YIELD_VALUE and RETURN_VALUE unlink it again and finish
// the resuming instruction in the caller (push the item / jump to the loop
// exit). A frame marked `entry` was entered from native code: leaving it
// returns from run_frame(). Exceptions are found through each code object's
// exception table; the normal path runs no block-setup instructions.
#include "vm/interpreter.h"
#include "vm/stack_limit.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "runtime/abstract.h"
#include "runtime/callable.h"
#include "runtime/container_util.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/numbers.h"
#include "vm/call.h"
#include "vm/frame_object.h"
#include "vm/generator.h"
#include "vm/opcodes.h"
#include "vm/ops.h"

namespace pyco {

constinit ThreadState g_thread_state;

// ---------------------------------------------------------------- recursion

RecursionGuard::~RecursionGuard() {
    if (entered_) --thread_state().recursion_depth;
}

Status RecursionGuard::enter(const char* where) {
    ThreadState& ts = thread_state();
    if (ts.recursion_depth + 1 > ts.recursion_limit || c_stack_exhausted()) {
        return raise_format(RecursionError_type, "maximum recursion depth exceeded%s", where);
    }
    ++ts.recursion_depth;
    entered_ = true;
    return ok_status();
}

void RunStack::grow() {
    uint32_t grown = capacity ? capacity * 2 : 64;
    void* block = std::realloc(static_cast<void*>(items), grown * sizeof(GeneratorRun));
    if (!block) {
        std::fputs("pyco: fatal: out of memory\n", stderr);
        std::abort();
    }
    items = static_cast<GeneratorRun*>(block);
    capacity = grown;
}

static bool handles_exception(const ExcInfo* e) { return e->exc && !e->exc.is(None()); }

Value current_handled_exception() {
    ThreadState& ts = thread_state();
    ExcInfo* e = ts.exc_info;
    // Each run's innermost generator owns the entry above its run's
    // exc_below; the levels waiting above it are reached through `back`.
    for (uint32_t k = ts.runs.size;;) {
        if (handles_exception(e)) return e->exc;
        if (k == 0) return Value();
        const GeneratorRun& run = ts.runs.items[--k];
        auto* gen = reinterpret_cast<Generator*>(reinterpret_cast<char*>(e) - offsetof(Generator, exc_info));
        for (uint32_t level = 1; level < run.levels; ++level) {
            gen = frame_generator(gen->frame.back);
            if (handles_exception(&gen->exc_info)) return gen->exc_info.exc;
        }
        e = run.exc_below;
    }
}

// PEP 479: StopIteration escaping a generator becomes RuntimeError.
void convert_stop_iteration(Generator* gen) {
    bool async_gen = gen->kind == GenKind::AsyncGenerator;
    bool is_stop = error_matches(StopIteration_type);
    bool is_async_stop = async_gen && error_matches(StopAsyncIteration_type);
    if (!is_stop && !is_async_stop) return;
    Ref cause = error_fetch();
    const char* msg = is_async_stop ? "async generator raised StopAsyncIteration"
                      : gen->kind == GenKind::Coroutine ? "coroutine raised StopIteration"
                      : async_gen ? "async generator raised StopIteration"
                                  : "generator raised StopIteration";
    Result<Ref> err = make_exception(RuntimeError_type, msg);
    if (err.failed()) return;
    Ref e = err.take();
    auto* be = e.as<BaseException>();
    be->cause = cause;
    be->context = cause;
    be->suppress_context = true;
    error_restore(std::move(e));
}

// BINARY_OP beyond small ints: exact ints and floats go straight to the
// numeric code, str + str to concatenation, the rest through the protocol.
Result<Ref> binary_op_fast(Value a, Value b, BinaryOpKind kind) {
    Special op = binary_op_special(kind);
    TypeObject* ta = a.type();
    TypeObject* tb = b.type();
    bool a_num = ta == &int_type || ta == &float_type;
    bool b_num = tb == &int_type || tb == &float_type;
    if (a_num && b_num) {
        Result<Ref> r = (ta == &float_type || tb == &float_type) ? float_binary_op(a, b, op) : int_binary_op(a, b, op);
        if (r.failed() || !r.value().get().is(NotImplemented())) return r;
    } else if (ta == &str_type && tb == &str_type && (op == Special::add || op == Special::iadd)) {
        return str_concat(a.as<Str>(), b.as<Str>()).ref();
    }
    return binary_op(a, b, op);
}

// ---------------------------------------------------------------- helpers

namespace {

// The handler covering `instr`: the innermost (smallest) range containing it.
const ExceptionEntry* find_handler(const Code* code, uint32_t instr) {
    const ExceptionEntry* best = nullptr;
    for (const ExceptionEntry& e : code->exception_table) {
        if (instr >= e.start && instr < e.end && (!best || e.end - e.start < best->end - best->start)) best = &e;
    }
    return best;
}

// Record that the current exception passed through `frame` at `instr`.
void add_traceback(Frame* frame, uint32_t instr) {
    Value exc = error_peek();
    if (!exc || !exc.is_object()) return;
    auto* be = exc.as<BaseException>();
    auto* tb = alloc<Traceback>(&traceback_type);
    tb->next = std::move(be->traceback);
    tb->code = Ref::borrow(Value(frame->code));
    tb->lasti = static_cast<int32_t>(instr);
    tb->lineno = frame->code->line_for(instr);
    tb->frame = frame_object_for(frame);
    frame->ip = instr + 1; // the frame object's f_lineno, should the frame end here
    be->traceback = Ref::steal(Value(tb));
}

// BEFORE_WITH / BEFORE_ASYNC_WITH: the context manager on top of the stack
// (ending at `sp`) is replaced by its exit method and what __enter__ /
// __aenter__ returned is stored at `sp` (the caller bumps the pointer).
Status enter_with(Value* sp, bool is_async) {
    Value ctx = sp[-1];
    Ref exit, enter_result;
    TRY(before_with(ctx, &exit, &enter_result, is_async));
    sp[-1] = exit.release();
    decref(ctx);
    sp[0] = enter_result.release();
    return ok_status();
}

// EXIT_WITH / ASYNC_EXIT_WITH: the exit method on top is called with three
// Nones and replaced by its result.
Status exit_with(Value* sp) {
    Value exit = sp[-1];
    Result<Ref> r = call(exit, {None(), None(), None()});
    if (r.failed()) return kError;
    sp[-1] = r.take().release();
    decref(exit);
    return ok_status();
}

// A value through LOAD_GLOBAL's cache (vm/code.h), or null: look it up.
inline Value cached_entry(Dict* d, int32_t ix, Value name) {
    if (ix < 0 || ix >= d->entries_len) return Value();
    const DictEntry& e = d->entries[ix];
    return e.key.is(name) ? e.value : Value();
}
inline Value cached_global(Frame* frame, uint32_t name_index, Value name) {
    const GlobalCache& c = frame->code->global_cache[name_index];
    if (!c.in_builtins) return cached_entry(frame->globals(), c.index, name);
    if (frame->globals()->keys_version != c.globals_version) return Value();
    return cached_entry(frame->builtins(), c.index, name);
}

// Module code, and exec() given one namespace: the locals mapping is the
// globals dict itself, so LOAD_NAME / STORE_NAME act as LOAD_GLOBAL /
// STORE_GLOBAL and share LOAD_GLOBAL's cache. (A dict subclass as namespace
// keeps the generic path, which honours its __getitem__.)
inline bool locals_are_globals(Frame* frame) {
    if (!frame->has_env) return false;
    const FrameEnv* env = frame->env();
    return env->locals.is(Value(env->globals)) && env->globals->type == &dict_type;
}

// LOAD_ATTR / STORE_ATTR without a lookup (AttrCache, vm/code.h). The cache
// must be valid for obj's type; then a path other than Lookup means obj is
// an object (no small int) with the dict or slot at that offset.
inline Value* field_at(Value obj, uint32_t offset) {
    // A Ref is one Value, so its address is the Value's (standard layout).
    return reinterpret_cast<Value*>(reinterpret_cast<char*>(obj.as_object()) + offset);
}
inline bool attr_cache_valid(const AttrCache& c, Value obj) { return c.type == obj.type() && c.epoch == type_epoch; }
// The cell holding obj.name's value: a slot (possibly null: unset), or the
// instance dict's entry at the hint when it holds this very key object (a
// deleted entry's key is null); null when the path is Lookup or the hint
// misses. Replacing a dict value needs no version bump (dict_swap_value).
inline Value* cached_attr_cell(AttrPath path, uint32_t offset, uint32_t hint, Value obj, Value name) {
    if (path != AttrPath::InstanceDict) return path == AttrPath::Slot ? field_at(obj, offset) : nullptr;
    Value dict = *field_at(obj, offset);
    if (!dict) return nullptr;
    Dict* d = dict.as<Dict>();
    if (hint >= d->entries_len) return nullptr;
    DictEntry* e = &d->entries[hint];
    return e->key.is(name) ? &e->value : nullptr;
}

// FOR_ITER over range, list and tuple iterators without a call (their
// iternext slots, inlined): false when `it` is none of them (or the range
// value needs a big int); else *item is the owned next item, or null at
// the end.
inline bool next_builtin(Value it, TypeObject* t, Value* item) {
    if (t == &range_iterator_type) {
        auto* r = it.as<RangeIter>();
        if (r->index >= r->len) {
            *item = Value();
            return true;
        }
        // Unsigned arithmetic as range_iter_next: in range even when the
        // product of the index and a negative step is not.
        auto v = static_cast<int64_t>(static_cast<uint64_t>(r->start) +
                                      static_cast<uint64_t>(r->index) * static_cast<uint64_t>(r->step));
        if (!Value::fits_small_int(v)) return false;
        r->index++;
        *item = Value::small_int(v);
        return true;
    }
    if (t != &list_iterator_type && t != &tuple_iterator_type) return false;
    auto* s = it.as<SeqIter>();
    *item = Value();
    if (!s->seq) return true;
    bool is_list = t == &list_iterator_type;
    int64_t size = is_list ? s->seq.as<List>()->size : s->seq.as<Tuple>()->size;
    if (s->index < size) {
        Value v = is_list ? s->seq.as<List>()->items[s->index] : s->seq.as<Tuple>()->items[s->index];
        s->index++;
        incref(v);
        *item = v;
        return true;
    }
    s->seq.reset(); // released at the end, as CPython does
    return true;
}

// A call's arguments into its new frame when they bind as they are
// (Code::fast_argc): their references move, the other locals start unbound.
inline void move_args_into_frame(Frame* frame, const Code* co, const Value* args, uint32_t n) {
    Value* slots = frame->slots();
    for (uint32_t i = 0; i < n; ++i) slots[i] = args[i];
    for (int32_t i = co->fast_argc; i < co->nlocals; ++i) slots[i] = Value(); // no cells here
}

// A new frame of `f` with the call's arguments bound (copied: the caller
// still releases its own); false if binding fails, the frame then gone and
// the exception set.
bool bind_into_new_frame(Frame* frame, Function* f, Code* co, CallArgs args) {
    frame_init(frame, co, f);
    if (bind_arguments(frame, f, args).failed()) {
        frame_clear(frame);
        thread_state().frames.pop(frame);
        return false;
    }
    setup_cells(frame, f);
    return true;
}

// The resuming instruction of a caller that linked a generator frame.
inline CodeUnit resumer_of(Frame* caller) { return caller->code->code[caller->ip - 1]; }

// A generator's frame ends (return or exception). It is the innermost level
// of the current run; when levels wait above it, the one waiting on it runs
// again from its SEND (vm/generator.h, "Chains").
inline void finish_generator(ThreadState& ts, Generator* gen, Frame* caller) {
    gen->state = GenState::Closed;
    gen->frame.back = nullptr;
    GeneratorRun& run = ts.runs.top();
    if (run.levels == 1) {
        ts.end_run();
        return;
    }
    --run.levels;
    Generator* waiting = frame_generator(caller);
    waiting->frame.delegating = false;
    waiting->state = GenState::Running;
    caller->ip -= 1; // from its YIELD_VALUE 1 back to just past its SEND
    ts.exc_info = &waiting->exc_info;
}

} // namespace

// ---------------------------------------------------------------- the loop

#define PYCO_LABEL(name, operand, effect, jump_effect) &&op_##name,

Result<Ref> run_frame(Frame* entry_frame, bool throwing, Frame* start) {
    ThreadState& ts = thread_state();
    static void* const dispatch_table[kOpcodeCount] = {
#define OP PYCO_LABEL
#include "vm/opcodes.def"
#undef OP
    };

    Frame* frame = entry_frame;
    frame->entry = true;
    const CodeUnit* code;
    Value* stack_base;
    Value* sp;
    const CodeUnit* pc; // the next instruction
    uint32_t arg;
    CodeUnit unit;
    Generator* resume_gen = nullptr; // operands of the shared resume_generator / extend_run blocks
    Value resume_sent;
    bool extending_run = false;
    Tuple* call_kwnames = nullptr;   // operands of the shared do_call block
    Frame* new_frame = nullptr;      // operand of the shared enter_new_frame block
    uint32_t call_nargs = 0;
    int64_t restored_lasti = -1;     // set by RERAISE for the next handler's lasti
    Special unary_special = Special::neg; // operand of the shared do_unary block

#define LOAD_FRAME()                                                           \
    do {                                                                       \
        code = frame->code->code.data();                                       \
        stack_base = frame->stack_base();                                      \
        sp = frame->stack_pointer();                                           \
        pc = code + frame->ip;                                                 \
    } while (0)
// Locals and cells are addressed from the frame register: keeping their
// base pointers in variables only made the compiler spill them.
// The loop keeps `pc`, a pointer to the next instruction, in a register;
// the frame stores an index (frame->ip), converted on save and load.
#define IP() static_cast<uint32_t>(pc - code)
#define JUMP_TO(target) (pc = code + (target))
#define LOCALS (frame->slots())
#define CELLS (frame->slots() + frame->code->nlocals)
#define SAVE_FRAME()                                                           \
    do {                                                                       \
        frame->ip = IP();                                                      \
        frame->stack_top = static_cast<uint32_t>(sp - frame->slots());         \
    } while (0)
#define DISPATCH()                                                             \
    do {                                                                       \
        unit = *pc++;                                                          \
        arg = unit >> 8;                                                       \
        goto* dispatch_table[unit & 0xFF];                                     \
    } while (0)
#define TARGET(name) op_##name:
#define PUSH(v) (*sp++ = (v))
// LOAD_FAST's work (also the first half of its superinstructions).
#define PUSH_LOCAL(i)                                                          \
    do {                                                                       \
        Value v_ = LOCALS[i];                                                  \
        if (__builtin_expect(v_.is_null(), 0)) {                               \
            raise_unbound_local(frame->code, i);                               \
            goto error;                                                        \
        }                                                                      \
        incref(v_);                                                            \
        PUSH(v_);                                                              \
    } while (0)
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-static_cast<ptrdiff_t>(n)])
#define CONSTS (frame->code->consts.as<Tuple>())
#define NAMES (frame->code->names.as<Tuple>())
#define NAME(i) (NAMES->items[i].as<Str>())
#define CHECK(expr)                                                            \
    do {                                                                       \
        if (__builtin_expect((expr).failed(), 0)) goto error;                  \
    } while (0)
// Release a reference that may be the last one (a dropped value can run a
// finalizer): the frame's ip is saved first, only when the object dies, so
// f_lineno and warnings see the running line at no cost otherwise.
#define DECREF_AT_IP(v)                                                        \
    do {                                                                       \
        Value d_ = (v);                                                        \
        if (d_.is_object() && --d_.as_object()->refcount == 0) {               \
            frame->ip = IP();                                                  \
            dealloc_object(d_.as_object());                                    \
        }                                                                      \
    } while (0)
// A Result<Ref> must be out of scope before DISPATCH(): clang rejects an
// indirect goto that leaves the scope of an object with a destructor. These
// keep the result inside their own block; on failure the operands are still
// on the stack, where the unwinder releases them.
#define PUSH_RESULT(expr)                                                      \
    do {                                                                       \
        Result<Ref> r_ = (expr);                                               \
        CHECK(r_);                                                             \
        PUSH(r_.take().release());                                             \
    } while (0)
// A comparison's bool result (the operands already released, the top slot
// free): when the next instruction is a conditional jump on it, as in
// `if a < b:` and `while i < n:`, branch now and skip that instruction
// (CPython 3.11's COMPARE_OP_*_JUMP); otherwise push it.
#define BOOL_RESULT(r)                                                         \
    do {                                                                       \
        bool b_ = (r);                                                         \
        CodeUnit next_ = *pc;                                                  \
        if (opcode_of(next_) == Opcode::POP_JUMP_IF_FALSE) {                   \
            --sp;                                                              \
            pc = b_ ? pc + 1 : code + operand_of(next_);                       \
        } else if (opcode_of(next_) == Opcode::POP_JUMP_IF_TRUE) {             \
            --sp;                                                              \
            pc = b_ ? code + operand_of(next_) : pc + 1;                       \
        } else {                                                               \
            TOP() = bool_value(b_);                                            \
        }                                                                      \
        DISPATCH();                                                            \
    } while (0)
#define SET_TOP_RESULT(expr)                                                   \
    do {                                                                       \
        Result<Ref> r_ = (expr);                                               \
        CHECK(r_);                                                             \
        TOP() = r_.take().release();                                           \
    } while (0)

    if (start) frame = start;
    ts.frame = frame;
    LOAD_FRAME();
    if (throwing) goto error;
    DISPATCH();

    TARGET(NOP) { DISPATCH(); }
    TARGET(POP_TOP) {
        DECREF_AT_IP(POP());
        DISPATCH();
    }
    TARGET(PUSH_NULL) {
        PUSH(Value());
        DISPATCH();
    }
    TARGET(COPY) {
        Value v = PEEK(arg);
        incref(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(SWAP) {
        Value tmp = TOP();
        TOP() = PEEK(arg);
        PEEK(arg) = tmp;
        DISPATCH();
    }
    TARGET(LOAD_CONST) {
        Value v = CONSTS->items[arg];
        incref(v);
        PUSH(v);
        DISPATCH();
    }
    // The superinstructions run their second load from the next unit's
    // operand and step over it; an unbound local is reported at the
    // instruction that loads it.
    TARGET(LOAD_FAST__LOAD_FAST) {
        PUSH_LOCAL(arg);
        arg = operand_of(*pc++);
        goto op_LOAD_FAST;
    }
    TARGET(LOAD_FAST__LOAD_CONST) {
        PUSH_LOCAL(arg);
        arg = operand_of(*pc++);
        goto op_LOAD_CONST;
    }
    TARGET(LOAD_CONST__LOAD_FAST) {
        Value v = CONSTS->items[arg];
        incref(v);
        PUSH(v);
        arg = operand_of(*pc++);
        goto op_LOAD_FAST;
    }
    TARGET(LOAD_FAST_CHECKED)
    TARGET(LOAD_FAST) {
        PUSH_LOCAL(arg);
        DISPATCH();
    }
    TARGET(STORE_FAST) {
        Value old = LOCALS[arg];
        LOCALS[arg] = POP();
        DECREF_AT_IP(old);
        DISPATCH();
    }
    TARGET(DELETE_FAST) {
        Value old = LOCALS[arg];
        if (old.is_null()) {
            raise_unbound_local(frame->code, arg);
            goto error;
        }
        LOCALS[arg] = Value();
        DECREF_AT_IP(old);
        DISPATCH();
    }
    TARGET(LOAD_DEREF) {
        Value v = CELLS[arg].as<Cell>()->contents;
        if (v.is_null()) {
            raise_unbound_deref(frame->code, arg);
            goto error;
        }
        incref(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_DEREF) {
        auto* cell = CELLS[arg].as<Cell>();
        Value old = cell->contents;
        cell->contents = POP();
        decref(old);
        DISPATCH();
    }
    TARGET(DELETE_DEREF) {
        auto* cell = CELLS[arg].as<Cell>();
        Value old = cell->contents;
        if (old.is_null()) {
            raise_unbound_deref(frame->code, arg);
            goto error;
        }
        cell->contents = Value();
        decref(old);
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE) {
        Value c = CELLS[arg];
        incref(c);
        PUSH(c);
        DISPATCH();
    }
    TARGET(LOAD_CLASSDEREF) {
        PUSH_RESULT(load_class_deref(frame, arg));
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        if (locals_are_globals(frame)) goto op_LOAD_GLOBAL;
        PUSH_RESULT(load_name(frame, NAME(arg)));
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        if (locals_are_globals(frame)) goto op_STORE_GLOBAL;
        Value v = POP();
        frame->ip = IP(); // the replaced value may die (see DECREF_AT_IP)
        Status s = store_name(frame, NAME(arg), v);
        decref(v);
        CHECK(s);
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        frame->ip = IP();
        CHECK(delete_name(frame, NAME(arg)));
        DISPATCH();
    }
    TARGET(LOAD_GLOBAL) {
        Value v = cached_global(frame, arg, NAMES->items[arg]);
        if (__builtin_expect(v.is_null(), 0)) {
            PUSH_RESULT(load_global_cached(frame, arg));
            DISPATCH();
        }
        incref(v);
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) {
        Value v = POP();
        Dict* globals = frame->globals();
        GlobalCache& c = frame->code->global_cache[arg];
        // Rebinding a global the cache knows: replace the entry's value (the
        // keys, and so the dict's keys version, stay as they are).
        if (!c.in_builtins && cached_entry(globals, c.index, NAMES->items[arg])) {
            Value old = dict_swap_value(globals, c.index, v);
            DECREF_AT_IP(old);
            DISPATCH();
        }
        frame->ip = IP();
        Result<int64_t> ix = dict_store_str(globals, NAME(arg), v);
        decref(v);
        CHECK(ix);
        c = GlobalCache{0, static_cast<int32_t>(ix.value()), false};
        DISPATCH();
    }
    TARGET(DELETE_GLOBAL) {
        frame->ip = IP();
        CHECK(delete_global(frame, NAME(arg)));
        DISPATCH();
    }
    TARGET(LOAD_LOCALS) {
        if (!frame->locals()) {
            raise(SystemError_type, "no locals found");
            goto error;
        }
        incref(frame->locals());
        PUSH(frame->locals());
        DISPATCH();
    }
    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(Value(&AssertionError_type));
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS) {
        Value bc = dict_get_str(frame->builtins(), intern("__build_class__"));
        if (!bc) {
            raise(NameError_type, "__build_class__ not found");
            goto error;
        }
        incref(bc);
        PUSH(bc);
        DISPATCH();
    }

    // ---- attributes and items
    TARGET(LOAD_ATTR) {
        Value obj = TOP();
        const AttrCache& c = frame->code->attr_cache[arg];
        if (attr_cache_valid(c, obj)) {
            Value* cell = cached_attr_cell(c.load_path, c.load_offset, c.hint, obj, NAMES->items[arg]);
            if (cell && *cell) { // an unset slot takes the slow path, which raises
                incref(*cell);
                TOP() = *cell;
                DECREF_AT_IP(obj);
                DISPATCH();
            }
        }
        frame->ip = IP(); // a property or frame.f_lineno may look at the running line
        SET_TOP_RESULT(load_attr_cached(frame->code, arg, obj));
        decref(obj);
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        Value obj = POP();
        Value v = POP();
        const AttrCache& c = frame->code->attr_cache[arg];
        if (attr_cache_valid(c, obj)) {
            if (Value* cell = cached_attr_cell(c.store_path, c.store_offset, c.hint, obj, NAMES->items[arg])) {
                // The cell takes the stack's reference to v; the old value
                // and obj are dropped only once obj is consistent.
                Value old = *cell;
                *cell = v;
                DECREF_AT_IP(old);
                DECREF_AT_IP(obj);
                DISPATCH();
            }
        }
        Status s = store_attr_cached(frame->code, arg, obj, v);
        decref(obj);
        decref(v);
        CHECK(s);
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        Value obj = POP();
        Status s = delattr(obj, NAME(arg));
        decref(obj);
        CHECK(s);
        DISPATCH();
    }
    TARGET(LOAD_METHOD) {
        Value obj = TOP();
        Value method;
        bool unbound = false;
        // A cached plain method of a type whose instances have no dict
        // (list.append, str.join): nothing can shadow it, no lookup at all.
        const MethodCache& mc = frame->code->method_cache[arg];
        if (mc.type == obj.type() && mc.epoch == type_epoch && mc.type->dict_offset == 0) {
            method = mc.method;
            incref(method);
            TOP() = method;
            PUSH(obj);
            DISPATCH();
        }
        {
            Ref m;
            CHECK(load_method_cached(frame->code, arg, obj, &m, &unbound));
            method = m.release();
        }
        if (unbound) {
            TOP() = method;
            PUSH(obj); // ownership moves up one slot
        } else {
            TOP() = Value();
            decref(obj);
            PUSH(method);
        }
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR) {
        Value key = POP();
        Value container = TOP();
        if (container.type() == &list_type && key.is_small_int()) {
            auto* l = container.as<List>();
            int64_t i = key.as_small_int();
            if (i < 0) i += l->size;
            if (i >= 0 && i < l->size) {
                Value v = l->items[i];
                incref(v);
                TOP() = v;
                decref(container);
                DISPATCH();
            }
        }
        {
            Result<Ref> r = getitem(container, key);
            decref(key);
            SET_TOP_RESULT(std::move(r));
        }
        decref(container);
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        Value key = POP();
        Value container = POP();
        Value v = POP();
        Status s = setitem(container, key, v);
        decref(key);
        decref(container);
        decref(v);
        CHECK(s);
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        Value key = POP();
        Value container = POP();
        Status s = delitem(container, key);
        decref(key);
        decref(container);
        CHECK(s);
        DISPATCH();
    }

    // ---- operators
    TARGET(UNARY_NEGATIVE) {
        unary_special = Special::neg;
        goto do_unary;
    }
    TARGET(UNARY_POSITIVE) {
        unary_special = Special::pos;
        goto do_unary;
    }
    TARGET(UNARY_INVERT) {
        unary_special = Special::invert;
        goto do_unary;
    }
do_unary : {
    Value v = TOP();
    SET_TOP_RESULT(unary_op(v, unary_special));
    decref(v);
    DISPATCH();
}
    TARGET(UNARY_NOT) {
        Value v = TOP();
        Result<bool> b = truthy(v);
        CHECK(b);
        TOP() = bool_value(!b.value());
        decref(v);
        DISPATCH();
    }
    TARGET(BINARY_OP) {
        Value b = POP();
        Value a = TOP();
        auto kind = static_cast<BinaryOpKind>(arg);
        if (a.is_small_int() && b.is_small_int()) {
            int64_t x = a.as_small_int(), y = b.as_small_int(), z;
            bool done = true;
            switch (kind) {
            case BinaryOpKind::Add:
            case BinaryOpKind::InplaceAdd: z = x + y; break; // 63-bit operands cannot overflow int64
            case BinaryOpKind::Subtract:
            case BinaryOpKind::InplaceSubtract: z = x - y; break;
            case BinaryOpKind::Multiply:
            case BinaryOpKind::InplaceMultiply: done = !__builtin_mul_overflow(x, y, &z); break;
            case BinaryOpKind::And:
            case BinaryOpKind::InplaceAnd: z = x & y; break;
            case BinaryOpKind::Or:
            case BinaryOpKind::InplaceOr: z = x | y; break;
            case BinaryOpKind::Xor:
            case BinaryOpKind::InplaceXor: z = x ^ y; break;
            // Floor division and modulo round toward minus infinity (C++
            // truncates); a zero divisor takes the slow path's ZeroDivisionError.
            case BinaryOpKind::Remainder:
            case BinaryOpKind::InplaceRemainder:
                done = y != 0;
                if (done) {
                    z = x % y;
                    if (z != 0 && (z ^ y) < 0) z += y;
                }
                break;
            case BinaryOpKind::FloorDivide:
            case BinaryOpKind::InplaceFloorDivide:
                done = y != 0;
                if (done) {
                    z = x / y;
                    if (x % y != 0 && (x ^ y) < 0) --z;
                }
                break;
            default: done = false; break;
            }
            if (done && Value::fits_small_int(z)) {
                TOP() = Value::small_int(z);
                DISPATCH();
            }
        }
        if (kind == BinaryOpKind::InplaceAdd && a.type() == &str_type && b.type() == &str_type &&
            opcode_of(*pc) == Opcode::STORE_FAST && LOCALS[operand_of(*pc)].is(a)) {
            // `s += t` into the same local: drop the local's reference first
            // so the str is uniquely held and grows in place (CPython's
            // BINARY_OP_INPLACE_ADD_UNICODE); otherwise loops are quadratic.
            LOCALS[operand_of(*pc)] = Value();
            decref(a);
            Status s = ok_status();
            {
                Ref left = Ref::steal(a);
                s = str_append(&left, b.as<Str>());
                TOP() = left.release();
            }
            decref(b);
            CHECK(s);
            DISPATCH();
        }
        {
            Result<Ref> r = binary_op_fast(a, b, kind);
            decref(b);
            SET_TOP_RESULT(std::move(r));
        }
        decref(a);
        DISPATCH();
    }
    TARGET(COMPARE_OP) {
        Value b = POP();
        Value a = TOP();
        auto op = static_cast<CompareOp>(arg);
        if (a.is_small_int() && b.is_small_int()) BOOL_RESULT(compare_small_ints(a.as_small_int(), b.as_small_int(), op));
        {
            Result<Ref> r = Ref();
            if (Value fast = number_compare(a, b, op)) r = Ref::borrow(fast);
            else r = compare(a, b, op);
            decref(b);
            SET_TOP_RESULT(std::move(r));
        }
        decref(a);
        DISPATCH();
    }
    TARGET(IS_OP) {
        Value b = POP();
        Value a = TOP();
        bool r = a.is(b) != (arg != 0);
        decref(a);
        decref(b);
        BOOL_RESULT(r);
    }
    TARGET(CONTAINS_OP) {
        Value container = POP();
        Value item = TOP();
        Result<bool> r = contains(container, item);
        decref(container);
        CHECK(r);
        TOP() = bool_value(r.value() != (arg != 0));
        decref(item);
        DISPATCH();
    }

    // ---- building values
    TARGET(BUILD_TUPLE) {
        Tuple* t = tuple_new(arg).release();
        for (uint32_t i = 0; i < arg; ++i) t->items[i] = sp[static_cast<int>(i) - static_cast<int>(arg)];
        sp -= arg;
        PUSH(Value(t));
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        List* l = list_new(arg, arg).release();
        for (uint32_t i = 0; i < arg; ++i) l->items[i] = sp[static_cast<int>(i) - static_cast<int>(arg)];
        sp -= arg;
        PUSH(Value(l));
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        {
            Result<Ref> r = build_set(sp - arg, arg);
            for (uint32_t i = 0; i < arg; ++i) decref(POP());
            PUSH_RESULT(std::move(r));
        }
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        {
            Result<Ref> r = build_map(sp - 2 * arg, arg);
            for (uint32_t i = 0; i < 2 * arg; ++i) decref(POP());
            PUSH_RESULT(std::move(r));
        }
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        {
            Result<Ref> r = build_slice(sp - arg, arg);
            for (uint32_t i = 0; i < arg; ++i) decref(POP());
            PUSH_RESULT(std::move(r));
        }
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        {
            Result<Ref> r = build_string(sp - arg, arg);
            for (uint32_t i = 0; i < arg; ++i) decref(POP());
            PUSH_RESULT(std::move(r));
        }
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        Value v = POP();
        Status s = list_append(PEEK(arg).as<List>(), v);
        decref(v);
        CHECK(s);
        DISPATCH();
    }
    TARGET(SET_ADD) {
        Value v = POP();
        Status s = set_add(PEEK(arg).as<Set>(), v);
        decref(v);
        CHECK(s);
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        Value v = POP();
        Value k = POP();
        Status s = dict_set(PEEK(arg).as<Dict>(), k, v);
        decref(k);
        decref(v);
        CHECK(s);
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        Value iterable = POP();
        List* l = PEEK(arg).as<List>();
        Status s = list_extend(l, iterable);
        if (s.failed() && error_matches(TypeError_type) && !lookup_special(iterable.type(), Special::iter) &&
            !lookup_special(iterable.type(), Special::getitem)) {
            error_clear();
            raise_format(TypeError_type, "Value after * must be an iterable, not %s", std::string(type_name(iterable)).c_str());
        }
        decref(iterable);
        CHECK(s);
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        Value iterable = POP();
        Set* set = PEEK(arg).as<Set>();
        Status s = for_each(iterable, [set](Value item) { return set_add(set, item); });
        decref(iterable);
        CHECK(s);
        DISPATCH();
    }
    TARGET(DICT_UPDATE) {
        Value mapping = POP();
        Status s = dict_update_from(PEEK(arg), mapping, Value());
        decref(mapping);
        CHECK(s);
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        Value mapping = POP();
        Status s = dict_update_from(PEEK(arg), mapping, PEEK(arg + 2));
        decref(mapping);
        CHECK(s);
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) {
        Value l = TOP();
        SET_TOP_RESULT(sequence_to_tuple(l));
        decref(l);
        DISPATCH();
    }
    TARGET(UNPACK_SEQUENCE) {
        Value seq = POP();
        Status s = unpack_sequence(seq, arg, sp);
        decref(seq);
        CHECK(s);
        sp += arg;
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        Value seq = POP();
        uint32_t before = arg & 0xFF, after = arg >> 8;
        Status s = unpack_ex(seq, before, after, sp);
        decref(seq);
        CHECK(s);
        sp += before + after + 1;
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        Value spec = (arg & kFormatHasSpec) ? POP() : Value();
        Value v = TOP();
        {
            Result<Ref> r = format_value(v, arg, spec);
            decref(spec);
            SET_TOP_RESULT(std::move(r));
        }
        decref(v);
        DISPATCH();
    }

    // ---- control flow
    TARGET(JUMP) {
        JUMP_TO(arg);
        DISPATCH();
    }
    TARGET(JUMP_BACKWARD) {
        // Checked before jumping: the KeyboardInterrupt is raised at this
        // instruction, whose line (the body's last statement) the traceback names.
        if (__builtin_expect(ts.interrupt_pending, 0)) {
            ts.interrupt_pending = 0;
            raise(KeyboardInterrupt_type);
            goto error;
        }
        JUMP_TO(arg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_FALSE) {
        Value v = POP();
        if (v.is(False())) {
            JUMP_TO(arg);
        } else if (!v.is(True())) {
            Result<bool> b = truthy(v);
            decref(v);
            CHECK(b);
            if (!b.value()) JUMP_TO(arg);
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        Value v = POP();
        if (v.is(True())) {
            JUMP_TO(arg);
        } else if (!v.is(False())) {
            Result<bool> b = truthy(v);
            decref(v);
            CHECK(b);
            if (b.value()) JUMP_TO(arg);
        }
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NONE) {
        Value v = POP();
        if (v.is(None())) JUMP_TO(arg);
        decref(v);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NOT_NONE) {
        Value v = POP();
        if (!v.is(None())) JUMP_TO(arg);
        decref(v);
        DISPATCH();
    }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        Result<bool> b = truthy(TOP());
        CHECK(b);
        if (!b.value()) JUMP_TO(arg);
        else decref(POP());
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        Result<bool> b = truthy(TOP());
        CHECK(b);
        if (b.value()) JUMP_TO(arg);
        else decref(POP());
        DISPATCH();
    }
    TARGET(GET_ITER) {
        Value v = TOP();
        SET_TOP_RESULT(iter(v));
        decref(v);
        DISPATCH();
    }
    TARGET(FOR_ITER) {
        Value it = TOP();
        TypeObject* t = it.type();
        if (t == &generator_type) {
            auto* gen = it.as<Generator>();
            if (gen_resumable_in_loop(gen)) {
                resume_gen = gen;
                resume_sent = None();
                goto resume_generator;
            }
        }
        Value item;
        if (!next_builtin(it, t, &item)) {
            Result<Ref> r = next(it);
            CHECK(r);
            item = r.take().release();
        }
        if (item) {
            PUSH(item);
        } else {
            decref(POP());
            JUMP_TO(arg);
        }
        DISPATCH();
    }
    TARGET(RETURN_VALUE) {
        Value retval = POP();
        Frame* done = frame;
        Generator* gen = frame_generator(done);
        bool entry = done->entry;
        bool init_call = done->init_call;
        Frame* caller = done->back;
        done->stack_top = static_cast<uint32_t>(sp - done->slots());
        if (gen) finish_generator(ts, gen, caller);
        ts.frame = caller; // finalizers run by frame_clear() see the caller running
        frame_clear(done);
        if (!gen) ts.frames.pop(done);
        --ts.recursion_depth;
        if (entry) return Ref::steal(retval);
        frame = caller;
        LOAD_FRAME();
        if (gen) {
            CodeUnit resumer = resumer_of(frame);
            if (opcode_of(resumer) == Opcode::CALL) {
                // gen.send() saw it return: StopIteration(value) at the call
                // (the generator below is released by the unwinding).
                --ts.recursion_depth;
                raise_stop_iteration(retval.is(None()) ? Value() : retval);
                decref(retval);
                goto error;
            }
            if (opcode_of(resumer) == Opcode::FOR_ITER) {
                decref(retval);
                decref(POP());
            } else { // SEND: the receiver is replaced by the return value
                decref(TOP());
                TOP() = retval;
            }
            JUMP_TO(operand_of(resumer));
        } else if (init_call) { // the instance is already in place (do_call)
            if (!retval.is(None())) {
                raise_format(TypeError_type, "__init__() should return None, not '%s'", std::string(type_name(retval)).c_str());
                decref(retval);
                goto error;
            }
            decref(retval);
        } else {
            PUSH(retval);
        }
        DISPATCH();
    }

    // ---- calls
    TARGET(CALL) {
        call_kwnames = nullptr;
        call_nargs = arg;
        goto do_call;
    }
    TARGET(CALL_KW) {
        call_kwnames = TOP().as<Tuple>();
        call_nargs = arg - static_cast<uint32_t>(call_kwnames->size);
        --sp; // kwnames stay alive through the code object's constants
        decref(Value(call_kwnames));
        goto do_call;
    }
do_call : {
    uint32_t total = call_kwnames ? arg : call_nargs;
    Value* args = sp - total;
    Value callable = args[-2];
    Value* first = args;
    if (callable.is_null()) {
        callable = args[-1];
    } else {
        first = args - 1;
        ++call_nargs;
    }
    if (callable.type() == &method_descriptor_type && call_nargs == 2 && !call_kwnames &&
        ts.recursion_depth + 2 <= ts.recursion_limit) { // else send() raises RecursionError
        if (Generator* gen = inline_send_target(callable, first[0], first[1])) {
            // gen.send(value): resume it here as SEND would. The generator
            // takes the descriptor's slot and stays there, alive, while it
            // runs; YIELD_VALUE / RETURN_VALUE replace it with the result.
            // The native send() counted a recursion level, as CPython's does:
            // so does this one, until the generator comes back to the CALL.
            ++ts.recursion_depth;
            resume_sent = first[1];
            decref(callable);
            args[-2] = first[0];
            sp = args - 1;
            resume_gen = gen;
            goto resume_generator;
        }
    }
    if (callable.type() == &function_type) {
        auto* f = callable.as<Function>();
        Code* co = f->code.as<Code>();
        if (!(co->flags & (kCodeGenerator | kCodeCoroutine | kCodeAsyncGenerator))) {
            if (ts.recursion_depth + 1 > ts.recursion_limit) {
                raise(RecursionError_type, "maximum recursion depth exceeded");
                while (sp > args - 2) decref(POP());
                goto error;
            }
            new_frame = ts.frames.push(Frame::size_for(co));
            if (co->fast_argc == static_cast<int32_t>(call_nargs) && !call_kwnames) {
                // The callable's and the arguments' references move into the
                // new frame: nothing is counted up or down.
                frame_start(new_frame, co, f);
                move_args_into_frame(new_frame, co, first, call_nargs);
                sp = args - 2;
            } else {
                bool bound = bind_into_new_frame(new_frame, f, co, CallArgs{first, call_nargs, call_kwnames});
                while (sp > args - 2) decref(POP());
                if (!bound) goto error;
            }
            goto enter_new_frame;
        }
        if (co->fast_argc == static_cast<int32_t>(call_nargs) && !call_kwnames &&
            ts.recursion_depth + 1 <= ts.recursion_limit) { // else call_function raises
            // A generator function: the arguments move into the new object's
            // frame (zeroed by the allocator), the callable is released.
            Generator* gen = make_generator(f, co);
            Value* slots = gen->frame.slots();
            for (uint32_t i = 0; i < call_nargs; ++i) slots[i] = first[i];
            sp = args - 2;
            decref(callable);
            PUSH(Value(gen));
            DISPATCH();
        }
    }
    if (Function* init = args[-2].is_null() ? inlinable_init(callable) : nullptr) {
        Code* co = init->code.as<Code>();
        if (!(co->flags & (kCodeGenerator | kCodeCoroutine | kCodeAsyncGenerator)) &&
            ts.recursion_depth + 1 <= ts.recursion_limit) { // else type_call raises
            // Class(args): allocate the instance, then run __init__ in this
            // loop. The instance takes the NULL's slot, where it stays as the
            // call's result (RETURN_VALUE checks __init__'s None), and the
            // class's slot, as __init__'s self.
            TypeObject* cls = callable.as<TypeObject>();
            Value obj = Value(alloc_object(cls, cls->basicsize));
            incref(obj);
            args[-2] = obj;
            args[-1] = obj;
            decref(callable);
            Value* self_args = args - 1;
            uint32_t n = call_nargs + 1;
            new_frame = ts.frames.push(Frame::size_for(co));
            if (co->fast_argc == static_cast<int32_t>(n) && !call_kwnames) {
                incref(Value(init));
                frame_start(new_frame, co, init);
                move_args_into_frame(new_frame, co, self_args, n);
                sp = args - 1;
            } else {
                bool bound = bind_into_new_frame(new_frame, init, co, CallArgs{self_args, n, call_kwnames});
                while (sp > (bound ? args - 1 : args - 2)) decref(POP());
                if (!bound) goto error;
            }
            new_frame->init_call = true;
            goto enter_new_frame;
        }
    }
    SAVE_FRAME();
    if (const MethodDef* def = call_kwnames ? nullptr : direct_native_def(callable, first, call_nargs)) {
        Result<Ref> r = call_direct_native(def, first, call_nargs);
        while (sp > args - 2) decref(POP());
        PUSH_RESULT(std::move(r));
    } else {
        Result<Ref> r = call(callable, CallArgs{first, call_nargs, call_kwnames});
        while (sp > args - 2) decref(POP());
        PUSH_RESULT(std::move(r));
    }
    DISPATCH();
}
    TARGET(CALL_FUNCTION_EX) {
        Value kwargs = (arg & 1) ? POP() : Value();
        Value posargs = POP();
        Value callable = POP();
        decref(POP()); // NULL marker
        SAVE_FRAME();
        {
            Result<Ref> r = call_function_ex(callable, posargs, kwargs);
            decref(kwargs);
            decref(posargs);
            decref(callable);
            PUSH_RESULT(std::move(r));
        }
        DISPATCH();
    }
    TARGET(MAKE_FUNCTION) {
        Value code_obj = POP();
        uint32_t nextras = static_cast<uint32_t>(__builtin_popcount(arg));
        {
            Result<Ref> f = make_function(frame, code_obj.as<Code>(), arg, sp - nextras);
            for (uint32_t i = 0; i < nextras; ++i) decref(POP());
            decref(code_obj);
            PUSH_RESULT(std::move(f));
        }
        DISPATCH();
    }
    TARGET(RETURN_GENERATOR) { DISPATCH(); }
    TARGET(IMPORT_NAME) {
        Value fromlist = POP();
        Value level = TOP();
        SAVE_FRAME();
        {
            Result<Ref> m = import_name(frame, NAME(arg), fromlist, level);
            decref(fromlist);
            SET_TOP_RESULT(std::move(m));
        }
        decref(level);
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        PUSH_RESULT(import_from(TOP(), NAME(arg)));
        DISPATCH();
    }
    TARGET(IMPORT_STAR) {
        Value m = POP();
        Status s = import_star(frame, m);
        decref(m);
        CHECK(s);
        DISPATCH();
    }
    TARGET(SETUP_ANNOTATIONS) {
        if (frame->locals() && is_dict(frame->locals())) {
            Str* key = intern("__annotations__");
            if (!dict_get_str(frame->locals().as<Dict>(), key)) {
                Handle<Dict> d = dict_new();
                CHECK(dict_set_str(frame->locals().as<Dict>(), key, d));
            }
        }
        DISPATCH();
    }

    // ---- exceptions
    TARGET(RAISE_VARARGS) {
        if (arg == 0) {
            Value handled = current_handled_exception();
            if (!handled) {
                raise(RuntimeError_type, "No active exception to reraise");
                goto error;
            }
            error_restore(Ref::borrow(handled));
            goto exception_unwind;
        }
        Value cause = arg == 2 ? POP() : Value();
        Value exc = POP();
        Status s = do_raise(exc, cause);
        decref(exc);
        decref(cause);
        (void)s;
        goto error;
    }
    TARGET(RERAISE) {
        // As CPython: the lasti `arg` slots below the exception (not popped)
        // becomes the frame's last instruction for the next handler's lasti.
        if (arg) {
            Value lasti = PEEK(arg + 1);
            if (lasti.is_small_int()) restored_lasti = lasti.as_small_int();
        }
        error_restore(Ref::steal(POP()));
        goto exception_unwind;
    }
    TARGET(PUSH_EXC_INFO) {
        Value exc = TOP();
        Value prev = ts.exc_info->exc;
        incref(exc);
        ts.exc_info->exc = exc;
        TOP() = prev ? prev : None();
        PUSH(exc);
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        Value prev = POP();
        Value old = ts.exc_info->exc;
        ts.exc_info->exc = prev.is(None()) ? Value() : prev;
        if (prev.is(None())) decref(prev);
        decref(old);
        DISPATCH();
    }
    TARGET(CHECK_EXC_MATCH) {
        Value spec = TOP();
        Result<bool> m = exception_matches_spec(PEEK(2), spec);
        CHECK(m);
        TOP() = bool_value(m.value());
        decref(spec);
        DISPATCH();
    }
    TARGET(CHECK_EG_MATCH) {
        // [exc, type] -> [rest, match] (the match is handled from here on),
        // or [exc, None] when nothing matches.
        Value match, rest;
        CHECK(exception_group_match(PEEK(2), TOP(), &match, &rest));
        decref(POP()); // the type
        if (match.is(None())) {
            decref(rest);
            PUSH(match);
            DISPATCH();
        }
        Value exc = TOP();
        TOP() = rest;
        decref(exc);
        Value old = ts.exc_info->exc;
        incref(match);
        ts.exc_info->exc = match;
        decref(old);
        PUSH(match);
        DISPATCH();
    }
    TARGET(PREP_RERAISE_STAR) {
        Value raised = POP();
        Value orig = TOP();
        Value result = prep_reraise_star(orig, raised.as<List>());
        decref(raised);
        if (!result) goto error; // orig stays on the stack for the unwinding
        TOP() = result;
        decref(orig);
        DISPATCH();
    }
    TARGET(BEFORE_WITH) {
        CHECK(enter_with(sp, false));
        ++sp;
        DISPATCH();
    }
    TARGET(EXIT_WITH) {
        CHECK(exit_with(sp));
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        PUSH_RESULT(call_exit_with_exception(PEEK(4), TOP()));
        DISPATCH();
    }

    // ---- generators and coroutines
    TARGET(YIELD_VALUE) {
        Value v = POP();
        // A native consumer takes the item here (YieldSink): go on as if
        // next() resumed us, with None as the yield's value, popped at once
        // when the yield is a statement.
        if (frame == ts.yield_sink_frame && ts.yield_sink->take(ts.yield_sink, v)) {
            if (opcode_of(*pc) == Opcode::POP_TOP) {
                ++pc;
            } else {
                incref(None());
                PUSH(None());
            }
            DISPATCH();
        }
        SAVE_FRAME();
        {
            // The run ends: the innermost generator (this one) and the
            // levels waiting on it stay as they are; the head remembers them.
            Generator* gen = frame_generator(frame);
            gen->yield_kind = static_cast<uint8_t>(arg);
            gen->state = GenState::Suspended;
            const GeneratorRun run = ts.runs.top();
            Frame* head = &run.head->frame;
            if (run.levels > 1) run.head->set_chain(gen, run.levels);
            ts.end_run();
            ts.recursion_depth -= static_cast<int>(run.levels);
            frame = head->back;
            head->back = nullptr;
            if (head->entry) {
                head->entry = false; // a suspended generator's frame is never an entry frame
                ts.frame = frame;
                return Ref::steal(v);
            }
        }
        ts.frame = frame;
        LOAD_FRAME();
        if (opcode_of(pc[-1]) == Opcode::CALL) { // gen.send() resumed us: v is its result
            --ts.recursion_depth;
            Value g = TOP();
            TOP() = v;
            DECREF_AT_IP(g);
        } else {
            PUSH(v);
        }
        DISPATCH();
    }
    TARGET(GET_YIELD_FROM_ITER) {
        Value v = TOP();
        SET_TOP_RESULT(get_yield_from_iter(frame, v));
        decref(v);
        DISPATCH();
    }
    TARGET(SEND) {
        Value v = TOP();
        Value recv = PEEK(2);
        TypeObject* t = recv.type();
        if (t == &generator_type || t == &coroutine_type) {
            auto* gen = recv.as<Generator>();
            // Not waited on by another chain level (send() unlinks those).
            if ((gen->state == GenState::Suspended && !gen->frame.back) || (gen->state == GenState::Created && v.is(None()))) {
                --sp; // the sent value moves into the generator
                resume_gen = gen;
                resume_sent = v;
                goto extend_run;
            }
        }
        SAVE_FRAME();
        {
            ResumeResult rr = send_slow(recv, v);
            decref(POP()); // the sent value
            if (rr.kind == ResumeKind::Raised) goto error;
            if (rr.kind == ResumeKind::Yielded) {
                PUSH(rr.value.release());
            } else {
                decref(TOP());
                TOP() = rr.value.release();
                JUMP_TO(arg);
            }
        }
        DISPATCH();
    }
    TARGET(CLEANUP_THROW) {
        Value exc = TOP();
        bool direct = ts.direct_throw_into_send_loop;
        ts.direct_throw_into_send_loop = false;
        if (direct || !exception_matches(exc, StopIteration_type)) {
            --sp;
            error_restore(Ref::steal(exc));
            goto exception_unwind;
        }
        auto* be = exc.as<BaseException>();
        Value value = be->value ? be->value.get() : None();
        incref(value);
        decref(POP()); // exc
        decref(TOP()); // receiver
        TOP() = value;
        DISPATCH();
    }
    TARGET(GET_AWAITABLE) {
        Value v = TOP();
        // `await f()`: a fresh coroutine is its own awaitable.
        if (v.type() == &coroutine_type && v.as<Generator>()->state == GenState::Created) DISPATCH();
        SET_TOP_RESULT(get_awaitable(v, arg));
        decref(v);
        DISPATCH();
    }
    TARGET(GET_AITER) {
        Value v = TOP();
        SET_TOP_RESULT(get_aiter(v));
        decref(v);
        DISPATCH();
    }
    TARGET(GET_ANEXT) {
        PUSH_RESULT(get_anext(TOP()));
        DISPATCH();
    }
    TARGET(END_ASYNC_FOR) {
        Value exc = POP();
        if (!exception_matches(exc, StopAsyncIteration_type)) {
            error_restore(Ref::steal(exc));
            goto exception_unwind;
        }
        decref(exc);
        decref(POP()); // the async iterator
        DISPATCH();
    }
    TARGET(BEFORE_ASYNC_WITH) {
        CHECK(enter_with(sp, true));
        ++sp;
        DISPATCH();
    }
    TARGET(ASYNC_EXIT_WITH) {
        CHECK(exit_with(sp));
        DISPATCH();
    }
    TARGET(PRINT_EXPR) {
        Value v = POP();
        Status s = print_expr(v);
        decref(v);
        CHECK(s);
        DISPATCH();
    }

enter_new_frame : {
    // A call's frame, its arguments in place, goes on top of the chain.
    ++ts.recursion_depth;
    SAVE_FRAME();
    new_frame->back = frame;
    frame = new_frame;
    ts.frame = frame;
    LOAD_FRAME();
    DISPATCH();
}

resume_generator:
    // FOR_ITER, or gen.send() by CALL: a new run of resume_gen (Created, or
    // Suspended and waited on by no chain level) and, when it heads a chain,
    // of the levels down to its innermost generator, which runs.
    SAVE_FRAME();
    extending_run = false;
    goto enter_generator;
extend_run:
    // SEND in the innermost generator of the current run resumes
    // resume_gen (never started, or suspended and waited on by no other
    // level): the run grows by its levels and this frame waits, suspended,
    // linked to it.
    SAVE_FRAME();
    extending_run = true;
enter_generator : {
    Generator* head = resume_gen;
    Generator* inner = head;
    uint32_t levels = 1;
    const int room = ts.recursion_limit - ts.recursion_depth;
    if (__builtin_expect(room < 1, 0)) {
        decref(resume_sent);
        resume_too_deep(head);
        goto error;
    }
    if (head->frame.delegating) {
        inner = enter_chain(head, static_cast<uint32_t>(room), &levels);
        if (!inner) {
            decref(resume_sent);
            goto error;
        }
    }
    if (extending_run) {
        // As suspended at the YIELD_VALUE 1 that follows its SEND.
        Generator* waiting = frame_generator(frame);
        frame->ip += 1;
        frame->delegating = true;
        waiting->yield_kind = 1;
        waiting->state = GenState::Suspended;
        ts.runs.top().levels += levels;
        ts.exc_info = &inner->exc_info;
    } else {
        ts.begin_run(head, &inner->exc_info, levels);
    }
    ts.recursion_depth += static_cast<int>(levels);
    head->frame.back = frame;
    const bool started = inner->state == GenState::Suspended;
    inner->state = GenState::Running;
    frame = &inner->frame;
    ts.frame = frame;
    LOAD_FRAME();
    if (started) PUSH(resume_sent);
    else decref(resume_sent);
    DISPATCH();
}

error:
    add_traceback(frame, IP() - 1);
exception_unwind:
    for (;;) {
        if (const ExceptionEntry* h = find_handler(frame->code, IP() - 1)) {
            Value* target = stack_base + h->depth;
            while (sp > target) decref(POP());
            if (h->push_lasti) PUSH(Value::small_int(restored_lasti >= 0 ? restored_lasti : IP() - 1));
            restored_lasti = -1;
            PUSH(error_fetch().release());
            JUMP_TO(h->handler);
            DISPATCH();
        }
        // No handler here: the frame ends with the exception.
        restored_lasti = -1;
        while (sp > stack_base) decref(POP());
        Frame* done = frame;
        Generator* gen = frame_generator(done);
        bool entry = done->entry;
        Frame* caller = done->back;
        done->stack_top = static_cast<uint32_t>(stack_base - done->slots());
        if (gen) {
            finish_generator(ts, gen, caller);
            convert_stop_iteration(gen);
        }
        ts.frame = caller; // finalizers run by frame_clear() see the caller running
        frame_clear(done);
        if (!gen) ts.frames.pop(done);
        --ts.recursion_depth;
        if (entry) return kError;
        frame = caller;
        LOAD_FRAME();
        if (gen && opcode_of(pc[-1]) == Opcode::CALL) --ts.recursion_depth; // the level of an inline gen.send()
        add_traceback(frame, IP() - 1);
    }
}

// ---------------------------------------------------------------- entry points

Result<Ref> run_new_frame(Frame* frame) {
    ThreadState& ts = thread_state();
    // Re-entries from natives are bounded by the C stack left too, not by a
    // count alone: frame sizes differ too much between builds
    // (vm/stack_limit.h). Checked before the frame is linked, so that a
    // refusal leaves nothing half done.
    if (ts.recursion_depth + 1 > ts.recursion_limit || c_stack_exhausted()) {
        frame_clear(frame);
        ts.frames.pop(frame);
        return raise(RecursionError_type, "maximum recursion depth exceeded");
    }
    ++ts.recursion_depth;
    frame->back = ts.frame;
    Frame* saved = ts.frame;
    Result<Ref> r = run_frame(frame, false);
    ts.frame = saved;
    return r;
}

Result<Ref> run_code(Code* code, Dict* globals, Value locals) {
    ThreadState& ts = thread_state();
    Value builtins = dict_get_str(globals, intern("__builtins__"));
    Dict* builtins_dict = ts.builtins.as<Dict>();
    if (builtins && is_dict(builtins)) builtins_dict = builtins.as<Dict>();
    else if (builtins && builtins.type() == &module_type) builtins_dict = builtins.as<Module>()->dict.as<Dict>();
    Frame* frame = ts.frames.push(Frame::size_for(code, true));
    frame_init_env(frame, code, nullptr, globals, builtins_dict, locals ? locals : Value(globals));
    setup_cells(frame, nullptr);
    return run_new_frame(frame);
}

} // namespace pyco
