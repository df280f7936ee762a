// The compiler: ast::Module -> Code (bytecode, line table, exception table).
//
// Two passes, as CPython's: a symbol table pass decides for every name in
// every scope whether it is local, global (explicit or implicit), free or a
// cell; then code generation walks the tree once per scope. Errors are
// raised as Python SyntaxError objects (with filename, lineno, offset, text)
// through the normal Result path.
#pragma once

#include <string_view>

#include "parser/ast.h"
#include "runtime/result.h"
#include "vm/code.h"

namespace pyco {

enum class CompileMode : uint8_t {
    Exec,   // a module / file / -c string
    Single, // one REPL input: expression statements print their value (PRINT_EXPR)
    Eval,   // a single expression (eval()); the module holds one ExprStmt
};

// Compile flags (CPython's PyCF_* values where they exist).
// kCompileAllowTopLevelAwait (PyCF_ALLOW_TOP_LEVEL_AWAIT): `await`, `async
// for`, `async with` and asynchronous comprehensions are accepted at module
// level; a module that uses them is compiled as a coroutine (CO_COROUTINE),
// and running it means driving the coroutine (the REPL does, on its loop).
constexpr uint32_t kCompileAllowTopLevelAwait = 0x2000;
// kCompileSourceFile (pyco's own, not a PyCF_* value): the source was read
// from a script file or stdin by the command line, where CPython's file
// tokenizer reports a NUL and a block missing at EOF differently from
// compile() (vm/pyco.cpp raise_syntax_error).
constexpr uint32_t kCompileSourceFile = 0x40000000;

// `source` is the full text, used for the `text` of SyntaxErrors.
Result<Handle<Code>> compile_module(const ast::Module& module, std::string_view filename, std::string_view source,
                                    CompileMode mode);
Result<Handle<Code>> compile_module(const ast::Module& module, std::string_view filename, std::string_view source,
                                    CompileMode mode, uint32_t flags);

// Human-readable disassembly of a code object and, recursively, of the code
// objects among its constants (`pyco --dis`).
std::string disassemble(Code* code);

} // namespace pyco
