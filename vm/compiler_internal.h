// The code generator's private interface, shared by vm/compiler*.cpp.
//
// Structure (CPython 3.11's compile.c): one Unit per code object being
// built, stacked as scopes nest. Instructions are appended to the unit in
// layout order; jumps name Labels that are bound to positions. Exception
// handling is expressed with pseudo-instructions (SetupFinally/
// SetupCleanup/SetupWith/SetupThrow push a handler, PopBlock pops it) that
// the assembler turns into the exception table by following the control
// flow, together with the stack depth of every instruction. The "frame
// blocks" stack (FBlock) is the compile-time picture of the enclosing
// loops/try/with statements that `return`, `break` and `continue` unwind.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parser/ast.h"
#include "runtime/objects.h"
#include "vm/compiler.h"
#include "vm/opcodes.h"
#include "vm/symtable.h"

namespace pyco {

// Source span of an instruction; line < 0 marks an artificial instruction
// (it inherits its neighbour's position at assembly).
struct SrcLoc {
    int line = -1;
    int end_line = -1;
    int col = -1;
    int end_col = -1;
};
inline SrcLoc loc_of(const ast::Loc& l) { return {l.lineno, l.end_lineno, l.col_offset, l.end_col_offset}; }
inline ast::Loc ast_loc(const SrcLoc& l) { return {l.line, l.col, l.end_line, l.end_col}; }

using Label = int;

// The docstring of a module, class or function body (its first statement
// when that is a plain string literal), or null.
const ast::Constant* docstring_of(const ast::StmtList& body);

// The source text of an annotation as CPython's ast_unparse.c writes it
// (PEP 563 stores annotations this way).
Result<std::string> unparse_annotation(const ast::Expr& annotation);

// BINARY_OP operand for an AST operator (the in-place variant for
// augmented assignment).
uint32_t binary_op_arg(ast::OperatorKind op, bool inplace);

// Handler pseudo-instructions; numbered after the real opcodes so an
// Instr's `op` holds either. The handler's stack depth (in the exception
// table) is the depth at the Setup, adjusted:
//   SetupFinally  depth       handler gets [.., exc]
//   SetupCleanup  depth       handler gets [.., lasti, exc]
//   SetupWith     depth - 1   (drops __enter__'s result) [.., exit, lasti, exc]
//   SetupThrow    depth - 1   (drops the yielded value)  [.., receiver, exc]
enum PseudoOp : uint8_t {
    kSetupFinally = kOpcodeCount,
    kSetupCleanup,
    kSetupWith,
    kSetupThrow,
    kPopBlock,
};
inline bool is_setup(uint8_t op) { return op >= kSetupFinally && op <= kSetupThrow; }

struct Instr {
    uint8_t op; // Opcode or PseudoOp
    uint32_t arg;
    Label target; // jumps and setups; -1 otherwise
    SrcLoc loc;
};

// What kind of code a unit compiles (CPython's COMPILER_SCOPE_*).
enum class UnitKind : uint8_t { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

enum class FBlockKind : uint8_t {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler, // except* clauses: break/continue/return cannot leave them
    AsyncComprehensionGenerator,
};

struct FBlock {
    FBlockKind kind;
    Label block = -1;                         // loops: the `continue` target
    Label exit = -1;                          // loops: the `break` target
    const ast::StmtList* finalbody = nullptr; // FinallyTry: the body to run on the way out
    const ast::Stmt* stmt = nullptr;          // With/AsyncWith: the statement (location of the exit call)
    const std::string* name = nullptr;        // HandlerCleanup: the `except ... as name` variable
};

// Insertion-ordered name -> index table (co_names, co_varnames, ...).
class NameTable {
public:
    int find(std::string_view name) const;
    int add(std::string_view name); // index, appended if absent
    const std::vector<std::string>& names() const { return names_; }
    int size() const { return static_cast<int>(names_.size()); }

private:
    std::vector<std::string> names_;
    std::unordered_map<std::string, int> index_;
};

struct Unit {
    Scope* ste = nullptr;
    UnitKind kind = UnitKind::Module;
    std::string name;
    std::string qualname;
    std::string private_name; // class name for mangling (empty: none)
    int firstlineno = 1;
    int argcount = 0; // including positional-only
    int posonlyargcount = 0;
    int kwonlyargcount = 0;

    std::vector<Ref> consts;
    std::unordered_map<std::string, int> const_index; // dedup key -> index
    NameTable names, varnames, cellvars, freevars;

    std::vector<Instr> instrs;
    std::vector<int> labels; // label -> instruction position (-1 unbound)
    std::vector<FBlock> fblocks;
    SrcLoc loc; // location given to emitted instructions
    // The statement visited last, nested ones included: a for loop's back
    // edge carries its location, as CPython's u_lineno after the body (so a
    // KeyboardInterrupt at the jump of `for x in it: pass` names the `pass`).
    SrcLoc last_stmt_loc;
};

class Compiler {
public:
    Compiler(const SourceInfo& source, CompileMode mode, uint32_t flags = 0)
        : source_(source), mode_(mode), flags_(flags) {}
    Result<Handle<Code>> compile(const ast::Module& module);

private:
    // ---------------------------------------------------------------- compiler.cpp: units, emission, names
    Status enter_scope(std::string name, UnitKind kind, const void* node, int firstlineno);
    void exit_scope();
    std::string make_qualname() const;
    bool in_function_block() const { return u_->ste->kind == BlockKind::Function; }
    // CPython's IS_TOP_LEVEL_AWAIT: await allowed here because this is the
    // module level of code compiled with kCompileAllowTopLevelAwait.
    bool top_level_await() const {
        return (flags_ & kCompileAllowTopLevelAwait) && u_->ste->kind == BlockKind::Module;
    }

    void emit(Opcode op, uint32_t arg = 0);
    void emit_jump(Opcode op, Label target);
    void emit_setup(PseudoOp kind, Label handler);
    void emit_pop_block();
    Label new_label();
    void bind(Label label);

    int add_const(Ref value, std::string key);
    int add_const(Value value); // dedup by value (str, int, None, ...)
    void load_const(Value value) { emit(Opcode::LOAD_CONST, static_cast<uint32_t>(add_const(value))); }
    void load_none() { load_const(None()); }
    void load_str(std::string_view text);
    int add_name(std::string_view name); // mangled
    int add_name_raw(std::string_view name);
    Status compile_name(std::string_view name, ast::ExprContext ctx);
    std::string mangled(std::string_view name) const { return mangle(u_->private_name, name); }
    Status check_forbidden_name(std::string_view name, ast::ExprContext ctx);

    ErrorTag error(std::string_view message);
    ErrorTag error_at(const ast::Loc& loc, std::string_view message);
    void set_loc(const ast::Loc& loc) { u_->loc = loc_of(loc); }
    void unset_loc() { u_->loc = SrcLoc{}; }
    void set_loc_of_last_stmt() { u_->loc = u_->last_stmt_loc; }

    Status push_fblock(FBlock block);
    void pop_fblock();

    // Keeps recursion over deep ASTs bounded (RecursionError as CPython).
    Status enter_depth();
    void leave_depth() { --depth_; }

    // ---------------------------------------------------------------- compiler_assemble.cpp
    Result<Handle<Code>> assemble(bool add_none);

    // ---------------------------------------------------------------- compiler_stmt.cpp
    Status visit_stmt(const ast::Stmt& s);
    Status visit_stmts(const ast::StmtList& body);
    Status compile_body(const ast::StmtList& body); // module/class: annotations, docstring
    Status compile_interactive(const ast::StmtList& body);
    static bool has_annotations(const ast::StmtList& body);
    Status compile_expr_stmt(const ast::ExprStmt& s);
    Status compile_assign(const ast::Assign& s);
    Status compile_augassign(const ast::AugAssign& s);
    Status compile_annassign(const ast::AnnAssign& s);
    Status compile_delete(const ast::Delete& s);
    Status compile_if(const ast::If& s);
    Status compile_while(const ast::While& s);
    Status compile_for(const ast::For& s);
    Status compile_async_for(const ast::AsyncFor& s);
    Status compile_return(const ast::Return& s);
    Status compile_break();
    Status compile_continue();
    Status compile_raise(const ast::Raise& s);
    Status compile_assert(const ast::Assert& s);
    Status compile_import(const ast::Import& s);
    Status compile_import_from(const ast::ImportFrom& s);
    Status check_future_imports(const ast::Module& module);
    Status eval_annotation_target(const ast::Expr& e); // `a.b: int` evaluates `a`
    Status eval_annotation_subscript(const ast::Expr& e);
    Status compile_annotation(const ast::Expr& annotation); // a value, or its source text under PEP 563

    // ---------------------------------------------------------------- compiler_except.cpp
    Status compile_try(const ast::Try& s);
    Status compile_try_except(const ast::Try& s);
    Status compile_try_star(const ast::Try& s);
    Status compile_try_body(const ast::Try& s, Label except);
    Status enter_except_handler(Label except, Label cleanup, FBlockKind kind);
    Status unbind_handler_name(const std::string& name);
    Status compile_try_finally(const ast::Try& s);
    Status compile_with(const ast::WithBase& s, size_t item);
    Status compile_async_with(const ast::WithBase& s, size_t item);
    void with_except_finish(Label cleanup);
    void pop_except_and_reraise();
    Status unwind_fblock(const FBlock& block, bool preserve_tos);
    // Emit the exits of the enclosing blocks, innermost first: all of them
    // (`return`, loop == nullptr), or up to the innermost loop, which is
    // stored in *loop (left empty when there is none).
    Status unwind_fblock_stack(bool preserve_tos, std::optional<FBlock>* loop);
    void compile_yield_from_loop();           // [receiver, value] -> [result]: the SEND / YIELD_VALUE loop
    void compile_await_value(uint32_t where); // GET_AWAITABLE where + the loop

    // ---------------------------------------------------------------- compiler_expr.cpp
    Status visit_expr(const ast::Expr& e);
    Status visit_expr_inner(const ast::Expr& e);
    Status visit_exprs(const ast::ExprList& exprs);
    Status compile_constant(const ast::ConstantValue& value);
    Result<Ref> constant_object(const ast::ConstantValue& value);
    void emit_unsupported_complex();
    Status compile_boolop(const ast::BoolOp& e);
    Status compile_compare(const ast::Compare& e);
    void emit_compare(ast::CmpOpKind op);
    Status compile_jump_if(const ast::Expr& e, Label target, bool cond);
    Status compile_ifexp(const ast::IfExp& e);
    Status compile_call(const ast::Call& e);
    Status compile_method_call(const ast::Call& e, const ast::Attribute& method);
    Status compile_call_helper(int pushed, const ast::ExprList& args, const std::vector<ast::Keyword>& keywords);
    Status compile_subkwargs(const std::vector<ast::Keyword>& keywords, size_t begin, size_t end);
    Status validate_keywords(const std::vector<ast::Keyword>& keywords);
    Status compile_keyword_names(const std::vector<ast::Keyword>& keywords, size_t begin, size_t end);
    Status starunpack(const ast::ExprList& elts, int pushed, Opcode build, Opcode add, Opcode extend, bool tuple);
    Status compile_dict(const ast::Dict& e);
    Status compile_subdict(const ast::Dict& e, size_t begin, size_t end);
    Status compile_attribute(const ast::Attribute& e);
    Status compile_subscript(const ast::Subscript& e);
    Status compile_slice(const ast::Slice& e);
    Status compile_sequence(const ast::ExprList& elts, ast::ExprContext ctx, bool is_tuple);
    Status unpack_targets(const ast::ExprList& elts);
    Status compile_yield(const ast::Yield& e);
    Status compile_yield_from(const ast::YieldFrom& e);
    Status compile_await(const ast::Await& e);
    Status compile_joined_str(const ast::JoinedStr& e);
    Status compile_formatted_value(const ast::FormattedValue& e);
    void move_loc_to_attr(const ast::Attribute& attr);
    std::optional<bool> constant_truth(const ast::Expr& e); // a test known at compile time
    bool is_simple_constant(const ast::Expr& e) const;

    // ---------------------------------------------------------------- compiler_warnings.cpp
    Status warn(std::string_view message); // a SyntaxWarning at the current line
    Status check_compare(const ast::Compare& e);
    Status check_caller(const ast::Expr& func);
    Status check_subscript(const ast::Subscript& e);

    // ---------------------------------------------------------------- compiler_function.cpp
    Status compile_function(const ast::FunctionDefBase& s);
    Status compile_lambda(const ast::Lambda& e);
    Status compile_class(const ast::ClassDef& s);
    Status compile_decorators(const ast::ExprList& decorators);
    void apply_decorators(const ast::ExprList& decorators);
    Result<uint32_t> compile_defaults(const ast::Arguments& args);
    Result<bool> compile_annotations(const ast::Arguments& args, const ast::Expr* returns);
    Status check_debug_args(const ast::Arguments& args);
    void set_arg_counts(const ast::Arguments& args);
    Status make_closure(Handle<Code> code, uint32_t flags);

    // ---------------------------------------------------------------- compiler_comprehension.cpp
    Status compile_comprehension(const ast::Expr& e, ComprehensionKind kind, const ast::ComprehensionList& generators,
                                 const ast::Expr& elt, const ast::Expr* value);
    Status comprehension_generator(const ast::ComprehensionList& generators, size_t index, int depth,
                                   const ast::Expr& elt, const ast::Expr* value, ComprehensionKind kind);
    Status sync_comprehension_generator(const ast::ComprehensionList& generators, size_t index, int depth,
                                        const ast::Expr& elt, const ast::Expr* value, ComprehensionKind kind);
    Status async_comprehension_generator(const ast::ComprehensionList& generators, size_t index, int depth,
                                         const ast::Expr& elt, const ast::Expr* value, ComprehensionKind kind);
    Status comprehension_element(const ast::Expr& elt, const ast::Expr* value, ComprehensionKind kind, int depth);

    SourceInfo source_;
    CompileMode mode_;
    uint32_t flags_ = 0; // kCompile* flags
    std::unique_ptr<SymbolTable> symtable_;
    std::vector<std::unique_ptr<Unit>> units_; // the stack; back() is current
    Unit* u_ = nullptr;
    int depth_ = 0;
    bool future_annotations_ = false; // `from __future__ import annotations`
    int future_lineno_ = 0;           // line of the last leading __future__ import
};

// Saves the current instruction location and restores it on scope exit
// (CPython saves/restores around every expression visit).
class LocSaver {
public:
    explicit LocSaver(Unit* u) : u_(u), saved_(u->loc) {}
    ~LocSaver() { u_->loc = saved_; }
    LocSaver(const LocSaver&) = delete;
    LocSaver& operator=(const LocSaver&) = delete;

private:
    Unit* u_;
    SrcLoc saved_;
};

} // namespace pyco
