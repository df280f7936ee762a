// The compiler driver: compile units (one per code object), instruction
// emission, constant/name tables, name resolution into opcodes, errors.
// Statement, expression, exception-block, function and comprehension code
// generation live in the other vm/compiler_*.cpp files; the assembler that
// turns a unit into a Code object in vm/compiler_assemble.cpp.
#include <cstring>

#include "runtime/error.h"
#include "vm/compiler_internal.h"

namespace pyco {

// ---------------------------------------------------------------- NameTable

int NameTable::find(std::string_view name) const {
    auto it = index_.find(std::string(name));
    return it == index_.end() ? -1 : it->second;
}

int NameTable::add(std::string_view name) {
    auto [it, inserted] = index_.try_emplace(std::string(name), static_cast<int>(names_.size()));
    if (inserted) names_.emplace_back(name);
    return it->second;
}

// ---------------------------------------------------------------- entry point

Result<Handle<Code>> compile_module(const ast::Module& module, std::string_view filename, std::string_view source,
                                    CompileMode mode) {
    return compile_module(module, filename, source, mode, 0);
}

Result<Handle<Code>> compile_module(const ast::Module& module, std::string_view filename, std::string_view source,
                                    CompileMode mode, uint32_t flags) {
    Compiler compiler(SourceInfo{filename, source}, mode, flags);
    return compiler.compile(module);
}

Result<Handle<Code>> Compiler::compile(const ast::Module& module) {
    TRY(check_future_imports(module));
    symtable_ = TRY(SymbolTable::build(module, source_));
    TRY(enter_scope("<module>", UnitKind::Module, node_key(module), 1));
    bool add_none = true;
    switch (mode_) {
    case CompileMode::Exec: TRY(compile_body(module.body)); break;
    case CompileMode::Single: TRY(compile_interactive(module.body)); break;
    case CompileMode::Eval: {
        const ast::ExprStmt* body = module.body.size() == 1 ? ast::as<ast::ExprStmt>(module.body[0].get()) : nullptr;
        if (!body) return raise(SystemError_type, "eval mode needs a single expression");
        TRY(visit_expr(*body->value));
        emit(Opcode::RETURN_VALUE);
        add_none = false;
        break;
    }
    }
    Handle<Code> code = TRY(assemble(add_none));
    exit_scope();
    return code;
}

// ---------------------------------------------------------------- units

Status Compiler::enter_scope(std::string name, UnitKind kind, const void* node, int firstlineno) {
    auto unit = std::make_unique<Unit>();
    unit->ste = symtable_->scope_for(node);
    if (!unit->ste) return raise(SystemError_type, "compiler: no symbol table for scope");
    unit->kind = kind;
    unit->name = std::move(name);
    unit->firstlineno = firstlineno;
    if (u_) unit->private_name = u_->private_name;
    for (const auto& param : unit->ste->params) unit->varnames.add(param);
    for (const auto& cell : unit->ste->sorted_names(SymbolScope::Cell)) unit->cellvars.add(cell);
    if (kind == UnitKind::Class && unit->ste->needs_class_closure) unit->cellvars.add("__class__");
    for (const auto& free : unit->ste->sorted_names(SymbolScope::Free, kDefFreeClass)) unit->freevars.add(free);
    unit->loc = SrcLoc{firstlineno, firstlineno, -1, -1};
    units_.push_back(std::move(unit));
    u_ = units_.back().get();
    u_->qualname = kind == UnitKind::Module ? u_->name : make_qualname();
    return ok_status();
}

void Compiler::exit_scope() {
    units_.pop_back();
    u_ = units_.empty() ? nullptr : units_.back().get();
}

// CPython's compiler_set_qualname: `f.<locals>.g`, `C.m`, or just the name
// at module level or when the name is declared global in the parent.
std::string Compiler::make_qualname() const {
    const Unit* parent = units_.size() >= 2 ? units_[units_.size() - 2].get() : nullptr;
    if (!parent || parent->kind == UnitKind::Module) return u_->name;
    if (u_->kind == UnitKind::Function || u_->kind == UnitKind::AsyncFunction || u_->kind == UnitKind::Class) {
        if (parent->ste->scope_of(mangle(parent->private_name, u_->name)) == SymbolScope::GlobalExplicit)
            return u_->name;
    }
    bool parent_is_function = parent->kind == UnitKind::Function || parent->kind == UnitKind::AsyncFunction ||
                              parent->kind == UnitKind::Lambda;
    return parent->qualname + (parent_is_function ? ".<locals>." : ".") + u_->name;
}

// ---------------------------------------------------------------- emission

void Compiler::emit(Opcode op, uint32_t arg) {
    u_->instrs.push_back(Instr{static_cast<uint8_t>(op), arg, -1, u_->loc});
}

void Compiler::emit_jump(Opcode op, Label target) {
    u_->instrs.push_back(Instr{static_cast<uint8_t>(op), 0, target, u_->loc});
}

void Compiler::emit_setup(PseudoOp kind, Label handler) { u_->instrs.push_back(Instr{kind, 0, handler, u_->loc}); }

void Compiler::emit_pop_block() { u_->instrs.push_back(Instr{kPopBlock, 0, -1, u_->loc}); }

Label Compiler::new_label() {
    u_->labels.push_back(-1);
    return static_cast<Label>(u_->labels.size() - 1);
}

void Compiler::bind(Label label) { u_->labels[label] = static_cast<int>(u_->instrs.size()); }

// ---------------------------------------------------------------- constants

namespace {

// A key identifying equal constants of the same type (CPython's
// _PyCode_ConstantKey: 1, 1.0 and True stay distinct), or "" for objects
// that are never shared (code objects).
std::string constant_key(Value v) {
    if (v.is(None())) return "N";
    if (v.is(True())) return "T";
    if (v.is(False())) return "F";
    if (v.is(Ellipsis())) return "E";
    TypeObject* type = v.type();
    if (type == &int_type) return "i" + int_to_decimal(v);
    if (type == &float_type) {
        double d = float_value(v);
        uint64_t bits;
        std::memcpy(&bits, &d, sizeof bits);
        return "f" + std::to_string(bits);
    }
    if (type == &str_type) return "s" + std::string(v.as<Str>()->view());
    if (type == &bytes_type) return "b" + std::string(v.as<Bytes>()->view());
    if (type == &tuple_type) {
        std::string key = "t(";
        Tuple* t = v.as<Tuple>();
        for (int64_t i = 0; i < t->size; ++i) {
            std::string item = constant_key(t->items[i]);
            if (item.empty()) return "";
            key += std::to_string(item.size()) + ":" + item;
        }
        return key + ")";
    }
    return "";
}

} // namespace

int Compiler::add_const(Ref value, std::string key) {
    if (!key.empty()) {
        auto it = u_->const_index.find(key);
        if (it != u_->const_index.end()) return it->second;
    }
    int index = static_cast<int>(u_->consts.size());
    u_->consts.push_back(std::move(value));
    if (!key.empty()) u_->const_index.emplace(std::move(key), index);
    return index;
}

int Compiler::add_const(Value value) { return add_const(Ref::borrow(value), constant_key(value)); }

void Compiler::load_str(std::string_view text) { load_const(make_str(text).get()); }

// ---------------------------------------------------------------- names

int Compiler::add_name(std::string_view name) { return u_->names.add(mangled(name)); }
int Compiler::add_name_raw(std::string_view name) { return u_->names.add(name); }

Status Compiler::check_forbidden_name(std::string_view name, ast::ExprContext ctx) {
    if (name != "__debug__") return ok_status();
    if (ctx == ast::ExprContext::Store) return error("cannot assign to __debug__");
    if (ctx == ast::ExprContext::Del) return error("cannot delete __debug__");
    return ok_status();
}

// Load/store/delete a variable with the opcode family its scope dictates
// (CPython's compiler_nameop).
Status Compiler::compile_name(std::string_view name, ast::ExprContext ctx) {
    TRY(check_forbidden_name(name, ctx));
    std::string mangled_name = mangled(name);
    enum class Family { Fast, Deref, Global, Name } family = Family::Name;
    uint32_t index = 0;
    switch (u_->ste->scope_of(mangled_name)) {
    case SymbolScope::Free:
        family = Family::Deref;
        index = static_cast<uint32_t>(u_->cellvars.size() + u_->freevars.find(mangled_name));
        break;
    case SymbolScope::Cell:
        family = Family::Deref;
        index = static_cast<uint32_t>(u_->cellvars.find(mangled_name));
        break;
    case SymbolScope::Local:
        if (in_function_block()) family = Family::Fast;
        break;
    case SymbolScope::GlobalImplicit:
        if (in_function_block()) family = Family::Global;
        break;
    case SymbolScope::GlobalExplicit: family = Family::Global; break;
    case SymbolScope::Unknown: break;
    }
    using ast::ExprContext;
    static constexpr Opcode kFast[] = {Opcode::LOAD_FAST, Opcode::STORE_FAST, Opcode::DELETE_FAST};
    static constexpr Opcode kDeref[] = {Opcode::LOAD_DEREF, Opcode::STORE_DEREF, Opcode::DELETE_DEREF};
    static constexpr Opcode kGlobal[] = {Opcode::LOAD_GLOBAL, Opcode::STORE_GLOBAL, Opcode::DELETE_GLOBAL};
    static constexpr Opcode kName[] = {Opcode::LOAD_NAME, Opcode::STORE_NAME, Opcode::DELETE_NAME};
    int which = static_cast<int>(ctx); // Load, Store, Del
    switch (family) {
    case Family::Fast: emit(kFast[which], static_cast<uint32_t>(u_->varnames.add(mangled_name))); break;
    case Family::Deref:
        // A class body reads free variables through its namespace first.
        emit(ctx == ExprContext::Load && u_->ste->kind == BlockKind::Class ? Opcode::LOAD_CLASSDEREF : kDeref[which],
             index);
        break;
    case Family::Global: emit(kGlobal[which], static_cast<uint32_t>(u_->names.add(mangled_name))); break;
    case Family::Name: emit(kName[which], static_cast<uint32_t>(u_->names.add(mangled_name))); break;
    }
    return ok_status();
}

// ---------------------------------------------------------------- errors, blocks, depth

ErrorTag Compiler::error(std::string_view message) {
    SrcLoc loc = u_->loc;
    if (loc.line < 0) loc = SrcLoc{u_->firstlineno, u_->firstlineno, 0, 0};
    return raise_syntax_error(source_, ast_loc(loc), message);
}

ErrorTag Compiler::error_at(const ast::Loc& loc, std::string_view message) {
    return raise_syntax_error(source_, loc, message);
}

// CPython's CO_MAXBLOCKS: the static nesting of loops/try/with per scope.
constexpr size_t kMaxBlocks = 20;

Status Compiler::push_fblock(FBlock block) {
    if (u_->fblocks.size() >= kMaxBlocks) return error("too many statically nested blocks");
    u_->fblocks.push_back(block);
    return ok_status();
}

void Compiler::pop_fblock() { u_->fblocks.pop_back(); }

Status Compiler::enter_depth() {
    if (++depth_ > kMaxCompileDepth) {
        --depth_;
        return raise(RecursionError_type, "maximum recursion depth exceeded during compilation");
    }
    return ok_status();
}

// ---------------------------------------------------------------- closures

// Push the function object for `code`: the closure tuple (the cells of the
// enclosing scope the code needs, in its co_freevars order), then the code
// and MAKE_FUNCTION. Extras selected by `flags` were pushed by the caller.
Status Compiler::make_closure(Handle<Code> code, uint32_t flags) {
    Tuple* freevars = code->freevars.as<Tuple>();
    if (freevars->size > 0) {
        for (int64_t i = 0; i < freevars->size; ++i) {
            std::string_view name = freevars->items[i].as<Str>()->view();
            // A class's own __class__ cell, a cell of this scope, or a free
            // variable passed through (possibly bound in a class too).
            int index = -1;
            bool is_cell =
                (u_->kind == UnitKind::Class && name == "__class__") || u_->ste->scope_of(name) == SymbolScope::Cell;
            if (is_cell) {
                index = u_->cellvars.find(name);
            } else {
                int free = u_->freevars.find(name);
                if (free >= 0) index = u_->cellvars.size() + free;
            }
            if (index < 0)
                return raise_format(SystemError_type, "compiler: no cell for free variable '%.*s'",
                                    static_cast<int>(name.size()), name.data());
            emit(Opcode::LOAD_CLOSURE, static_cast<uint32_t>(index));
        }
        emit(Opcode::BUILD_TUPLE, static_cast<uint32_t>(freevars->size));
        flags |= kMakeClosure;
    }
    int index = add_const(std::move(code).ref(), "");
    emit(Opcode::LOAD_CONST, static_cast<uint32_t>(index));
    emit(Opcode::MAKE_FUNCTION, flags);
    return ok_status();
}

} // namespace pyco
