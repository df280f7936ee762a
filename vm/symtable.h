// Symbol tables: the compiler's first pass (CPython 3.11's symtable.c).
//
// One Scope per module, class, function, lambda and comprehension (3.11
// compiles every comprehension and generator expression as a nested
// function taking the outermost iterator as its parameter `.0`). The pass
// records how each name is used in each scope, then resolves every name to
// local / global (explicit or implicit) / free / cell by walking the scope
// tree with the sets of names bound in enclosing function scopes. Class
// scopes do not make their names visible to nested functions, except the
// implicit `__class__` cell that zero-argument super() relies on.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parser/ast.h"
#include "runtime/result.h"

namespace pyco {

// Where the code being compiled came from, for SyntaxError objects.
struct SourceInfo {
    std::string_view filename;
    std::string_view source;
};

// Set the current exception to SyntaxError(message) located at `loc`, with
// CPython's conventions: 1-based byte offsets, the source line as `text`;
// a negative loc.end_col_offset leaves end_offset None.
ErrorTag raise_syntax_error(const SourceInfo& source, const ast::Loc& loc, std::string_view message);

// Nesting bound shared by the symbol table and the code generator. CPython
// allows 3 x the recursion limit (1000) before raising "maximum recursion
// depth exceeded during compilation"; past it the C++ stack is at risk.
constexpr int kMaxCompileDepth = 3000;

// The key a scope is registered under: the node that opens it, always
// through its Stmt/Expr base so both passes agree.
inline const void* node_key(const ast::Stmt& s) { return &s; }
inline const void* node_key(const ast::Expr& e) { return &e; }
inline const void* node_key(const ast::Module& m) { return &m; }

// Private name mangling inside a class: `__x` -> `_Class__x`.
std::string mangle(std::string_view private_name, std::string_view name);

// How a name is used in one scope (CPython's DEF_* flags).
enum SymbolFlag : uint32_t {
    kDefGlobal = 1,     // `global` statement
    kDefLocal = 2,      // assigned in this scope
    kDefParam = 4,      // a parameter
    kDefNonlocal = 8,   // `nonlocal` statement
    kUse = 16,          // read
    kDefFree = 32,      // (unused in 3.11, kept for numbering)
    kDefFreeClass = 64, // free in a method and bound (or global) in the class
    kDefImport = 128,   // bound by an import
    kDefAnnot = 256,    // annotated (`x: int`)
    kDefCompIter = 512, // a comprehension iteration variable
    kDefBound = kDefLocal | kDefParam | kDefImport,
};

// Where a name lives once resolved.
enum class SymbolScope : uint8_t { Unknown, Local, GlobalExplicit, GlobalImplicit, Free, Cell };

enum class BlockKind : uint8_t { Module, Class, Function };
enum class ComprehensionKind : uint8_t { None, List, Set, Dict, Generator };

struct Symbol {
    uint32_t flags = 0;
    SymbolScope scope = SymbolScope::Unknown;
};

struct Scope {
    BlockKind kind;
    std::string name;
    const void* node; // the AST node that opened the scope
    ast::Loc loc;
    std::vector<std::string> params; // parameter names, in frame-slot order
    std::vector<std::unique_ptr<Scope>> children;

    ComprehensionKind comprehension = ComprehensionKind::None;
    bool nested = false;       // inside a function (CO_NESTED)
    bool is_generator = false; // contains yield (or is a generator expression)
    bool is_coroutine = false; // async def, or an asynchronous comprehension
    bool has_varargs = false;
    bool has_varkeywords = false;
    bool returns_value = false;
    bool needs_class_closure = false; // a class whose methods use __class__ / super()
    bool has_free = false;            // refers to free variables
    bool child_free = false;          // some nested scope does

    // Symbols in first-use order (the order CPython's dict iterates them).
    const std::vector<std::pair<std::string, Symbol>>& symbols() const { return symbols_; }
    const Symbol* find(std::string_view name) const;
    uint32_t flags_of(std::string_view name) const;
    SymbolScope scope_of(std::string_view name) const;
    // Sorted names resolved to `scope`, or carrying `flag` (CPython's
    // dictbytype: how co_cellvars / co_freevars are ordered).
    std::vector<std::string> sorted_names(SymbolScope scope, uint32_t flag = 0) const;

private:
    friend class SymbolTableBuilder;
    Symbol& symbol(const std::string& name); // created empty if absent

    std::vector<std::pair<std::string, Symbol>> symbols_;
    std::unordered_map<std::string, size_t> index_;
    std::vector<std::pair<std::string, ast::Loc>> directives_; // global/nonlocal statements, for errors
    int comp_iter_expr_ = 0;        // > 0 while visiting a comprehension's outermost iterable
    bool comp_iter_target_ = false; // visiting a comprehension's target
};

class SymbolTable {
public:
    // Build and resolve the tables of a whole module; SyntaxError (or
    // RecursionError) on failure.
    static Result<std::unique_ptr<SymbolTable>> build(const ast::Module& module, const SourceInfo& source);

    Scope* top() const { return top_.get(); }
    // The scope opened by an AST node (Module, FunctionDef, ClassDef,
    // Lambda or a comprehension expression).
    Scope* scope_for(const void* node) const;

private:
    friend class SymbolTableBuilder;
    std::unique_ptr<Scope> top_;
    std::unordered_map<const void*, Scope*> by_node_;
};

} // namespace pyco
