// Unit tests of the exception types, the traceback printer and the builtins
// module functions. Every expected string was printed by CPython 3.11.7.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <string>

#include "runtime/abstract.h"
#include "runtime/builtins.h"
#include "runtime/callable.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/objects.h"
#include "runtime/runtime.h"
#include "runtime/source_cache.h"
#include "runtime/stdio.h"
#include "vm/code.h"

namespace pyco {
namespace {

Ref g_builtins;

class Exceptions : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        init_runtime();
        Result<Ref> d = make_builtins_dict();
        ASSERT_TRUE(d.ok());
        g_builtins = d.take();
    }
    void TearDown() override {
        EXPECT_FALSE(error_occurred()) << "an exception was left set";
        error_clear();
    }
};

// ---------------------------------------------------------------- helpers

Ref I(int64_t v) { return make_int(v); }
Ref S(std::string_view text) { return make_str(text).ref(); }
Ref T(std::initializer_list<Value> items) { return tuple_pack(items).ref(); }
Ref L(std::initializer_list<Value> items) {
    Handle<List> list = list_new();
    for (Value v : items) EXPECT_TRUE(list_append(list.get(), v).ok());
    return std::move(list).ref();
}

Value builtin(const char* name) { return dict_get_str(g_builtins.as<Dict>(), intern(name)); }

// The value of a call that must succeed (the test fails otherwise).
Ref expect_ok(Result<Ref> r, const char* what) {
    EXPECT_TRUE(r.ok()) << what;
    return r.ok() ? r.take() : Ref::borrow(None());
}
#define TRY_RESULT(expr) expect_ok((expr), #expr)

// "Type: message" for the pending exception (cleared), as Python prints it.
std::string take_error() {
    Ref exc = error_fetch();
    if (!exc) return "<no exception>";
    std::string out(exc.get().type()->name_view());
    Result<std::string> text = str_text(exc);
    if (text.ok() && !text.value().empty()) out += ": " + text.value();
    error_clear();
    return out;
}

// repr() of a result, or "Type: message" of the error it raised.
std::string show(Result<Ref> r) {
    if (r.failed()) return take_error();
    Result<std::string> text = repr_text(r.value());
    if (text.failed()) return "repr failed: " + take_error();
    return text.take();
}

std::string str_of(Value v) {
    Result<std::string> text = str_text(v);
    return text.ok() ? text.take() : "str failed: " + take_error();
}

// name(*args, **kwargs) for a builtin (or any callable).
Result<Ref> call_kw(Value fn, std::initializer_list<Value> positional,
                    std::initializer_list<std::pair<const char*, Value>> keywords = {}) {
    std::vector<Value> argv(positional);
    Handle<Tuple> names = tuple_new(keywords.size());
    size_t i = 0;
    for (const auto& [key, value] : keywords) {
        tuple_init_item(names.get(), i++, Ref::borrow(Value(intern(key))));
        argv.push_back(value);
    }
    return call(fn, CallArgs{argv.data(), positional.size(), keywords.size() ? names.get() : nullptr});
}

std::string run(const char* name, std::initializer_list<Value> args,
                std::initializer_list<std::pair<const char*, Value>> keywords = {}) {
    return show(call_kw(builtin(name), args, keywords));
}

Ref exc_of(TypeObject& type, std::initializer_list<Value> args) {
    Result<Ref> r = call(Value(&type), args);
    EXPECT_TRUE(r.ok()) << take_error();
    return r.ok() ? r.take() : Ref();
}

Ref attr(Value obj, const char* name) {
    Result<Ref> r = getattr(obj, intern(name));
    EXPECT_TRUE(r.ok()) << take_error();
    return r.ok() ? r.take() : Ref();
}

bool subclass(TypeObject& a, TypeObject& b) { return is_subtype(&a, &b); }

// ---------------------------------------------------------------- construction, str, repr

TEST_F(Exceptions, StrAndRepr) {
    Ref e = exc_of(ValueError_type, {S("x")});
    EXPECT_EQ(show(repr(e)), "\"ValueError('x')\"");
    EXPECT_EQ(str_of(e), "x");
    Ref empty = exc_of(ValueError_type, {});
    EXPECT_EQ(show(repr(empty)), "'ValueError()'");
    EXPECT_EQ(str_of(empty), "");
    Ref two = exc_of(ValueError_type, {S("a"), I(1)});
    EXPECT_EQ(show(repr(two)), "\"ValueError('a', 1)\"");
    EXPECT_EQ(str_of(two), "('a', 1)");
    EXPECT_EQ(str_of(exc_of(KeyError_type, {S("k")})), "'k'");
    EXPECT_EQ(str_of(exc_of(KeyError_type, {S("a"), I(1)})), "('a', 1)");
    EXPECT_EQ(str_of(exc_of(KeyError_type, {})), "");
    EXPECT_EQ(show(repr(exc_of(KeyError_type, {S("k")}))), "\"KeyError('k')\"");
}

TEST_F(Exceptions, ArgsAttribute) {
    Ref e = exc_of(ValueError_type, {I(1), I(2)});
    EXPECT_EQ(show(attr(e, "args")), "(1, 2)");
    ASSERT_TRUE(setattr(e, intern("args"), L({I(3)})).ok());
    EXPECT_EQ(show(attr(e, "args")), "(3,)");
    EXPECT_TRUE(delattr(e, intern("args")).failed());
    EXPECT_EQ(take_error(), "TypeError: args may not be deleted");
    EXPECT_EQ(show(call_kw(Value(&ValueError_type), {}, {{"a", I(1)}})), "TypeError: ValueError() takes no keyword arguments");
    EXPECT_EQ(show(call_method(e, intern("__reduce__"), {})), "(<class 'ValueError'>, (3,))");
}

TEST_F(Exceptions, ChainingAttributes) {
    Ref e = exc_of(ValueError_type, {});
    EXPECT_EQ(show(attr(e, "__cause__")), "None");
    EXPECT_EQ(show(attr(e, "__suppress_context__")), "False");
    Ref cause = exc_of(KeyError_type, {});
    ASSERT_TRUE(setattr(e, intern("__cause__"), cause).ok());
    EXPECT_EQ(show(attr(e, "__suppress_context__")), "True");
    EXPECT_TRUE(setattr(e, intern("__cause__"), I(3)).failed());
    EXPECT_EQ(take_error(), "TypeError: exception cause must be None or derive from BaseException");
    EXPECT_TRUE(setattr(e, intern("__context__"), I(3)).failed());
    EXPECT_EQ(take_error(), "TypeError: exception context must be None or derive from BaseException");
    EXPECT_TRUE(setattr(e, intern("__suppress_context__"), I(3)).failed());
    EXPECT_EQ(take_error(), "TypeError: attribute value type must be bool");
    EXPECT_TRUE(setattr(e, intern("__traceback__"), I(3)).failed());
    EXPECT_EQ(take_error(), "TypeError: __traceback__ must be a traceback or None");
    EXPECT_TRUE(delattr(e, intern("__cause__")).failed());
    EXPECT_EQ(take_error(), "TypeError: __cause__ may not be deleted");
    EXPECT_EQ(show(call_method(e, intern("with_traceback"), {I(3)})), "TypeError: __traceback__ must be a traceback or None");
}

TEST_F(Exceptions, Notes) {
    Ref e = exc_of(ValueError_type, {});
    EXPECT_EQ(show(getattr(e, intern("__notes__"))), "AttributeError: 'ValueError' object has no attribute '__notes__'");
    EXPECT_EQ(show(call_method(e, intern("add_note"), {I(3)})), "TypeError: note must be a str, not 'int'");
    EXPECT_EQ(show(call_method(e, intern("add_note"), {S("n1")})), "None");
    EXPECT_EQ(show(call_method(e, intern("add_note"), {S("n2")})), "None");
    EXPECT_EQ(show(attr(e, "__notes__")), "['n1', 'n2']");
}

TEST_F(Exceptions, PayloadAttributes) {
    EXPECT_EQ(show(attr(exc_of(StopIteration_type, {I(1), I(2)}), "value")), "1");
    EXPECT_EQ(show(attr(exc_of(StopIteration_type, {}), "value")), "None");
    EXPECT_EQ(show(attr(exc_of(SystemExit_type, {I(1), I(2)}), "code")), "(1, 2)");
    EXPECT_EQ(show(attr(exc_of(SystemExit_type, {}), "code")), "None");
    EXPECT_EQ(show(attr(exc_of(SystemExit_type, {I(3)}), "code")), "3");
    EXPECT_EQ(show(attr(exc_of(ImportError_type, {S("a"), S("b")}), "msg")), "None");
    EXPECT_EQ(str_of(exc_of(ImportError_type, {S("a"), S("b")})), "('a', 'b')");
    EXPECT_EQ(show(call_kw(Value(&ModuleNotFoundError_type), {S("a")}, {{"foo", I(3)}})),
              "TypeError: 'foo' is an invalid keyword argument for ImportError()");
    Result<Ref> named = call_kw(Value(&ImportError_type), {S("a")}, {{"name", S("n")}, {"path", S("p")}});
    ASSERT_TRUE(named.ok());
    EXPECT_EQ(show(attr(named.value(), "path")), "'p'");
    EXPECT_EQ(show(call_kw(Value(&UnboundLocalError_type), {}, {{"x", I(1)}})),
              "TypeError: 'x' is an invalid keyword argument for NameError()");
    Result<Ref> ae = call_kw(Value(&AttributeError_type), {S("a")}, {{"name", S("n")}, {"obj", I(3)}});
    ASSERT_TRUE(ae.ok());
    EXPECT_EQ(show(attr(ae.value(), "obj")), "3");
    EXPECT_EQ(show(attr(ae.value(), "name")), "'n'");
}

TEST_F(Exceptions, OSErrorMapsErrnoToSubclasses) {
    Ref e = exc_of(OSError_type, {I(2), S("No such file or directory"), S("x")});
    EXPECT_EQ(e.get().type(), &FileNotFoundError_type);
    EXPECT_EQ(str_of(e), "[Errno 2] No such file or directory: 'x'");
    EXPECT_EQ(show(repr(e)), "\"FileNotFoundError(2, 'No such file or directory')\"");
    EXPECT_EQ(show(attr(e, "errno")), "2");
    EXPECT_EQ(show(attr(e, "filename")), "'x'");
    EXPECT_EQ(exc_of(OSError_type, {True(), S("x")}).get().type(), &PermissionError_type);
    EXPECT_EQ(exc_of(OSError_type, {S("2"), S("x")}).get().type(), &OSError_type);
    EXPECT_EQ(exc_of(OSError_type, {I(ECONNREFUSED), S("x")}).get().type(), &ConnectionRefusedError_type);
    // Only OSError itself dispatches.
    EXPECT_EQ(exc_of(FileNotFoundError_type, {I(13), S("x")}).get().type(), &FileNotFoundError_type);
    Ref five = exc_of(OSError_type, {I(2), S("x"), S("f"), None(), S("g")});
    EXPECT_EQ(str_of(five), "[Errno 2] x: 'f' -> 'g'");
    EXPECT_EQ(show(attr(five, "args")), "(2, 'x')");
    Ref six = exc_of(OSError_type, {I(2), S("x"), S("f"), I(4), S("g"), I(6)});
    EXPECT_EQ(str_of(six), "(2, 'x', 'f', 4, 'g', 6)");
    EXPECT_EQ(str_of(exc_of(OSError_type, {I(2)})), "2");
    EXPECT_EQ(str_of(exc_of(OSError_type, {I(2), S("x")})), "[Errno 2] x");
    EXPECT_EQ(show(call_kw(Value(&OSError_type), {}, {{"a", I(1)}})), "TypeError: OSError() takes no keyword arguments");
}

TEST_F(Exceptions, RaiseOSError) {
    Ref name = S("x");
    (void)raise_os_error(ENOENT, name);
    EXPECT_EQ(take_error(), "FileNotFoundError: [Errno 2] No such file or directory: 'x'");
    (void)raise_os_error(EISDIR, S("/tmp"));
    EXPECT_EQ(take_error(), "IsADirectoryError: [Errno 21] Is a directory: '/tmp'");
}

TEST_F(Exceptions, SyntaxErrorAttributesAndStr) {
    Ref info = T({S("/a/f.py"), I(3), I(4), S("x")});
    Ref e = exc_of(SyntaxError_type, {S("invalid syntax"), info});
    EXPECT_EQ(str_of(e), "invalid syntax (f.py, line 3)");
    EXPECT_EQ(show(attr(e, "offset")), "4");
    EXPECT_EQ(show(attr(e, "end_lineno")), "None");
    EXPECT_EQ(str_of(exc_of(SyntaxError_type, {S("invalid syntax"), T({None(), I(3), I(4), S("x")})})),
              "invalid syntax (line 3)");
    EXPECT_EQ(str_of(exc_of(SyntaxError_type, {S("invalid syntax"), T({S("f"), None(), I(4), S("x")})})), "invalid syntax (f)");
    EXPECT_EQ(show(call(Value(&SyntaxError_type), {S("a"), T({I(1), I(2)})})),
              "TypeError: function takes at least 4 arguments (2 given)");
    EXPECT_EQ(show(call(Value(&SyntaxError_type), {S("a"), T({S("f"), I(3), I(4), S("x"), I(5)})})),
              "TypeError: end_offset must be provided when end_lineno is provided");
    EXPECT_EQ(show(attr(exc_of(SyntaxError_type, {}), "msg")), "None");
}

TEST_F(Exceptions, UnicodeErrors) {
    Ref bytes = make_bytes("\xff\xfe").ref();
    EXPECT_EQ(str_of(exc_of(UnicodeDecodeError_type, {S("utf-8"), bytes, I(0), I(2), S("bad")})),
              "'utf-8' codec can't decode bytes in position 0-1: bad");
    EXPECT_EQ(str_of(exc_of(UnicodeDecodeError_type, {S("utf-8"), bytes, I(0), I(1), S("invalid start byte")})),
              "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
    EXPECT_EQ(str_of(exc_of(UnicodeEncodeError_type, {S("ascii"), S("h\xc3\xa9"), I(1), I(2), S("ordinal not in range(128)")})),
              "'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)");
    EXPECT_EQ(str_of(exc_of(UnicodeEncodeError_type, {S("a"), S("\xf0\x9f\x98\x80"), I(0), I(1), S("r")})),
              "'a' codec can't encode character '\\U0001f600' in position 0: r");
    EXPECT_EQ(show(call(Value(&UnicodeDecodeError_type), {S("utf-8")})), "TypeError: function takes exactly 5 arguments (1 given)");
}

TEST_F(Exceptions, Hierarchy) {
    EXPECT_TRUE(subclass(FileNotFoundError_type, OSError_type));
    EXPECT_TRUE(subclass(BrokenPipeError_type, ConnectionError_type));
    EXPECT_TRUE(subclass(ModuleNotFoundError_type, ImportError_type));
    EXPECT_TRUE(subclass(UnboundLocalError_type, NameError_type));
    EXPECT_TRUE(subclass(TabError_type, SyntaxError_type));
    EXPECT_TRUE(subclass(UnicodeDecodeError_type, ValueError_type));
    EXPECT_TRUE(subclass(RecursionError_type, RuntimeError_type));
    EXPECT_TRUE(subclass(KeyError_type, LookupError_type));
    EXPECT_TRUE(subclass(ZeroDivisionError_type, ArithmeticError_type));
    EXPECT_FALSE(subclass(GeneratorExit_type, Exception_type));
    EXPECT_FALSE(subclass(KeyboardInterrupt_type, Exception_type));
    EXPECT_FALSE(subclass(SystemExit_type, Exception_type));
    EXPECT_FALSE(subclass(StopIteration_type, LookupError_type));
    EXPECT_EQ(show(attr(Value(&ExceptionGroup_type), "__mro__")),
              "(<class 'ExceptionGroup'>, <class 'BaseExceptionGroup'>, <class 'Exception'>, <class 'BaseException'>, "
              "<class 'object'>)");
    EXPECT_EQ(show(attr(Value(&UnsupportedOperation_type), "__mro__")),
              "(<class 'io.UnsupportedOperation'>, <class 'OSError'>, <class 'ValueError'>, <class 'Exception'>, "
              "<class 'BaseException'>, <class 'object'>)");
    EXPECT_EQ(show(attr(Value(&ValueError_type), "__doc__")), "'Inappropriate argument value (of correct type).'");
    EXPECT_EQ(show(attr(Value(&ValueError_type), "__module__")), "'builtins'");
}

TEST_F(Exceptions, NewChecksItsClass) {
    Value new_ = attr(Value(&BaseException_type), "__new__");
    EXPECT_EQ(show(call(new_, {Value(&int_type)})),
              "TypeError: BaseException.__new__(int): int is not a subtype of BaseException");
    EXPECT_EQ(show(call(new_, {I(3)})), "TypeError: BaseException.__new__(X): X is not a type object (int)");
}

TEST_F(Exceptions, ExceptionGroups) {
    Ref excs = L({exc_of(ValueError_type, {I(1)}), exc_of(TypeError_type, {I(2)})});
    Ref eg = exc_of(BaseExceptionGroup_type, {S("x"), excs});
    EXPECT_EQ(eg.get().type(), &ExceptionGroup_type);
    EXPECT_EQ(str_of(eg), "x (2 sub-exceptions)");
    EXPECT_EQ(show(repr(eg)), "\"ExceptionGroup('x', [ValueError(1), TypeError(2)])\"");
    EXPECT_EQ(show(attr(eg, "exceptions")), "(ValueError(1), TypeError(2))");
    EXPECT_EQ(show(call_method(eg, intern("split"), {Value(&ValueError_type)})),
              "(ExceptionGroup('x', [ValueError(1)]), ExceptionGroup('x', [TypeError(2)]))");
    EXPECT_EQ(show(call_method(eg, intern("subgroup"), {Value(&OSError_type)})), "None");
    EXPECT_EQ(show(call_method(eg, intern("split"), {I(3)})),
              "TypeError: expected a function, exception type or tuple of exception types");
    Ref base = exc_of(BaseExceptionGroup_type, {S("x"), L({exc_of(KeyboardInterrupt_type, {})})});
    EXPECT_EQ(base.get().type(), &BaseExceptionGroup_type);
    EXPECT_EQ(show(call(Value(&ExceptionGroup_type), {S("x"), L({exc_of(KeyboardInterrupt_type, {})})})),
              "TypeError: Cannot nest BaseExceptions in an ExceptionGroup");
    EXPECT_EQ(show(call(Value(&ExceptionGroup_type), {S("x"), L({})})),
              "ValueError: second argument (exceptions) must be a non-empty sequence");
    EXPECT_EQ(show(call(Value(&ExceptionGroup_type), {S("x"), L({I(1)})})),
              "ValueError: Item 0 of second argument (exceptions) is not an exception");
    EXPECT_EQ(show(call(Value(&ExceptionGroup_type), {S("x")})),
              "TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)");
}

TEST_F(Exceptions, RaiseHelpers) {
    (void)raise(TypeError_type, "bad");
    EXPECT_TRUE(error_matches(TypeError_type));
    EXPECT_TRUE(error_matches(Exception_type));
    EXPECT_FALSE(error_matches(ValueError_type));
    EXPECT_EQ(take_error(), "TypeError: bad");
    (void)raise_format(ValueError_type, "%s has %d", "x", 3);
    EXPECT_EQ(take_error(), "ValueError: x has 3");
    (void)raise_key_error(T({I(1), I(2)}));
    Ref key_error = error_fetch();
    EXPECT_EQ(show(attr(key_error, "args")), "((1, 2),)");
    (void)raise_stop_iteration(I(5));
    Ref stop = error_fetch();
    EXPECT_EQ(show(attr(stop, "value")), "5");
    (void)raise_no_memory();
    EXPECT_TRUE(error_matches(MemoryError_type));
    error_clear();
    (void)raise_attribute_error(I(1), intern("reel"));
    EXPECT_EQ(take_error(), "AttributeError: 'int' object has no attribute 'reel'");
    (void)raise_attribute_error(Value(&int_type), intern("x"));
    EXPECT_EQ(take_error(), "AttributeError: type object 'int' has no attribute 'x'");
    (void)raise_name_error(intern("foo"));
    EXPECT_EQ(take_error(), "NameError: name 'foo' is not defined");
}

// ---------------------------------------------------------------- traceback printing

// A code object for `name` in `filename` whose instruction 0 highlights
// columns [col, end_col) of `line`.
Ref make_test_code(const char* filename, const char* name, int line, int col, int end_col, int end_line = 0) {
    Handle<Code> code = make_code();
    code->filename = S(filename);
    code->name = S(name);
    code->qualname = S(name);
    code->varnames = T({});
    code->line_table.push_back(LineEntry{0, line, col, end_col, end_line});
    return std::move(code).ref();
}

// Appends a traceback entry (outermost first, as the VM builds them).
void add_entry(Value exc, Ref code, int lineno) {
    auto* be = exc.as<BaseException>();
    Handle<Traceback> tb = Handle<Traceback>::steal(alloc<Traceback>(&traceback_type));
    tb->code = code;
    tb->lasti = 0;
    tb->lineno = lineno;
    // Link at the tail: exceptions propagate outward, the printer starts at the head.
    if (!be->traceback) {
        be->traceback = std::move(tb).ref();
        return;
    }
    Traceback* last = be->traceback.as<Traceback>();
    while (last->next) last = last->next.as<Traceback>();
    last->next = std::move(tb).ref();
}

std::string printed(Value exc) {
    ::testing::internal::CaptureStderr();
    print_exception(exc);
    return ::testing::internal::GetCapturedStderr();
}

const char* kSource =
    "def f(x):\n"
    "    return 1 + x / 0\n"
    "def g():\n"
    "        d = {}\n"
    "        return d [ 'k' ] \n"
    "a.b.c()\n"
    "f(1)\n"
    "    x = (1 +\n"
    "         None)\n";

class Tracebacks : public Exceptions {
protected:
    void SetUp() override { register_source("t.py", kSource); }
};

TEST_F(Tracebacks, BinaryOperatorCarets) {
    Ref exc = exc_of(ZeroDivisionError_type, {S("division by zero")});
    add_entry(exc, make_test_code("t.py", "<module>", 7, 0, 4), 7);
    add_entry(exc, make_test_code("t.py", "f", 2, 15, 20), 2);
    EXPECT_EQ(printed(exc),
              "Traceback (most recent call last):\n"
              "  File \"t.py\", line 7, in <module>\n"
              "    f(1)\n"
              "  File \"t.py\", line 2, in f\n"
              "    return 1 + x / 0\n"
              "               ~~^~~\n"
              "ZeroDivisionError: division by zero\n");
}

TEST_F(Tracebacks, SubscriptAndCallCarets) {
    Ref exc = exc_of(KeyError_type, {S("k")});
    add_entry(exc, make_test_code("t.py", "g", 5, 15, 24), 5);
    EXPECT_EQ(printed(exc),
              "Traceback (most recent call last):\n"
              "  File \"t.py\", line 5, in g\n"
              "    return d [ 'k' ] \n"
              "           ~~^^^^^^^\n"
              "KeyError: 'k'\n");
    Ref attr_exc = exc_of(AttributeError_type, {S("'NoneType' object has no attribute 'c'")});
    add_entry(attr_exc, make_test_code("t.py", "<module>", 6, 0, 5), 6);
    EXPECT_EQ(printed(attr_exc),
              "Traceback (most recent call last):\n"
              "  File \"t.py\", line 6, in <module>\n"
              "    a.b.c()\n"
              "    ^^^^^\n"
              "AttributeError: 'NoneType' object has no attribute 'c'\n");
}

TEST_F(Tracebacks, WholeLineHasNoCaretsAndMultiLineStopsAtLineEnd) {
    Ref exc = exc_of(TypeError_type, {S("unsupported operand type(s) for +: 'int' and 'NoneType'")});
    add_entry(exc, make_test_code("t.py", "<module>", 6, 0, 7), 6);
    add_entry(exc, make_test_code("t.py", "k", 8, 9, 13, 9), 8);
    EXPECT_EQ(printed(exc),
              "Traceback (most recent call last):\n"
              "  File \"t.py\", line 6, in <module>\n"
              "    a.b.c()\n"
              "  File \"t.py\", line 8, in k\n"
              "    x = (1 +\n"
              "         ^^^\n"
              "TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'\n");
}

TEST_F(Tracebacks, UnknownSourceAndRepeatedLines) {
    Ref exc = exc_of(ZeroDivisionError_type, {S("division by zero")});
    add_entry(exc, make_test_code("<string>", "<module>", 3, 0, 4), 3);
    Ref r = make_test_code("<string>", "r", 2, 7, 15);
    for (int i = 0; i < 11; ++i) add_entry(exc, r, 2);
    EXPECT_EQ(printed(exc),
              "Traceback (most recent call last):\n"
              "  File \"<string>\", line 3, in <module>\n"
              "  File \"<string>\", line 2, in r\n"
              "  File \"<string>\", line 2, in r\n"
              "  File \"<string>\", line 2, in r\n"
              "  [Previous line repeated 8 more times]\n"
              "ZeroDivisionError: division by zero\n");
}

TEST_F(Tracebacks, Chaining) {
    Ref first = exc_of(ZeroDivisionError_type, {S("division by zero")});
    Ref second = exc_of(KeyError_type, {S("a")});
    ASSERT_TRUE(setattr(second, intern("__context__"), first).ok());
    EXPECT_EQ(printed(second),
              "ZeroDivisionError: division by zero\n"
              "\n"
              "During handling of the above exception, another exception occurred:\n"
              "\n"
              "KeyError: 'a'\n");
    ASSERT_TRUE(setattr(second, intern("__cause__"), first).ok());
    EXPECT_EQ(printed(second),
              "ZeroDivisionError: division by zero\n"
              "\n"
              "The above exception was the direct cause of the following exception:\n"
              "\n"
              "KeyError: 'a'\n");
    ASSERT_TRUE(setattr(second, intern("__cause__"), None()).ok()); // raise … from None
    EXPECT_EQ(printed(second), "KeyError: 'a'\n");
    // A context cycle prints each exception once.
    ASSERT_TRUE(setattr(second, intern("__suppress_context__"), False()).ok());
    ASSERT_TRUE(setattr(first, intern("__context__"), second).ok());
    EXPECT_EQ(printed(second),
              "ZeroDivisionError: division by zero\n"
              "\n"
              "During handling of the above exception, another exception occurred:\n"
              "\n"
              "KeyError: 'a'\n");
    ASSERT_TRUE(setattr(first, intern("__context__"), None()).ok());
}

TEST_F(Tracebacks, NotesAndEmptyMessage) {
    Ref e = exc_of(ValueError_type, {S("msg")});
    ASSERT_TRUE(call_method(e, intern("add_note"), {S("note1\nline2")}).ok());
    ASSERT_TRUE(call_method(e, intern("add_note"), {S("n2")}).ok());
    EXPECT_EQ(printed(e), "ValueError: msg\nnote1\nline2\nn2\n");
    EXPECT_EQ(printed(exc_of(ValueError_type, {S("")})), "ValueError\n");
}

TEST_F(Tracebacks, SyntaxErrorDisplay) {
    Ref e = exc_of(SyntaxError_type, {S("bad"), T({S("f.py"), I(3), I(5), S("  x = 1 +\n"), I(3), I(8)})});
    EXPECT_EQ(printed(e), "  File \"f.py\", line 3\n    x = 1 +\n      ^^^\nSyntaxError: bad\n");
    Ref sub = exc_of(IndentationError_type, {S("m"), T({S("f.py"), I(4), I(2), S("abcdef"), I(4), I(5)})});
    EXPECT_EQ(printed(sub), "  File \"f.py\", line 4\n    abcdef\n     ^\nIndentationError: m\n");
    Ref no_offset = exc_of(SyntaxError_type, {S("m"), T({None(), I(4), None(), S("abc")})});
    EXPECT_EQ(printed(no_offset), "  File \"<string>\", line 4\n    abc\nSyntaxError: m\n");
    Ref no_msg = exc_of(SyntaxError_type, {None(), T({S("f.py"), I(2), I(1), S("abc")})});
    EXPECT_EQ(printed(no_msg), "  File \"f.py\", line 2\n    abc\n    ^\nSyntaxError\n");
    Ref multi = exc_of(SyntaxError_type, {S("m"), T({S("f.py"), I(4), I(6), S("abc\ndef"), I(4), I(7)})});
    EXPECT_EQ(printed(multi), "  File \"f.py\", line 4\n    def\n     ^\nSyntaxError: m\n");
    EXPECT_EQ(printed(exc_of(SyntaxError_type, {S("bad")})), "SyntaxError: bad\n");
    Ref no_lineno = exc_of(SyntaxError_type, {S("m"), T({S("f.py"), None(), I(1), S("abc")})});
    EXPECT_EQ(printed(no_lineno), "SyntaxError: m (f.py)\n");
}

TEST_F(Tracebacks, ExceptionGroups) {
    Ref inner = exc_of(ExceptionGroup_type, {S("inner"), L({exc_of(KeyError_type, {S("k")})})});
    Ref eg = exc_of(ExceptionGroup_type,
                    {S("eg"), L({exc_of(ValueError_type, {I(1)}), exc_of(TypeError_type, {I(2)}), inner})});
    ASSERT_TRUE(call_method(eg, intern("add_note"), {S("a note")}).ok());
    add_entry(eg, make_test_code("<string>", "<module>", 3, 0, 4), 3);
    EXPECT_EQ(printed(eg),
              "  + Exception Group Traceback (most recent call last):\n"
              "  |   File \"<string>\", line 3, in <module>\n"
              "  | ExceptionGroup: eg (3 sub-exceptions)\n"
              "  | a note\n"
              "  +-+---------------- 1 ----------------\n"
              "    | ValueError: 1\n"
              "    +---------------- 2 ----------------\n"
              "    | TypeError: 2\n"
              "    +---------------- 3 ----------------\n"
              "    | ExceptionGroup: inner (1 sub-exception)\n"
              "    +-+---------------- 1 ----------------\n"
              "      | KeyError: 'k'\n"
              "      +------------------------------------\n");
}

TEST_F(Tracebacks, WideGroupIsTruncated) {
    Handle<List> members = list_new();
    for (int i = 0; i < 17; ++i) ASSERT_TRUE(list_append(members.get(), exc_of(ValueError_type, {I(i)})).ok());
    Ref eg = exc_of(ExceptionGroup_type, {S("eg"), members});
    std::string out = printed(eg);
    EXPECT_NE(out.find("    +---------------- 15 ----------------\n"
                       "    | ValueError: 14\n"
                       "    +---------------- ... ----------------\n"
                       "    | and 2 more exceptions\n"
                       "    +------------------------------------\n"),
              std::string::npos)
        << out;
}

TEST_F(Tracebacks, Suggestions) {
    Result<Ref> ae = call_kw(Value(&AttributeError_type), {S("'int' object has no attribute 'reel'")},
                             {{"name", S("reel")}, {"obj", I(1)}});
    ASSERT_TRUE(ae.ok());
    EXPECT_EQ(printed(ae.value()), "AttributeError: 'int' object has no attribute 'reel'. Did you mean: 'real'?\n");
    Ref ne = exc_of(NameError_type, {S("name 'abcdeg' is not defined")});
    ASSERT_TRUE(setattr(ne, intern("name"), S("abcdeg")).ok());
    Ref code = make_test_code("<string>", "f", 4, 11, 17);
    code.as<Code>()->varnames = T({S("abcdef")});
    add_entry(ne, code, 4);
    EXPECT_EQ(printed(ne),
              "Traceback (most recent call last):\n"
              "  File \"<string>\", line 4, in f\n"
              "NameError: name 'abcdeg' is not defined. Did you mean: 'abcdef'?\n");
    // A global lookup records its namespaces: builtins are candidates too.
    Handle<Dict> globals = dict_new();
    (void)raise_name_error(intern("prnt"), globals.get(), g_builtins.as<Dict>());
    Ref missing = error_fetch();
    add_entry(missing, make_test_code("<string>", "<module>", 1, 0, 4), 1);
    EXPECT_EQ(printed(missing),
              "Traceback (most recent call last):\n"
              "  File \"<string>\", line 1, in <module>\n"
              "NameError: name 'prnt' is not defined. Did you mean: 'print'?\n");
}

TEST_F(Tracebacks, Unraisable) {
    Ref exc = exc_of(ValueError_type, {});
    add_entry(exc, make_test_code("t.py", "f", 2, 15, 20), 2);
    ::testing::internal::CaptureStderr();
    write_unraisable(exc, S("obj"));
    EXPECT_EQ(::testing::internal::GetCapturedStderr(),
              "Exception ignored in: 'obj'\n"
              "Traceback (most recent call last):\n"
              "  File \"t.py\", line 2, in f\n"
              "    return 1 + x / 0\n"
              "               ~~^~~\n"
              "ValueError: \n");
}

// ---------------------------------------------------------------- builtins

TEST_F(Exceptions, PrintWritesThroughTheStdoutBuffer) {
    ::testing::internal::CaptureStdout();
    ASSERT_TRUE(call_kw(builtin("print"), {I(1), S("a")}, {{"sep", S("-")}, {"end", S("!\n")}}).ok());
    ASSERT_TRUE(call_kw(builtin("print"), {}).ok());
    flush_stdout();
    EXPECT_EQ(::testing::internal::GetCapturedStdout(), "1-a!\n\n");
    EXPECT_EQ(run("print", {I(1)}, {{"sep", I(3)}}), "TypeError: sep must be None or a string, not int");
    EXPECT_EQ(run("print", {I(1)}, {{"foo", I(3)}}), "TypeError: 'foo' is an invalid keyword argument for print()");
    EXPECT_EQ(run("print", {I(1)}, {{"file", I(3)}}), "AttributeError: 'int' object has no attribute 'write'");
}

TEST_F(Exceptions, SimpleFunctions) {
    EXPECT_EQ(run("len", {L({I(1), I(2)})}), "2");
    EXPECT_EQ(run("len", {I(1)}), "TypeError: object of type 'int' has no len()");
    EXPECT_EQ(run("len", {}), "TypeError: len() takes exactly one argument (0 given)");
    EXPECT_EQ(run("abs", {I(-3)}), "3");
    EXPECT_EQ(run("abs", {S("a")}), "TypeError: bad operand type for abs(): 'str'");
    EXPECT_EQ(run("all", {L({I(1), I(0)})}), "False");
    EXPECT_EQ(run("any", {L({I(0), I(2)})}), "True");
    EXPECT_EQ(run("all", {I(1)}), "TypeError: 'int' object is not iterable");
    EXPECT_EQ(run("chr", {I(233)}), "'\xc3\xa9'");
    EXPECT_EQ(run("chr", {I(-1)}), "ValueError: chr() arg not in range(0x110000)");
    EXPECT_EQ(run("chr", {S("a")}), "TypeError: 'str' object cannot be interpreted as an integer");
    EXPECT_EQ(run("ord", {S("\xc3\xa9")}), "233");
    EXPECT_EQ(run("ord", {S("ab")}), "TypeError: ord() expected a character, but string of length 2 found");
    EXPECT_EQ(run("ord", {I(1)}), "TypeError: ord() expected string of length 1, but int found");
    EXPECT_EQ(run("ord", {make_bytes("a").ref()}), "97");
    EXPECT_EQ(run("hex", {I(-255)}), "'-0xff'");
    EXPECT_EQ(run("oct", {I(8)}), "'0o10'");
    EXPECT_EQ(run("bin", {I(-5)}), "'-0b101'");
    EXPECT_EQ(run("hex", {make_float(1.5)}), "TypeError: 'float' object cannot be interpreted as an integer");
    EXPECT_EQ(run("divmod", {I(7), I(2)}), "(3, 1)");
    EXPECT_EQ(run("divmod", {I(1), S("a")}), "TypeError: unsupported operand type(s) for divmod(): 'int' and 'str'");
    EXPECT_EQ(run("divmod", {I(1)}), "TypeError: divmod expected 2 arguments, got 1");
    EXPECT_EQ(run("getattr", {I(1), I(2)}), "TypeError: attribute name must be string, not 'int'");
    EXPECT_EQ(run("getattr", {I(1), S("x")}), "AttributeError: 'int' object has no attribute 'x'");
    EXPECT_EQ(run("getattr", {I(1), S("x"), I(5)}), "5");
    EXPECT_EQ(run("getattr", {I(1)}), "TypeError: getattr expected at least 2 arguments, got 1");
    EXPECT_EQ(run("hasattr", {I(1), S("real")}), "True");
    EXPECT_EQ(run("hash", {L({})}), "TypeError: unhashable type: 'list'");
    EXPECT_EQ(run("callable", {builtin("len")}), "True");
    EXPECT_EQ(run("callable", {I(1)}), "False");
    EXPECT_EQ(run("repr", {S("a")}), "\"'a'\"");
    EXPECT_EQ(run("ascii", {S("\xc3\xa9")}), "\"'\\\\xe9'\"");
    EXPECT_EQ(run("format", {I(3), I(2)}), "TypeError: format() argument 2 must be str, not int");
    EXPECT_EQ(run("setattr", {I(1), S("x"), I(2)}), "AttributeError: 'int' object has no attribute 'x'");
    EXPECT_EQ(run("id", {I(1)}), run("id", {I(1)}));
}

TEST_F(Exceptions, IsinstanceAndIssubclass) {
    EXPECT_EQ(run("isinstance", {I(1), Value(&int_type)}), "True");
    EXPECT_EQ(run("isinstance", {True(), Value(&int_type)}), "True");
    EXPECT_EQ(run("isinstance", {I(1), T({Value(&str_type), T({Value(&int_type)})})}), "True");
    EXPECT_EQ(run("isinstance", {I(1), I(2)}),
              "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
    EXPECT_EQ(run("isinstance", {I(1), T({Value(&int_type), I(2)})}), "True");
    EXPECT_EQ(run("isinstance", {I(1)}), "TypeError: isinstance expected 2 arguments, got 1");
    EXPECT_EQ(run("issubclass", {Value(&bool_type), Value(&int_type)}), "True");
    EXPECT_EQ(run("issubclass", {Value(&int_type), T({Value(&str_type), T({Value(&float_type), Value(&int_type)})})}),
              "True");
    EXPECT_EQ(run("issubclass", {I(1), Value(&int_type)}), "TypeError: issubclass() arg 1 must be a class");
    EXPECT_EQ(run("issubclass", {Value(&int_type), I(1)}),
              "TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union");
    EXPECT_EQ(run("issubclass", {Value(&FileNotFoundError_type), Value(&OSError_type)}), "True");
}

TEST_F(Exceptions, IterAndNext) {
    Ref it = TRY_RESULT(call(builtin("iter"), {L({I(1)})}));
    EXPECT_EQ(run("next", {it}), "1");
    EXPECT_EQ(run("next", {it}), "StopIteration");
    EXPECT_EQ(run("next", {it, I(5)}), "5");
    EXPECT_EQ(run("next", {I(1)}), "TypeError: 'int' object is not an iterator");
    EXPECT_EQ(run("iter", {I(1)}), "TypeError: 'int' object is not iterable");
    EXPECT_EQ(run("iter", {I(1), I(2)}), "TypeError: iter(v, w): v must be callable");
    EXPECT_EQ(run("iter", {}), "TypeError: iter expected at least 1 argument, got 0");
    EXPECT_EQ(run("iter", {L({})}, {{"x", I(1)}}), "TypeError: iter() takes no keyword arguments");
    // iter(callable, sentinel): list.pop until it returns 2.
    Ref items = L({I(1), I(2), I(3), I(4)});
    Ref pop = attr(items, "pop");
    Ref calls = TRY_RESULT(call(builtin("iter"), {pop, I(2)}));
    EXPECT_EQ(show(calls.get().type()->name), "'callable_iterator'");
    EXPECT_EQ(show(sequence_to_list(calls)), "[4, 3]");
}

TEST_F(Exceptions, MinMax) {
    EXPECT_EQ(run("max", {I(1), I(3), I(2)}), "3");
    EXPECT_EQ(run("min", {L({I(4), I(2), I(8)})}), "2");
    EXPECT_EQ(run("max", {}), "TypeError: max expected at least 1 argument, got 0");
    EXPECT_EQ(run("max", {I(1)}), "TypeError: 'int' object is not iterable");
    EXPECT_EQ(run("max", {L({})}), "ValueError: max() arg is an empty sequence");
    EXPECT_EQ(run("min", {L({})}, {{"default", I(5)}}), "5");
    EXPECT_EQ(run("max", {I(1), I(2)}, {{"default", I(5)}}),
              "TypeError: Cannot specify a default for max() with multiple positional arguments");
    EXPECT_EQ(run("max", {I(1), I(2)}, {{"foo", I(1)}}), "TypeError: 'foo' is an invalid keyword argument for max()");
    EXPECT_EQ(run("min", {I(1), I(2)}, {{"key", None()}}), "1");
    EXPECT_EQ(run("max", {L({I(-5), I(2)})}, {{"key", builtin("abs")}}), "-5");
    EXPECT_EQ(run("max", {L({I(1), S("a")})}), "TypeError: '>' not supported between instances of 'str' and 'int'");
    // Ties keep the first item.
    EXPECT_EQ(run("max", {L({I(-2), I(2)})}, {{"key", builtin("abs")}}), "-2");
    EXPECT_EQ(run("min", {L({I(2), I(-2)})}, {{"key", builtin("abs")}}), "2");
}

TEST_F(Exceptions, SumSortedPowRound) {
    EXPECT_EQ(run("sum", {L({I(1), I(2)})}, {{"start", I(10)}}), "13");
    EXPECT_EQ(run("sum", {L({L({I(1)}), L({I(2)})}), L({})}), "[1, 2]");
    EXPECT_EQ(run("sum", {L({S("a")}), S("")}), "TypeError: sum() can't sum strings [use ''.join(seq) instead]");
    EXPECT_EQ(run("sum", {L({}), make_bytes("").ref()}), "TypeError: sum() can't sum bytes [use b''.join(seq) instead]");
    EXPECT_EQ(run("sum", {L({I(1), S("a")})}), "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    EXPECT_EQ(run("sum", {}), "TypeError: sum() takes at least 1 positional argument (0 given)");
    EXPECT_EQ(run("sum", {L({}), I(1), I(2)}), "TypeError: sum() takes at most 2 arguments (3 given)");
    EXPECT_EQ(run("sum", {L({})}, {{"x", I(2)}}), "TypeError: 'x' is an invalid keyword argument for sum()");
    EXPECT_EQ(run("sum", {L({make_float(0.1), make_float(0.2)})}), "0.30000000000000004");
    EXPECT_EQ(run("sorted", {L({I(3), I(1), I(2)})}, {{"reverse", True()}}), "[3, 2, 1]");
    EXPECT_EQ(run("sorted", {}), "TypeError: sorted expected 1 argument, got 0");
    EXPECT_EQ(run("sorted", {L({I(1)})}, {{"x", I(1)}}), "TypeError: 'x' is an invalid keyword argument for sort()");
    EXPECT_EQ(run("pow", {I(2), I(3), I(5)}), "3");
    EXPECT_EQ(run("pow", {I(2), I(-1), I(5)}), "3");
    EXPECT_EQ(run("pow", {I(2), I(3), I(0)}), "ValueError: pow() 3rd argument cannot be 0");
    EXPECT_EQ(run("pow", {S("a"), I(3), I(5)}),
              "TypeError: unsupported operand type(s) for ** or pow(): 'str', 'int', 'int'");
    EXPECT_EQ(run("pow", {}, {{"base", I(2)}, {"exp", I(3)}}), "8");
    EXPECT_EQ(run("pow", {I(2)}), "TypeError: pow() missing required argument 'exp' (pos 2)");
    EXPECT_EQ(run("pow", {I(2), I(3)}, {{"x", I(4)}}), "TypeError: 'x' is an invalid keyword argument for pow()");
    EXPECT_EQ(run("round", {make_float(2.5)}), "2");
    EXPECT_EQ(run("round", {make_float(2.675), I(2)}), "2.67");
    EXPECT_EQ(run("round", {make_float(1.5), None()}), "2");
    EXPECT_EQ(run("round", {S("a")}), "TypeError: type str doesn't define __round__ method");
    EXPECT_EQ(run("round", {}), "TypeError: round() missing required argument 'number' (pos 1)");
}

TEST_F(Exceptions, IteratorTypes) {
    EXPECT_EQ(show(sequence_to_list(TRY_RESULT(call_kw(builtin("enumerate"), {S("ab")}, {{"start", I(5)}})))),
              "[(5, 'a'), (6, 'b')]");
    EXPECT_EQ(run("enumerate", {}), "TypeError: enumerate() missing required argument 'iterable'");
    EXPECT_EQ(run("enumerate", {L({}), S("a")}), "TypeError: 'str' object cannot be interpreted as an integer");
    EXPECT_EQ(run("enumerate", {I(1)}), "TypeError: 'int' object is not iterable");
    EXPECT_EQ(show(sequence_to_list(TRY_RESULT(call(builtin("zip"), {L({I(1), I(2)}), S("ab")})))), "[(1, 'a'), (2, 'b')]");
    EXPECT_EQ(show(sequence_to_list(TRY_RESULT(call(builtin("zip"), {})))), "[]");
    EXPECT_EQ(show(sequence_to_list(TRY_RESULT(call_kw(builtin("zip"), {L({I(1), I(2)}), L({I(3)})}, {{"strict", True()}})))),
              "ValueError: zip() argument 2 is shorter than argument 1");
    EXPECT_EQ(show(sequence_to_list(TRY_RESULT(call_kw(builtin("zip"), {L({I(1)}), L({I(3), I(4)}), L({I(5)})},
                                                         {{"strict", True()}})))),
              "ValueError: zip() argument 2 is longer than argument 1");
    EXPECT_EQ(show(sequence_to_list(TRY_RESULT(call_kw(builtin("zip"), {L({I(1), I(2)}), L({I(3), I(4)}), L({I(5)})},
                                                         {{"strict", True()}})))),
              "ValueError: zip() argument 3 is shorter than arguments 1-2");
    EXPECT_EQ(run("zip", {L({})}, {{"x", True()}}), "TypeError: zip() got an unexpected keyword argument 'x'");
    EXPECT_EQ(show(sequence_to_list(TRY_RESULT(call(builtin("map"), {builtin("abs"), L({I(-1), I(2)})})))), "[1, 2]");
    EXPECT_EQ(show(sequence_to_list(TRY_RESULT(call(builtin("map"), {builtin("pow"), L({I(2), I(3)}), L({I(2), I(2), I(9)})})))),
              "[4, 9]");
    EXPECT_EQ(run("map", {builtin("len")}), "TypeError: map() must have at least two arguments.");
    EXPECT_EQ(show(sequence_to_list(TRY_RESULT(call(builtin("filter"), {None(), L({I(0), I(1), S(""), S("a")})})))),
              "[1, 'a']");
    EXPECT_EQ(run("filter", {None()}), "TypeError: filter expected 2 arguments, got 1");
    EXPECT_EQ(show(sequence_to_list(TRY_RESULT(call(builtin("reversed"), {T({I(1), I(2)})})))), "[2, 1]");
    EXPECT_EQ(run("reversed", {I(1)}), "TypeError: 'int' object is not reversible");
    Ref r = TRY_RESULT(call(builtin("reversed"), {S("ab")}));
    EXPECT_EQ(show(r.get().type()->name), "'reversed'");
    EXPECT_EQ(show(call_method(r, intern("__length_hint__"), {})), "2");
    EXPECT_EQ(show(attr(Value(&enumerate_type), "__name__")), "'enumerate'");
    Result<Ref> seq_iter = make_sequence_iterator(S("xy"));
    ASSERT_TRUE(seq_iter.ok());
    EXPECT_EQ(show(seq_iter.value().get().type()->name), "'iterator'");
    EXPECT_EQ(show(sequence_to_list(seq_iter.value())), "['x', 'y']");
}

// ---------------------------------------------------------------- open()

std::string temp_path(const char* name) { return "/tmp/pyco_exceptions_test_" + std::to_string(getpid()) + "_" + name; }

TEST_F(Exceptions, OpenTextFiles) {
    std::string path = temp_path("data.txt");
    {
        std::ofstream out(path, std::ios::binary);
        out << "ab\r\ncd\r\xd0\xb5\xd1\x84\nlast";
    }
    Ref name = S(path);
    Ref f = TRY_RESULT(call(builtin("open"), {name}));
    EXPECT_EQ(show(repr(f)), "\"<_io.TextIOWrapper name='" + path + "' mode='r' encoding='UTF-8'>\"");
    EXPECT_EQ(show(call_method(f, intern("readline"), {})), "'ab\\n'");
    EXPECT_EQ(show(call_method(f, intern("read"), {I(5)})), "'cd\\n\xd0\xb5\xd1\x84'");
    EXPECT_EQ(show(sequence_to_list(f)), "['\\n', 'last']");
    EXPECT_EQ(show(call_method(f, intern("write"), {S("x")})), "UnsupportedOperation: not writable");
    EXPECT_EQ(show(call_method(f, intern("close"), {})), "None");
    EXPECT_EQ(show(call_method(f, intern("read"), {})), "ValueError: I/O operation on closed file.");
    EXPECT_EQ(show(attr(f, "closed")), "True");

    Ref raw = TRY_RESULT(call_kw(builtin("open"), {name}, {{"newline", S("")}}));
    EXPECT_EQ(show(call_method(raw, intern("readlines"), {})), "['ab\\r\\n', 'cd\\r', '\xd0\xb5\xd1\x84\\n', 'last']");
    ASSERT_TRUE(call_method(raw, intern("close"), {}).ok());

    Ref w = TRY_RESULT(call(builtin("open"), {name, S("w")}));
    EXPECT_EQ(show(call_method(w, intern("write"), {S("h\xc3\xa9llo\n")})), "6");
    EXPECT_EQ(show(call_method(w, intern("write"), {I(3)})), "TypeError: write() argument must be str, not int");
    ASSERT_TRUE(call_method(w, intern("__exit__"), {None(), None(), None()}).ok());
    Ref a = TRY_RESULT(call(builtin("open"), {name, S("a")}));
    EXPECT_EQ(show(call_method(a, intern("read"), {})), "UnsupportedOperation: not readable");
    ASSERT_TRUE(call_method(a, intern("write"), {S("more")}).ok());
    ASSERT_TRUE(call_method(a, intern("close"), {}).ok());
    Ref r = TRY_RESULT(call(builtin("open"), {name}));
    EXPECT_EQ(show(call_method(r, intern("read"), {})), "'h\xc3\xa9llo\\nmore'");
    ASSERT_TRUE(call_method(r, intern("close"), {}).ok());
    std::remove(path.c_str());

    EXPECT_EQ(run("open", {name}), "FileNotFoundError: [Errno 2] No such file or directory: '" + path + "'");
    EXPECT_EQ(run("open", {S("/tmp")}), "IsADirectoryError: [Errno 21] Is a directory: '/tmp'");
    EXPECT_EQ(run("open", {name, S("rw")}), "ValueError: must have exactly one of create/read/write/append mode");
    EXPECT_EQ(run("open", {name, S("z")}), "ValueError: invalid mode: 'z'");
    EXPECT_EQ(run("open", {make_float(3.5)}), "TypeError: expected str, bytes or os.PathLike object, not float");
    EXPECT_EQ(run("open", {name}, {{"newline", S("x")}}), "ValueError: illegal newline value: x");
    EXPECT_EQ(run("open", {name}, {{"encoding", S("foo")}}), "LookupError: unknown encoding: foo");
}

TEST_F(Exceptions, OpenBinaryFilesAndDecodeErrors) {
    std::string path = temp_path("bin");
    Ref name = S(path);
    Ref w = TRY_RESULT(call(builtin("open"), {name, S("wb")}));
    EXPECT_EQ(show(repr(w)), "\"<_io.BufferedWriter name='" + path + "'>\"");
    EXPECT_EQ(show(call_method(w, intern("write"), {S("x")})), "TypeError: a bytes-like object is required, not 'str'");
    EXPECT_EQ(show(call_method(w, intern("write"), {make_bytes("ab\xff""cd").ref()})), "5");
    ASSERT_TRUE(call_method(w, intern("close"), {}).ok());
    Ref r = TRY_RESULT(call(builtin("open"), {name, S("rb")}));
    EXPECT_EQ(show(call_method(r, intern("read"), {})), "b'ab\\xffcd'");
    ASSERT_TRUE(call_method(r, intern("close"), {}).ok());
    Ref t = TRY_RESULT(call(builtin("open"), {name}));
    EXPECT_EQ(show(call_method(t, intern("read"), {})),
              "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte");
    ASSERT_TRUE(call_method(t, intern("close"), {}).ok());
    std::remove(path.c_str());
}

} // namespace
} // namespace pyco
