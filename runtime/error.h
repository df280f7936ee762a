// Exceptions: the object layout, the built-in hierarchy and how C++ code
// raises. The currently raised exception lives in the thread state; a
// failing function sets it and returns kError (runtime/result.h).
#pragma once

#include <string>
#include <string_view>

#include "runtime/objects.h"

namespace pyco {

// BaseException and every built-in exception share this layout (subclasses
// with extra state add fields below). Instances always have a __dict__.
struct BaseException : Object {
    Ref dict;
    Ref args;       // Tuple
    Ref traceback;  // Traceback or null (None)
    Ref cause;      // __cause__ or null
    Ref context;    // __context__ or null
    bool suppress_context;
    Ref notes;      // __notes__ list or null
    // Subclass payloads (only meaningful for the matching types).
    Ref value;      // StopIteration.value / StopAsyncIteration
    Ref code;       // SystemExit.code
    Ref name;       // NameError.name, AttributeError.name, ImportError.name
    Ref obj;        // AttributeError.obj
    // SyntaxError: msg, filename, lineno, offset, text, end_lineno, end_offset
    Ref msg, filename, lineno, offset, text, end_lineno, end_offset;
    Ref path;                // ImportError.path
    Ref myerrno, strerror;   // OSError.errno / .strerror (filename shared above)
    Ref filename2;           // OSError.filename2
    Ref exceptions;          // BaseExceptionGroup.exceptions (Tuple); message in `msg`
};

// name, base. One list drives the type objects and their registration.
#define PYCO_EXCEPTION_TYPES(X)                                          \
    X(BaseException, object)                                             \
    X(BaseExceptionGroup, BaseException)                                 \
    X(GeneratorExit, BaseException)                                      \
    X(KeyboardInterrupt, BaseException)                                  \
    X(SystemExit, BaseException)                                         \
    X(Exception, BaseException)                                          \
    X(ArithmeticError, Exception)                                        \
    X(FloatingPointError, ArithmeticError)                               \
    X(OverflowError, ArithmeticError)                                    \
    X(ZeroDivisionError, ArithmeticError)                                \
    X(AssertionError, Exception)                                         \
    X(AttributeError, Exception)                                         \
    X(BufferError, Exception)                                            \
    X(EOFError, Exception)                                               \
    X(ExceptionGroup, Exception)                                         \
    X(ImportError, Exception)                                            \
    X(ModuleNotFoundError, ImportError)                                  \
    X(LookupError, Exception)                                            \
    X(IndexError, LookupError)                                           \
    X(KeyError, LookupError)                                             \
    X(MemoryError, Exception)                                            \
    X(NameError, Exception)                                              \
    X(UnboundLocalError, NameError)                                      \
    X(OSError, Exception)                                                \
    X(BlockingIOError, OSError)                                          \
    X(ChildProcessError, OSError)                                        \
    X(ConnectionError, OSError)                                          \
    X(BrokenPipeError, ConnectionError)                                  \
    X(ConnectionAbortedError, ConnectionError)                           \
    X(ConnectionRefusedError, ConnectionError)                           \
    X(ConnectionResetError, ConnectionError)                             \
    X(FileExistsError, OSError)                                          \
    X(FileNotFoundError, OSError)                                        \
    X(InterruptedError, OSError)                                         \
    X(IsADirectoryError, OSError)                                        \
    X(NotADirectoryError, OSError)                                       \
    X(PermissionError, OSError)                                          \
    X(ProcessLookupError, OSError)                                       \
    X(TimeoutError, OSError)                                             \
    X(ReferenceError, Exception)                                         \
    X(RuntimeError, Exception)                                           \
    X(NotImplementedError, RuntimeError)                                 \
    X(RecursionError, RuntimeError)                                      \
    X(StopAsyncIteration, Exception)                                     \
    X(StopIteration, Exception)                                          \
    X(SyntaxError, Exception)                                            \
    X(IndentationError, SyntaxError)                                     \
    X(TabError, IndentationError)                                        \
    X(SystemError, Exception)                                            \
    X(TypeError, Exception)                                              \
    X(ValueError, Exception)                                             \
    X(UnicodeError, ValueError)                                          \
    X(UnicodeDecodeError, UnicodeError)                                  \
    X(UnicodeEncodeError, UnicodeError)                                  \
    X(Warning, Exception)                                                \
    X(DeprecationWarning, Warning)                                       \
    X(RuntimeWarning, Warning)                                           \
    X(UserWarning, Warning)                                              \
    X(PendingDeprecationWarning, Warning)                                \
    X(SyntaxWarning, Warning)                                            \
    X(FutureWarning, Warning)                                            \
    X(ImportWarning, Warning)                                            \
    X(UnicodeWarning, Warning)                                           \
    X(BytesWarning, Warning)                                             \
    X(ResourceWarning, Warning)                                          \
    X(EncodingWarning, Warning)

#define PYCO_DECLARE_EXC(name, base) extern TypeObject name##_type;
PYCO_EXCEPTION_TYPES(PYCO_DECLARE_EXC)
#undef PYCO_DECLARE_EXC

// ---------------------------------------------------------------- raising

// Set the current exception to `type(message)` and return kError, so that
// `return raise(TypeError_type, "…");` reads naturally.
ErrorTag raise(TypeObject& type, std::string_view message);
ErrorTag raise(TypeObject& type); // no arguments
// printf-style convenience: raise_format(TypeError_type, "'%s' object is not iterable", name)
ErrorTag raise_format(TypeObject& type, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
// Raise an existing exception instance (sets __context__ from the handled exception).
ErrorTag raise_object(Ref exc);
ErrorTag raise_stop_iteration(Value value); // value may be null (None)
ErrorTag raise_key_error(Value key);
ErrorTag raise_no_memory();
// OSError(errnum, strerror(errnum)[, filename]) mapped to its subclass
// (ENOENT -> FileNotFoundError, …) as CPython's PyErr_SetFromErrno.
ErrorTag raise_os_error(int errnum, Value filename = Value());
// AttributeError with CPython's message for `obj` ("'int' object has no
// attribute 'x'", "type object 'C' has no attribute 'x'", "module 'm' has
// no attribute 'x'") and .name/.obj set, which the "Did you mean" hint needs.
ErrorTag raise_attribute_error(Value obj, Str* name);
// NameError "name 'x' is not defined" with .name set. With the namespaces
// the lookup searched, the traceback printer can offer CPython's "Did you
// mean" hint from the globals and builtins too (not only the locals).
ErrorTag raise_name_error(Str* name, Dict* globals = nullptr, Dict* builtins = nullptr);

// Implemented by the VM: the exception currently being *handled* (the one
// an `except`/`finally` block is running for), or null. raise_object() uses
// it to set __context__ (implicit chaining).
Value current_handled_exception();
// Implicit chaining as raise_object() does it: exc.__context__ = handled,
// first cutting exc out of handled's context chain so no cycle forms. For
// callers that know the handled exception themselves (gen.throw() chains
// the exception the generator's frame is handling, as CPython's
// _PyErr_ChainStackItem).
void chain_exception_context(Value exc, Value handled);

// The type name used in messages: "'int' object is not callable".
std::string_view type_name(Value v);

// ---------------------------------------------------------------- thread state

bool error_occurred();
Ref error_fetch();           // take the current exception, clearing it (null if none)
Value error_peek();          // borrowed current exception (null if none)
void error_restore(Ref exc); // make exc current again
void error_clear();
bool error_matches(TypeObject& type); // current exception is an instance of type
bool exception_matches(Value exc, TypeObject& type);

// Define a native exception class outside builtins (io.UnsupportedOperation):
// BaseException layout, `module` for its repr; `extra_base` (optional) adds
// a second base as in `class X(base, extra_base)`.
void init_exception_subtype(TypeObject* type, const char* name, const char* module, TypeObject* base,
                            TypeObject* extra_base = nullptr);

// Create an exception instance: type(*args) for native exception types.
Result<Ref> make_exception(TypeObject& type, std::string_view message);
// type(*args) without running Python-level __new__/__init__: for native
// exception types (and subclasses that do not override them).
Result<Ref> make_exception_from_args(TypeObject& type, Tuple* args);

// Print "Traceback (most recent call last): … Type: message" to stderr, with
// chained sections, exactly as CPython 3.11 does.
void print_exception(Value exc);
// The same text as a string (traceback.format_exception() joined).
std::string format_exception_text(Value exc);
// "Exception ignored in: <obj>" reporting used by finalizers.
void write_unraisable(Value exc, Value obj);

struct List;
// A copy of exception group `orig` holding only `excs` (made by orig.derive(),
// so subclasses choose the type), with orig's traceback, cause, context and
// notes; null when `excs` is empty. split()/subgroup() and except* use it.
Result<Ref> exception_group_subset(Value orig, List* excs);

} // namespace pyco
