// The assembler: a unit's instruction list -> a Code object.
//
// One pass follows the control flow from the entry (CPython's stackdepth()
// and label_exception_targets() rolled together): it gives every reachable
// instruction its stack depth and the handler covering it, pushing and
// popping handlers at the Setup*/PopBlock pseudo-instructions. Unreachable
// code and pseudo-instructions are then dropped, jumps to the very next
// instruction removed, labels resolved to absolute instruction indices, and
// the exception table and line table are built from the per-instruction
// handler and location.
#include <algorithm>

#include "runtime/error.h"
#include "vm/compiler_internal.h"

namespace pyco {

namespace {

bool is_unconditional_jump(Opcode op) { return op == Opcode::JUMP || op == Opcode::JUMP_BACKWARD; }

// Instructions after which execution never falls through.
bool ends_flow(Opcode op) {
    return is_unconditional_jump(op) || op == Opcode::RETURN_VALUE || op == Opcode::RAISE_VARARGS ||
           op == Opcode::RERAISE;
}

// What the flow pass learns about each instruction.
struct Flow {
    std::vector<int> depth;       // stack depth before the instruction; -1: unreachable
    std::vector<int> handler;     // index of the Setup covering it, or -1
    std::vector<int> setup_depth; // for Setup instructions: the handler's table depth
    int max_depth = 0;
};

// CPython 3.11's superinstructions for the commonest pairs of loads (see
// vm/opcodes.def): `a < n`, `i + 1`, `f(x, y)` dispatch once for two loads.
// Pairs do not overlap; the second instruction is left as it is.
void fuse_adjacent_loads(std::vector<CodeUnit>& code) {
    for (size_t i = 0; i + 1 < code.size(); ++i) {
        Opcode first = opcode_of(code[i]);
        Opcode second = opcode_of(code[i + 1]);
        Opcode fused = Opcode::NOP;
        if (first == Opcode::LOAD_FAST && second == Opcode::LOAD_FAST) fused = Opcode::LOAD_FAST__LOAD_FAST;
        else if (first == Opcode::LOAD_FAST && second == Opcode::LOAD_CONST) fused = Opcode::LOAD_FAST__LOAD_CONST;
        else if (first == Opcode::LOAD_CONST && second == Opcode::LOAD_FAST) fused = Opcode::LOAD_CONST__LOAD_FAST;
        if (fused == Opcode::NOP) continue;
        code[i] = encode(fused, operand_of(code[i]));
        ++i;
    }
}

ErrorTag internal_error(const char* what) { return raise_format(SystemError_type, "compiler: %s", what); }

Status analyze_flow(const Unit& u, Flow& flow) {
    const size_t n = u.instrs.size();
    flow.depth.assign(n, -1);
    flow.handler.assign(n, -1);
    flow.setup_depth.assign(n, -1);
    struct Pending {
        size_t pos;
        int depth;
        std::vector<int> handlers; // the stack of active Setup indices
    };
    std::vector<Pending> work;
    work.push_back({0, 0, {}});
    while (!work.empty()) {
        Pending p = std::move(work.back());
        work.pop_back();
        size_t i = p.pos;
        int depth = p.depth;
        std::vector<int>& handlers = p.handlers;
        for (;; ++i) {
            if (i >= n) return internal_error("control flow falls off the end of the code");
            if (flow.depth[i] >= 0) {
                if (flow.depth[i] != depth) return internal_error("inconsistent stack depth");
                break;
            }
            flow.depth[i] = depth;
            flow.handler[i] = handlers.empty() ? -1 : handlers.back();
            const Instr& in = u.instrs[i];
            if (is_setup(in.op)) {
                bool drops_top = in.op == kSetupWith || in.op == kSetupThrow;
                bool lasti = in.op == kSetupCleanup || in.op == kSetupWith;
                int table_depth = depth - (drops_top ? 1 : 0);
                int start = table_depth + 1 + (lasti ? 1 : 0);
                flow.setup_depth[i] = table_depth;
                flow.max_depth = std::max(flow.max_depth, start);
                // The handler itself runs under the enclosing handlers.
                work.push_back({static_cast<size_t>(u.labels[in.target]), start, handlers});
                handlers.push_back(static_cast<int>(i));
                continue;
            }
            if (in.op == kPopBlock) {
                if (handlers.empty()) return internal_error("unbalanced handler pop");
                handlers.pop_back();
                continue;
            }
            auto op = static_cast<Opcode>(in.op);
            if (is_jump(op)) {
                int jump_depth = depth + stack_effect(op, in.arg, true);
                flow.max_depth = std::max(flow.max_depth, jump_depth);
                work.push_back({static_cast<size_t>(u.labels[in.target]), jump_depth, handlers});
            }
            depth += stack_effect(op, in.arg, false);
            if (depth < 0) return internal_error("negative stack depth");
            flow.max_depth = std::max(flow.max_depth, depth);
            if (ends_flow(op)) break;
        }
    }
    return ok_status();
}

Handle<Tuple> names_tuple(const std::vector<std::string>& names) {
    Handle<Tuple> t = tuple_new(names.size());
    for (size_t i = 0; i < names.size(); ++i) tuple_init_item(t.get(), i, Ref::borrow(Value(intern(names[i]))));
    return t;
}

uint32_t code_flags(const Scope& ste) {
    if (ste.kind != BlockKind::Function) return 0;
    uint32_t flags = kCodeNewLocals | kCodeOptimized;
    if (ste.nested) flags |= kCodeNested;
    if (ste.is_generator && ste.is_coroutine) flags |= kCodeAsyncGenerator;
    else if (ste.is_generator) flags |= kCodeGenerator;
    else if (ste.is_coroutine) flags |= kCodeCoroutine;
    if (ste.has_varargs) flags |= kCodeVarargs;
    if (ste.has_varkeywords) flags |= kCodeVarkeywords;
    return flags;
}

} // namespace

Result<Handle<Code>> Compiler::assemble(bool add_none) {
    Unit& u = *u_;
    // Every path must end in a return: add the implicit `return None`
    // unless the code already ends in a terminator nothing jumps past.
    auto code_end = static_cast<int>(u.instrs.size());
    bool label_at_end = std::find(u.labels.begin(), u.labels.end(), code_end) != u.labels.end();
    if (u.instrs.empty() || label_at_end || u.instrs.back().op >= kOpcodeCount ||
        !ends_flow(static_cast<Opcode>(u.instrs.back().op))) {
        unset_loc();
        if (add_none) load_none();
        emit(Opcode::RETURN_VALUE);
    }

    Flow flow;
    TRY(analyze_flow(u, flow));
    const size_t n = u.instrs.size();

    // Keep reachable real instructions; drop jumps to the next instruction
    // (repeatedly: dropping one can make another redundant).
    std::vector<char> keep(n);
    for (size_t i = 0; i < n; ++i) keep[i] = flow.depth[i] >= 0 && u.instrs[i].op < kOpcodeCount;
    std::vector<uint32_t> prefix(n + 1); // kept instructions before position i = new index
    auto recount = [&] {
        prefix[0] = 0;
        for (size_t i = 0; i < n; ++i) prefix[i + 1] = prefix[i] + (keep[i] ? 1 : 0);
    };
    auto resolve = [&](Label label) { return prefix[static_cast<size_t>(u.labels[label])]; };
    for (bool changed = true; changed;) {
        recount();
        changed = false;
        for (size_t i = 0; i < n; ++i) {
            if (keep[i] && is_unconditional_jump(static_cast<Opcode>(u.instrs[i].op)) &&
                resolve(u.instrs[i].target) == prefix[i] + 1) {
                keep[i] = false;
                changed = true;
            }
        }
    }
    const uint32_t count = prefix[n];
    if (count > kMaxOperand || u.consts.size() > kMaxOperand || static_cast<uint32_t>(u.names.size()) > kMaxOperand ||
        static_cast<uint32_t>(u.varnames.size()) > kMaxOperand)
        return error_at(ast::Loc{u.firstlineno, 0, u.firstlineno, 0},
                        "too many statements, names or constants in one code object");

    Handle<Code> code = make_code();
    Code* c = code.get();
    c->code.reserve(count);
    std::vector<char> is_target(count + 1);
    for (size_t i = 0; i < n; ++i) {
        if (!keep[i]) continue;
        const Instr& in = u.instrs[i];
        auto op = static_cast<Opcode>(in.op);
        uint32_t arg = in.arg;
        if (is_jump(op)) {
            arg = resolve(in.target);
            is_target[arg] = 1;
            if (is_unconditional_jump(op)) op = arg <= prefix[i] ? Opcode::JUMP_BACKWARD : Opcode::JUMP;
        }
        if (arg > kMaxOperand)
            return error_at(ast_loc(in.loc), "too many statements, names or constants in one code object");
        c->code.push_back(encode(op, arg));
    }

    // Exception table: maximal runs of instructions sharing a handler.
    struct Run {
        int setup = -1;
        uint32_t start = 0;
    } run;
    auto close_run = [&](uint32_t end) {
        if (run.setup < 0 || end == run.start) return;
        auto setup_index = static_cast<size_t>(run.setup);
        const Instr& setup = u.instrs[setup_index];
        uint32_t handler = resolve(setup.target);
        is_target[handler] = 1;
        auto depth = static_cast<uint16_t>(flow.setup_depth[setup_index]);
        bool lasti = setup.op == kSetupCleanup || setup.op == kSetupWith;
        c->exception_table.push_back(ExceptionEntry{run.start, end, handler, depth, lasti});
    };
    for (size_t i = 0; i < n; ++i) {
        if (!keep[i] || flow.handler[i] == run.setup) continue;
        close_run(prefix[i]);
        run = Run{flow.handler[i], prefix[i]};
    }
    close_run(count);

    // Line table: artificial instructions take the location of the
    // instruction before them in the same straight-line run.
    SrcLoc prev;
    bool prev_falls_through = false;
    for (size_t i = 0; i < n; ++i) {
        if (!keep[i]) continue;
        const Instr& in = u.instrs[i];
        SrcLoc loc = in.loc;
        uint32_t k = prefix[i];
        if (loc.line < 0 && prev_falls_through && !is_target[k]) loc = prev;
        const LineEntry* last = c->line_table.empty() ? nullptr : &c->line_table.back();
        if (!last || last->line != loc.line || last->col != loc.col || last->end_col != loc.end_col ||
            last->end_line != loc.end_line)
            c->line_table.push_back(LineEntry{k, loc.line, loc.col, loc.end_col, loc.end_line});
        prev = loc;
        prev_falls_through = !ends_flow(static_cast<Opcode>(in.op));
    }

    // The code object.
    c->name = make_str(u.name).ref();
    c->qualname = make_str(u.qualname).ref();
    c->filename = make_str(source_.filename).ref();
    Handle<Tuple> consts = tuple_new(u.consts.size());
    for (size_t i = 0; i < u.consts.size(); ++i) tuple_init_item(consts.get(), i, u.consts[i]);
    c->consts = std::move(consts).ref();
    c->names = names_tuple(u.names.names()).ref();
    c->varnames = names_tuple(u.varnames.names()).ref();
    c->cellvars = names_tuple(u.cellvars.names()).ref();
    c->freevars = names_tuple(u.freevars.names()).ref();
    c->flags = code_flags(*u.ste);
    // Top-level await: the module code that awaits is itself a coroutine.
    if (top_level_await() && u.ste->is_coroutine && !u.ste->is_generator) c->flags |= kCodeCoroutine;
    c->argcount = u.argcount;
    c->posonlyargcount = u.posonlyargcount;
    c->kwonlyargcount = u.kwonlyargcount;
    c->nlocals = u.varnames.size();
    c->stacksize = flow.max_depth;
    fuse_adjacent_loads(c->code);
    c->finish_layout();
    c->firstlineno = u.firstlineno;
    // A parameter captured by a nested function keeps its argument slot;
    // the frame moves the argument into the cell at entry.
    int nargs = u.argcount + u.kwonlyargcount + (u.ste->has_varargs ? 1 : 0) + (u.ste->has_varkeywords ? 1 : 0);
    if (u.ste->kind != BlockKind::Function) nargs = 0;
    for (const auto& cell : u.cellvars.names()) {
        int index = u.varnames.find(cell);
        c->cell2arg.push_back(index >= 0 && index < nargs ? index : -1);
    }
    return code;
}

} // namespace pyco
