// The embedding API: what the CLI, the REPL and the tests use to run Python.
#pragma once

#include <string>
#include <vector>

#include "parser/parser.h"
#include "runtime/objects.h"
#include "vm/compiler.h"

namespace pyco {

// Source text -> code object. Syntax errors are raised as SyntaxError
// objects carrying filename, line, offset and text.
Result<Handle<Code>> compile_source(const std::string& source, const std::string& filename, CompileMode mode);
// The same with kCompile* flags (e.g. kCompileAllowTopLevelAwait).
Result<Handle<Code>> compile_source(const std::string& source, const std::string& filename, CompileMode mode,
                                    uint32_t flags);
// Raise the SyntaxError (IndentationError, TabError) `info` describes for
// `source` (filename, line, offset and text filled in as CPython does).
// `from_file`: the source was read by CPython's file tokenizer (a script
// or stdin), which locates a few errors differently from compile().
ErrorTag raise_syntax_error(const SyntaxErrorInfo& info, const std::string& source, const std::string& filename,
                            bool from_file = false);
// Run module-level code in `globals` (locals = globals). Code compiled with
// kCompileAllowTopLevelAwait that awaits (CO_COROUTINE) is not run: the
// coroutine object that runs it is returned, for the caller to drive, as
// CPython's eval() of such code does.
Result<Ref> run_module_code(Code* code, Dict* globals);
// Compile and run `source` in `globals` (and `locals`, default: globals).
Result<Ref> exec_source(const std::string& source, const std::string& filename, Dict* globals, Value locals = Value(),
                        CompileMode mode = CompileMode::Exec, uint32_t flags = 0);

// os.path.abspath: joined with the working directory, "." and ".." folded.
std::string absolute_path(const std::string& path);
// A relative path joined with the working directory, nothing folded (how
// CPython's command line names a script in messages and for a directory).
std::string cwd_joined(const std::string& path);

// Process-wide start-up: the object model, builtins, sys. Idempotent.
void init_interpreter(const std::vector<std::string>& argv);

class Interpreter {
public:
    // argv as sys.argv will see it (argv[0] is the script path, '-c' or '').
    explicit Interpreter(const std::vector<std::string>& argv);

    // Run a whole program, then finalize() as at interpreter exit. Each
    // returns the process exit status CPython would use: 0, 1 after an
    // uncaught exception (traceback printed), SystemExit's code.
    // run_file: `source` read from the script `filename` (absolute, as
    // __file__ and tracebacks show it).
    int run_file(const std::string& source, const std::string& filename);
    // run_string: `from_file` for a program read from stdin (see kCompileSourceFile).
    int run_string(const std::string& source, const std::string& filename = "<string>", bool from_file = false);

    // One REPL input. Incomplete means: read more lines and call again with
    // the whole text.
    enum class InputStatus { Complete, Incomplete };
    InputStatus run_interactive(const std::string& source, int* exit_status, bool* exited);

    Dict* main_dict() const { return main_.as<Dict>(); }

    // Interpreter shutdown as CPython's: __main__'s variables are dropped in
    // insertion order (so finalizers — generators' finally blocks, __del__ —
    // run in CPython's order), then a cycle collection; stdout is flushed.
    void finalize();

private:
    int finish(Result<Ref> result);
    Ref main_;
};

// Print an uncaught exception the way CPython's top level does and return
// the exit status (SystemExit handled: its code, or its message and 1).
int report_uncaught_exception();
// Whether report_uncaught_exception() reported a KeyboardInterrupt.
bool exited_by_keyboard_interrupt();

} // namespace pyco
