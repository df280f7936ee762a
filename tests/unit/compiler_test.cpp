// Compiler tests: symbol-table classification, the compile-time
// SyntaxErrors (messages and positions recorded from CPython 3.11.7),
// code-object metadata, and the essential instructions of small programs.
#include <gtest/gtest.h>

#include <sstream>

#include "parser/parser.h"
#include "runtime/error.h"
#include "runtime/objects.h"
#include "vm/compiler.h"
#include "vm/opcodes.h"
#include "vm/pyco.h"
#include "vm/symtable.h"

namespace pyco {
namespace {

class CompilerTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { init_interpreter({"compiler_test"}); }
};

std::unique_ptr<ast::Module> parse(const std::string& source) {
    ParseResult parsed = parse_module(source);
    EXPECT_FALSE(parsed.error) << (parsed.error ? parsed.error->message : "");
    return std::move(parsed.module);
}

Handle<Code> compile_ok(const std::string& source, CompileMode mode = CompileMode::Exec) {
    auto module = parse(source);
    if (!module) return {};
    Result<Handle<Code>> code = compile_module(*module, "t.py", source, mode);
    if (code.failed()) {
        Ref exc = error_fetch();
        auto* e = exc.as<BaseException>();
        std::string msg = e && e->msg && is_str(e->msg) ? std::string(e->msg.as<Str>()->view()) : "?";
        ADD_FAILURE() << "compile failed: " << msg << " in:\n" << source;
        return {};
    }
    return code.take();
}

int64_t int_field(const Ref& r) {
    int64_t v = -1;
    if (r && !r.get().is(None())) int_to_int64(r, &v);
    return v;
}

struct SeenError {
    std::string type, msg, text;
    int64_t lineno = 0, offset = 0, end_lineno = 0, end_offset = 0;
};

// Compile `source`, which must fail; report the exception's fields
// (None positions as -1).
SeenError compile_error(const std::string& source) {
    SeenError seen;
    auto module = parse(source);
    if (!module) return seen;
    Result<Handle<Code>> code = compile_module(*module, "t.py", source, CompileMode::Exec);
    EXPECT_TRUE(code.failed()) << "compiled without error:\n" << source;
    if (code.ok()) return seen;
    Ref exc = error_fetch();
    seen.type = std::string(exc.get().type()->name.as<Str>()->view());
    auto* e = exc.as<BaseException>();
    if (e->msg && is_str(e->msg)) seen.msg = std::string(e->msg.as<Str>()->view());
    else if (e->args && e->args.as<Tuple>()->size > 0 && is_str(e->args.as<Tuple>()->items[0]))
        seen.msg = std::string(e->args.as<Tuple>()->items[0].as<Str>()->view());
    if (e->text && is_str(e->text)) seen.text = std::string(e->text.as<Str>()->view());
    seen.lineno = int_field(e->lineno);
    seen.offset = int_field(e->offset);
    seen.end_lineno = int_field(e->end_lineno);
    seen.end_offset = int_field(e->end_offset);
    return seen;
}

// A nested code object by name (depth-first through co_consts).
Code* find_code(Code* code, std::string_view name) {
    if (code->name.as<Str>()->view() == name) return code;
    Tuple* consts = code->consts.as<Tuple>();
    for (int64_t i = 0; i < consts->size; ++i) {
        Value c = consts->items[i];
        if (c.is_object() && c.type() == &code_type)
            if (Code* found = find_code(c.as<Code>(), name)) return found;
    }
    return nullptr;
}

// The instructions of one code object as "OPNAME", "OPNAME (meaning)" or,
// for operands without a meaning, "OPNAME (arg)" — read back from the
// disassembly, so the listing format is checked too.
std::vector<std::string> ops(Code* code) {
    std::string listing = disassemble(code);
    std::vector<std::string> out;
    std::istringstream in(listing);
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("ExceptionTable:", 0) == 0 || line.rfind("Disassembly", 0) == 0) break;
        if (line.size() < 16) continue;
        std::string rest = line.substr(10); // past the line number and jump-target columns
        std::istringstream fields(rest);
        std::string offset, opname, arg;
        fields >> offset >> opname >> arg;
        size_t paren = rest.find(" (");
        if (paren != std::string::npos) out.push_back(opname + rest.substr(paren));
        else if (!arg.empty()) out.push_back(opname + " (" + arg + ")");
        else out.push_back(opname);
    }
    return out;
}

std::string joined(const std::vector<std::string>& items) {
    std::string s;
    for (const auto& i : items) s += i + "\n";
    return s;
}

// An expected entry without an operand matches any operand.
bool op_matches(const std::string& actual, const std::string& expected) {
    if (actual == expected) return true;
    return expected.find(' ') == std::string::npos && actual.rfind(expected + " (", 0) == 0;
}

// `expected` appears in order (not necessarily adjacent) in `actual`.
::testing::AssertionResult has_sequence(const std::vector<std::string>& actual,
                                        const std::vector<std::string>& expected) {
    size_t next = 0;
    for (const auto& op : actual)
        if (next < expected.size() && op_matches(op, expected[next])) ++next;
    if (next == expected.size()) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "missing '" << expected[next] << "' (in order) in:\n" << joined(actual);
}

// `expected` appears as a contiguous run in `actual`.
::testing::AssertionResult has_run(const std::vector<std::string>& actual, const std::vector<std::string>& expected) {
    for (size_t i = 0; i + expected.size() <= actual.size(); ++i)
        if (std::equal(expected.begin(), expected.end(), actual.begin() + static_cast<long>(i),
                       [](const std::string& e, const std::string& a) { return op_matches(a, e); }))
            return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "no contiguous run\n" << joined(expected) << "in:\n" << joined(actual);
}

std::vector<std::string> tuple_strings(const Ref& tuple) {
    std::vector<std::string> out;
    Tuple* t = tuple.as<Tuple>();
    for (int64_t i = 0; i < t->size; ++i) out.emplace_back(t->items[i].as<Str>()->view());
    return out;
}

// ---------------------------------------------------------------- symbol tables

struct Tables {
    std::unique_ptr<ast::Module> module;
    std::unique_ptr<SymbolTable> table;
};

Tables symtable_of(const std::string& source) {
    Tables t;
    t.module = parse(source);
    Result<std::unique_ptr<SymbolTable>> built = SymbolTable::build(*t.module, SourceInfo{"t.py", source});
    EXPECT_TRUE(built.ok());
    if (built.ok()) t.table = built.take();
    return t;
}

const Scope* find_scope(const Scope* scope, std::string_view name) {
    if (scope->name == name) return scope;
    for (const auto& child : scope->children)
        if (const Scope* found = find_scope(child.get(), name)) return found;
    return nullptr;
}

using SS = SymbolScope;

TEST_F(CompilerTest, ModuleNamesAreLocalOrImplicitGlobal) {
    Tables t = symtable_of("x = 1\nprint(x, y)\n");
    const Scope* top = t.table->top();
    EXPECT_EQ(top->kind, BlockKind::Module);
    EXPECT_EQ(top->scope_of("x"), SS::Local);
    EXPECT_EQ(top->scope_of("print"), SS::GlobalImplicit);
    EXPECT_EQ(top->scope_of("y"), SS::GlobalImplicit);
}

TEST_F(CompilerTest, FunctionLocalsParamsAndGlobals) {
    Tables t = symtable_of("g = 0\ndef f(a, *args, b, **kw):\n    global g\n    c = a\n    return d\n");
    const Scope* f = find_scope(t.table->top(), "f");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->params, (std::vector<std::string>{"a", "b", "args", "kw"}));
    EXPECT_EQ(f->scope_of("a"), SS::Local);
    EXPECT_EQ(f->scope_of("c"), SS::Local);
    EXPECT_EQ(f->scope_of("g"), SS::GlobalExplicit);
    EXPECT_EQ(f->scope_of("d"), SS::GlobalImplicit);
    EXPECT_TRUE(f->has_varargs);
    EXPECT_TRUE(f->has_varkeywords);
    EXPECT_TRUE(f->flags_of("a") & kDefParam);
}

TEST_F(CompilerTest, ClosuresMakeCellsAndFrees) {
    Tables t = symtable_of("def f():\n    x = 1\n    def g():\n        return x\n    return g\n");
    EXPECT_EQ(find_scope(t.table->top(), "f")->scope_of("x"), SS::Cell);
    EXPECT_EQ(find_scope(t.table->top(), "g")->scope_of("x"), SS::Free);
}

TEST_F(CompilerTest, ClassScopeIsSkippedByMethods) {
    Tables t =
        symtable_of("def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n");
    const Scope* top = t.table->top();
    EXPECT_EQ(find_scope(top, "f")->scope_of("x"), SS::Cell);
    const Scope* c = find_scope(top, "C");
    EXPECT_EQ(c->scope_of("x"), SS::Local);
    EXPECT_TRUE(c->flags_of("x") & kDefFreeClass);
    EXPECT_EQ(find_scope(top, "m")->scope_of("x"), SS::Free);

    Tables t2 = symtable_of("class C:\n    y = 1\n    def m(self):\n        return y\n");
    EXPECT_EQ(find_scope(t2.table->top(), "m")->scope_of("y"), SS::GlobalImplicit);
}

TEST_F(CompilerTest, SuperNeedsTheClassCell) {
    Tables t =
        symtable_of("class C:\n    def m(self):\n        return super().m()\n    def n(self):\n        return 1\n");
    const Scope* c = find_scope(t.table->top(), "C");
    EXPECT_TRUE(c->needs_class_closure);
    EXPECT_EQ(find_scope(c, "m")->scope_of("__class__"), SS::Free);
    EXPECT_EQ(find_scope(c, "n")->scope_of("__class__"), SS::Unknown);
}

TEST_F(CompilerTest, NonlocalPassesThroughIntermediateScopes) {
    Tables t =
        symtable_of("def f():\n    x = 0\n    def g():\n        def h():\n            nonlocal x\n            x = 1\n");
    const Scope* top = t.table->top();
    EXPECT_EQ(find_scope(top, "f")->scope_of("x"), SS::Cell);
    EXPECT_EQ(find_scope(top, "g")->scope_of("x"), SS::Free);
    EXPECT_EQ(find_scope(top, "h")->scope_of("x"), SS::Free);
}

TEST_F(CompilerTest, ComprehensionScopes) {
    Tables t = symtable_of("def f(z, n):\n    return [y + n for y in z if y]\n");
    const Scope* f = find_scope(t.table->top(), "f");
    const Scope* comp = find_scope(f, "<listcomp>");
    ASSERT_TRUE(comp);
    EXPECT_EQ(comp->comprehension, ComprehensionKind::List);
    EXPECT_EQ(comp->params, std::vector<std::string>{".0"});
    EXPECT_EQ(comp->scope_of("y"), SS::Local);
    EXPECT_EQ(comp->scope_of("n"), SS::Free);
    EXPECT_EQ(comp->scope_of("z"), SS::Unknown); // the outermost iterable belongs to f
    EXPECT_EQ(f->scope_of("z"), SS::Local);
    EXPECT_EQ(f->scope_of("n"), SS::Cell);
}

TEST_F(CompilerTest, WalrusInComprehensionBindsInEnclosingFunction) {
    Tables t = symtable_of("def f(z):\n    [(last := y) for y in z]\n    return last\n");
    const Scope* f = find_scope(t.table->top(), "f");
    EXPECT_EQ(f->scope_of("last"), SS::Cell);
    EXPECT_EQ(find_scope(f, "<listcomp>")->scope_of("last"), SS::Free);

    Tables m = symtable_of("[(last := y) for y in z]\n");
    EXPECT_EQ(find_scope(m.table->top(), "<listcomp>")->scope_of("last"), SS::GlobalExplicit);
}

TEST_F(CompilerTest, GeneratorAndCoroutineDetection) {
    Tables t = symtable_of(
        "def g():\n    yield 1\nasync def c():\n    await x\nasync def ag():\n    yield 1\nx = (i for i in y)\n"
        "async def ac():\n    return [i async for i in y]\n");
    const Scope* top = t.table->top();
    const Scope* g = find_scope(top, "g");
    EXPECT_TRUE(g->is_generator);
    EXPECT_FALSE(g->is_coroutine);
    const Scope* c = find_scope(top, "c");
    EXPECT_TRUE(c->is_coroutine);
    EXPECT_FALSE(c->is_generator);
    const Scope* ag = find_scope(top, "ag");
    EXPECT_TRUE(ag->is_coroutine && ag->is_generator);
    EXPECT_TRUE(find_scope(top, "<genexpr>")->is_generator);
    const Scope* comp = find_scope(find_scope(top, "ac"), "<listcomp>");
    EXPECT_TRUE(comp->is_coroutine);
    EXPECT_FALSE(comp->is_generator);
}

TEST_F(CompilerTest, GlobalDeclarationMarksModuleName) {
    Tables t = symtable_of("def f():\n    global x\n    x = 1\nx = 2\n");
    EXPECT_EQ(t.table->top()->scope_of("x"), SS::GlobalExplicit);
}

TEST_F(CompilerTest, PrivateNamesAreMangled) {
    EXPECT_EQ(mangle("C", "__x"), "_C__x");
    EXPECT_EQ(mangle("_C", "__x"), "_C__x");
    EXPECT_EQ(mangle("C", "__x__"), "__x__");
    EXPECT_EQ(mangle("C", "_x"), "_x");
    EXPECT_EQ(mangle("___", "__x"), "__x");
    EXPECT_EQ(mangle("", "__x"), "__x");
    Tables t = symtable_of("class C:\n    __a = 1\n    def m(self):\n        return self.__a\n");
    EXPECT_EQ(find_scope(t.table->top(), "C")->scope_of("_C__a"), SS::Local);
}

// ---------------------------------------------------------------- SyntaxErrors

struct ErrorCase {
    const char* source;
    const char* message;
    int lineno, offset, end_lineno, end_offset; // -1: None
};

// Recorded with python3 -c "compile(src, 'f.py', 'exec')".
const ErrorCase kErrorCases[] = {
    {"return 1", "'return' outside function", 1, 1, 1, 9},
    {"x = 1\nreturn", "'return' outside function", 2, 1, 2, 7},
    {"class C:\n    return 2", "'return' outside function", 2, 5, 2, 13},
    {"yield 1", "'yield' outside function", 1, 1, 1, 8},
    {"class C:\n    yield", "'yield' outside function", 2, 5, 2, 10},
    {"x = yield from y", "'yield' outside function", 1, 5, 1, 17},
    {"await x", "'await' outside function", 1, 1, 1, 8},
    {"def f():\n    await x", "'await' outside async function", 2, 5, 2, 12},
    {"def f():\n    lambda: await x", "'await' outside async function", 2, 13, 2, 20},
    {"async def f():\n    def g():\n        await x", "'await' outside async function", 3, 9, 3, 16},
    {"async def f():\n    class C:\n        await x", "'await' outside function", 3, 9, 3, 16},
    {"async def f():\n    yield from x", "'yield from' inside async function", 2, 5, 2, 17},
    {"async def f():\n    yield 1\n    return 2", "'return' with value in async generator", 3, 5, 3, 13},
    {"break", "'break' outside loop", 1, 1, 1, 6},
    {"if x:\n    break", "'break' outside loop", 2, 5, 2, 10},
    {"continue", "'continue' not properly in loop", 1, 1, 1, 9},
    {"while x:\n    def f():\n        break", "'break' outside loop", 3, 9, 3, 14},
    {"for x in range(3):\n    try:\n        pass\n    finally:\n        continue\nelse:\n    break",
     "'break' outside loop", 7, 5, 7, 10},
    {"nonlocal x", "nonlocal declaration not allowed at module level", 1, 1, 1, 11},
    {"def f():\n    nonlocal x", "no binding for nonlocal 'x' found", 2, 5, 2, 15},
    {"class C:\n    nonlocal x", "no binding for nonlocal 'x' found", 2, 5, 2, 15},
    {"def f():\n    class C:\n        x = 1\n        def g():\n            nonlocal x",
     "no binding for nonlocal 'x' found", 5, 13, 5, 23},
    {"def f(x):\n    global x", "name 'x' is parameter and global", 2, 5, 2, 13},
    {"def f(x):\n    nonlocal x", "name 'x' is parameter and nonlocal", 2, 5, 2, 15},
    {"def f():\n    x = 1\n    global x", "name 'x' is assigned to before global declaration", 3, 5, 3, 13},
    {"def f():\n    print(x)\n    global x", "name 'x' is used prior to global declaration", 3, 5, 3, 13},
    {"def f():\n    x: int\n    global x", "annotated name 'x' can't be global", 3, 5, 3, 13},
    {"def f():\n    x: int\n    nonlocal x", "annotated name 'x' can't be nonlocal", 3, 5, 3, 15},
    {"def f():\n    global x\n    x: int", "annotated name 'x' can't be global", 3, 5, 3, 11},
    {"def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x", "name 'x' is nonlocal and global", 4, 9,
     4, 17},
    {"def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x", "name 'x' is nonlocal and global", 4, 9,
     4, 19},
    {"def f(a, b, a): pass", "duplicate argument 'a' in function definition", 1, 13, 1, 14},
    {"def f(a, *, a): pass", "duplicate argument 'a' in function definition", 1, 13, 1, 14},
    {"lambda a, a: 1", "duplicate argument 'a' in function definition", 1, 11, 1, 12},
    {"def f():\n    async for x in y: pass", "'async for' outside async function", 2, 5, 2, 27},
    {"def f():\n    async with x: pass", "'async with' outside async function", 2, 5, 2, 23},
    {"async for x in y: pass", "'async for' outside async function", 1, 1, 1, 23},
    {"def f():\n    [x async for x in y]", "asynchronous comprehension outside of an asynchronous function", 2, 5, 2,
     25},
    {"def f():\n    [await x for x in y]", "asynchronous comprehension outside of an asynchronous function", 2, 5, 2,
     25},
    {"[i async for i in x]", "asynchronous comprehension outside of an asynchronous function", 1, 1, 1, 21},
    {"[x for x in (y := [1])]", "assignment expression cannot be used in a comprehension iterable expression", 1, 14, 1,
     22},
    {"[x for x in [1] for z in (y := [1])]",
     "assignment expression cannot be used in a comprehension iterable expression", 1, 27, 1, 35},
    {"[(x := 1) for x in y]", "assignment expression cannot rebind comprehension iteration variable 'x'", 1, 3, 1, 4},
    {"[i for i in range(5) if (j := 0) for j in range(5)]",
     "comprehension inner loop cannot rebind assignment expression target 'j'", 1, 38, 1, 39},
    {"class C:\n    [(y := 1) for x in z]",
     "assignment expression within a comprehension cannot be used in a class body", 2, 7, 2, 8},
    {"def f():\n    from m import *", "import * only allowed at module level", 2, 19, 2, 20},
    {"[(yield x) for x in y]", "'yield' inside list comprehension", 1, 3, 1, 10},
    {"{(yield x) for x in y}", "'yield' inside set comprehension", 1, 3, 1, 10},
    {"{(yield x): 1 for x in y}", "'yield' inside dict comprehension", 1, 3, 1, 10},
    {"((yield x) for x in y)", "'yield' inside generator expression", 1, 3, 1, 10},
    {"def f(__debug__): pass", "cannot assign to __debug__", 1, 1, 1, 23},
    {"__debug__ = 1", "cannot assign to __debug__", 1, 1, 1, 10},
    {"del __debug__", "cannot delete __debug__", 1, 5, 1, 14},
    {"f(__debug__=1)", "cannot assign to __debug__", 1, 1, 1, 15},
    {"x.__debug__ = 1", "cannot assign to __debug__", 1, 1, 1, 12},
    {"f(a=1, b=2, a=3)", "keyword argument repeated: a", 1, 13, 1, 16},
    {"*a = b", "starred assignment target must be in a list or tuple", 1, 1, 1, 3},
    {"a, *b, *c = d", "multiple starred expressions in assignment", 1, 1, 1, 10},
    {"x = *a", "can't use starred expression here", 1, 5, 1, 7},
    {"x = 1\nfrom __future__ import annotations", "from __future__ imports must occur at the beginning of the file", 2,
     1, 2, 35},
    {"import os; from __future__ import annotations", "from __future__ imports must occur at the beginning of the file",
     1, 11, 1, -1},
    {"from __future__ import braces", "not a chance", 1, 1, 1, -1},
    {"from __future__ import nope", "future feature nope is not defined", 1, 1, 1, -1},
    {"try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass", "default 'except:' must be last", 3, 1, 4, 9},
};

TEST_F(CompilerTest, SyntaxErrorsMatchCPython) {
    for (const ErrorCase& c : kErrorCases) {
        SCOPED_TRACE(c.source);
        SeenError e = compile_error(c.source);
        EXPECT_EQ(e.type, "SyntaxError");
        EXPECT_EQ(e.msg, c.message);
        EXPECT_EQ(e.lineno, c.lineno);
        EXPECT_EQ(e.offset, c.offset);
        EXPECT_EQ(e.end_lineno, c.end_lineno);
        EXPECT_EQ(e.end_offset, c.end_offset);
    }
}

TEST_F(CompilerTest, SyntaxErrorCarriesSourceLine) {
    SeenError e = compile_error("x = 1\n    \nif x:\n    break\ny = 2\n");
    EXPECT_EQ(e.msg, "'break' outside loop");
    EXPECT_EQ(e.text, "    break\n");
}

TEST_F(CompilerTest, TooManyNestedBlocks) {
    std::string source;
    for (int i = 0; i < 21; ++i) source += std::string(static_cast<size_t>(i), ' ') + "for x in y:\n";
    source += std::string(21, ' ') + "pass\n";
    SeenError e = compile_error(source);
    EXPECT_EQ(e.msg, "too many statically nested blocks");
    EXPECT_EQ(e.lineno, 21);
}

// The parser has its own nesting limit, so the compiler's is checked on a
// hand-built tree: x = -(-(-(...1))).
std::unique_ptr<ast::Module> negation_chain(int depth) {
    ast::ExprPtr value = std::make_unique<ast::Constant>();
    static_cast<ast::Constant&>(*value).value.kind = ast::ConstantValue::Kind::Int;
    static_cast<ast::Constant&>(*value).value.text = "1";
    for (int i = 0; i < depth; ++i) {
        auto neg = std::make_unique<ast::UnaryOp>();
        neg->op = ast::UnaryOpKind::USub;
        neg->operand = std::move(value);
        value = std::move(neg);
    }
    auto target = std::make_unique<ast::Name>();
    target->id = "x";
    target->ctx = ast::ExprContext::Store;
    auto assign = std::make_unique<ast::Assign>();
    assign->targets.push_back(std::move(target));
    assign->value = std::move(value);
    auto module = std::make_unique<ast::Module>();
    module->body.push_back(std::move(assign));
    return module;
}

TEST_F(CompilerTest, DeepExpressionsRaiseRecursionError) {
    auto deep = negation_chain(5000);
    EXPECT_TRUE(compile_module(*deep, "t.py", "", CompileMode::Exec).failed());
    Ref exc = error_fetch();
    ASSERT_TRUE(exc);
    EXPECT_EQ(exc.get().type(), &RecursionError_type);
    auto* e = exc.as<BaseException>();
    EXPECT_EQ(e->args.as<Tuple>()->items[0].as<Str>()->view(), "maximum recursion depth exceeded during compilation");

    auto fine = negation_chain(2000);
    Result<Handle<Code>> code = compile_module(*fine, "t.py", "", CompileMode::Exec);
    ASSERT_TRUE(code.ok());
    EXPECT_EQ(code.value()->stacksize, 1);
}

// Compile-time SyntaxWarnings, in the warnings module's default format
// (no source line: "t.py" is not a real file).
TEST_F(CompilerTest, SyntaxWarnings) {
    const std::pair<const char*, const char*> cases[] = {
        {"x is 1", "t.py:1: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n"},
        {"if x is not ():\n    pass", "t.py:1: SyntaxWarning: \"is not\" with a literal. Did you mean \"!=\"?\n"},
        {"x is None or x is True", ""},
        {"'abc'()", "t.py:1: SyntaxWarning: 'str' object is not callable; perhaps you missed a comma?\n"},
        {"[(1, 2)\n (3, 4)]", "t.py:1: SyntaxWarning: 'tuple' object is not callable; perhaps you missed a comma?\n"},
        {"x = 1.5[0]", "t.py:1: SyntaxWarning: 'float' object is not subscriptable; perhaps you missed a comma?\n"},
        {"'ab'[1.0]", "t.py:1: SyntaxWarning: str indices must be integers or slices, not float; perhaps you missed a "
                      "comma?\n"},
        {"'ab'[1], [1][0:1], (1, 2)[x]", ""},
        {"assert (x, 'msg')", "t.py:1: SyntaxWarning: assertion is always true, perhaps remove parentheses?\n"},
    };
    for (const auto& [source, expected] : cases) {
        SCOPED_TRACE(source);
        ::testing::internal::CaptureStderr();
        Handle<Code> code = compile_ok(source);
        EXPECT_TRUE(code);
        EXPECT_EQ(::testing::internal::GetCapturedStderr(), expected);
    }
}

// ---------------------------------------------------------------- code objects

TEST_F(CompilerTest, ArgumentLayout) {
    Handle<Code> m = compile_ok("def f(a, b=1, /, c=2, *args, d, e=3, **kw):\n    x = 1\n    return x\n");
    Code* f = find_code(m.get(), "f");
    ASSERT_TRUE(f);
    EXPECT_EQ(tuple_strings(f->varnames), (std::vector<std::string>{"a", "b", "c", "d", "e", "args", "kw", "x"}));
    EXPECT_EQ(f->argcount, 3);
    EXPECT_EQ(f->posonlyargcount, 2);
    EXPECT_EQ(f->kwonlyargcount, 2);
    EXPECT_EQ(f->nlocals, 8);
    EXPECT_EQ(f->flags, kCodeOptimized | kCodeNewLocals | kCodeVarargs | kCodeVarkeywords);
    EXPECT_TRUE(has_sequence(ops(m.get()), {"LOAD_CONST (1)", "LOAD_CONST (2)", "BUILD_TUPLE", "LOAD_CONST ('e')",
                                            "LOAD_CONST (3)", "BUILD_MAP", "MAKE_FUNCTION (defaults, kwdefaults)"}));
}

TEST_F(CompilerTest, CellsOfArgumentsAndFreeVariables) {
    Handle<Code> m = compile_ok("def f(a, b):\n    c = 0\n    def g():\n        return b + c\n    return g\n");
    Code* f = find_code(m.get(), "f");
    EXPECT_EQ(tuple_strings(f->cellvars), (std::vector<std::string>{"b", "c"}));
    EXPECT_EQ(f->cell2arg, (std::vector<int32_t>{1, -1}));
    Code* g = find_code(m.get(), "g");
    EXPECT_EQ(tuple_strings(g->freevars), (std::vector<std::string>{"b", "c"}));
    EXPECT_TRUE(g->flags & kCodeNested);
    EXPECT_TRUE(has_run(ops(f), {"LOAD_CLOSURE (b)", "LOAD_CLOSURE (c)", "BUILD_TUPLE",
                                 "LOAD_CONST (<code object g, file \"t.py\", line 3>)", "MAKE_FUNCTION (closure)"}));
    EXPECT_TRUE(has_sequence(ops(f), {"LOAD_CONST (0)", "STORE_DEREF (c)"}));
    EXPECT_TRUE(has_sequence(ops(g), {"LOAD_DEREF (b)", "LOAD_DEREF (c)", "BINARY_OP (+)", "RETURN_VALUE"}));
}

TEST_F(CompilerTest, QualifiedNames) {
    Handle<Code> m = compile_ok(
        "def f():\n    def g():\n        pass\n    class C:\n        def m(self): pass\n"
        "    return [lambda: 0 for x in y]\nclass D:\n    def n(self): pass\ndef h():\n    global k\n    def k(): pass\n");
    EXPECT_EQ(find_code(m.get(), "g")->qualname.as<Str>()->view(), "f.<locals>.g");
    EXPECT_EQ(find_code(m.get(), "C")->qualname.as<Str>()->view(), "f.<locals>.C");
    EXPECT_EQ(find_code(m.get(), "m")->qualname.as<Str>()->view(), "f.<locals>.C.m");
    EXPECT_EQ(find_code(m.get(), "<listcomp>")->qualname.as<Str>()->view(), "f.<locals>.<listcomp>");
    EXPECT_EQ(find_code(m.get(), "<lambda>")->qualname.as<Str>()->view(), "f.<locals>.<listcomp>.<lambda>");
    EXPECT_EQ(find_code(m.get(), "n")->qualname.as<Str>()->view(), "D.n");
    EXPECT_EQ(find_code(m.get(), "k")->qualname.as<Str>()->view(), "k");
    EXPECT_EQ(m->qualname.as<Str>()->view(), "<module>");
}

TEST_F(CompilerTest, FirstLineAndDocstring) {
    Handle<Code> m = compile_ok("@dec\n@dec2\ndef f():\n    'doc'\n    return 1\ndef g():\n    return 'x'\n");
    Code* f = find_code(m.get(), "f");
    EXPECT_EQ(f->firstlineno, 1);
    EXPECT_EQ(f->consts.as<Tuple>()->items[0].as<Str>()->view(), "doc");
    Code* g = find_code(m.get(), "g");
    EXPECT_TRUE(g->consts.as<Tuple>()->items[0].is(None()));
    // Decorators apply innermost first, each with CALL 0 over [decorator, function].
    EXPECT_TRUE(has_run(ops(m.get()), {"LOAD_NAME (dec)", "LOAD_NAME (dec2)", "LOAD_CONST", "MAKE_FUNCTION (0)",
                                       "CALL (0)", "CALL (0)", "STORE_NAME (f)"}));
}

TEST_F(CompilerTest, GeneratorFlags) {
    Handle<Code> m = compile_ok(
        "def g():\n    yield 1\nasync def c():\n    await x\nasync def ag():\n    yield 2\nx = (i for i in y)\n");
    EXPECT_TRUE(find_code(m.get(), "g")->flags & kCodeGenerator);
    EXPECT_TRUE(find_code(m.get(), "c")->flags & kCodeCoroutine);
    EXPECT_TRUE(find_code(m.get(), "ag")->flags & kCodeAsyncGenerator);
    EXPECT_TRUE(find_code(m.get(), "<genexpr>")->flags & kCodeGenerator);
    EXPECT_TRUE(has_run(ops(find_code(m.get(), "g")), {"LOAD_CONST (1)", "YIELD_VALUE (0)", "POP_TOP"}));
    // An async generator's own yields are marked (an await's are kind 1).
    EXPECT_TRUE(has_run(ops(find_code(m.get(), "ag")), {"LOAD_CONST (2)", "YIELD_VALUE (2)", "POP_TOP"}));
}

TEST_F(CompilerTest, DerefOperations) {
    Handle<Code> m =
        compile_ok("def f():\n    x = 1\n    def g():\n        return x\n    del x\n    class C:\n        nonlocal x\n"
                   "        x = 2\n        y = x\n    return g\n");
    EXPECT_TRUE(has_sequence(ops(find_code(m.get(), "f")), {"STORE_DEREF (x)", "DELETE_DEREF (x)"}));
    // A class body stores a nonlocal through its cell and reads it through
    // its namespace first.
    EXPECT_TRUE(
        has_sequence(ops(find_code(m.get(), "C")), {"STORE_DEREF (x)", "LOAD_CLASSDEREF (x)", "STORE_NAME (y)"}));
}

TEST_F(CompilerTest, WalrusInModuleComprehensionStoresGlobal) {
    Handle<Code> m = compile_ok("[(y := i) for i in r]\n");
    EXPECT_TRUE(has_sequence(ops(find_code(m.get(), "<listcomp>")),
                             {"LOAD_FAST (i)", "COPY (1)", "STORE_GLOBAL (y)", "LIST_APPEND (2)"}));
}

TEST_F(CompilerTest, ModuleDocstringAndInteractiveNesting) {
    Handle<Code> m = compile_ok("'module doc'\nx = 1\n");
    EXPECT_TRUE(has_run(ops(m.get()), {"LOAD_CONST ('module doc')", "STORE_NAME (__doc__)"}));
    Handle<Code> single = compile_ok("class C:\n    1\ndef f():\n    2\n", CompileMode::Single);
    for (const char* name : {"C", "f"}) {
        auto body = ops(find_code(single.get(), name));
        EXPECT_EQ(std::count(body.begin(), body.end(), "PRINT_EXPR"), 0) << name;
    }
}

TEST_F(CompilerTest, ManyArgumentsUseCallFunctionEx) {
    std::string call = "f(";
    for (int i = 0; i < 40; ++i) call += "a, ";
    Handle<Code> m = compile_ok(call + "k=1)\n");
    EXPECT_TRUE(has_sequence(ops(m.get()), {"PUSH_NULL", "LOAD_NAME (f)", "BUILD_LIST (0)", "LOAD_NAME (a)",
                                            "LIST_APPEND (1)", "LIST_TO_TUPLE", "LOAD_CONST ('k')", "LOAD_CONST (1)",
                                            "BUILD_MAP (1)", "CALL_FUNCTION_EX (1)"}));
    EXPECT_LE(m->stacksize, 6);
}

TEST_F(CompilerTest, FinallyBodyIsCopiedPerExit) {
    Handle<Code> m =
        compile_ok("def f(x):\n    try:\n        if x:\n            return 1\n    finally:\n        g()\n");
    auto listing = ops(find_code(m.get(), "f"));
    // The return path, the normal path and the exception handler.
    EXPECT_EQ(std::count(listing.begin(), listing.end(), "LOAD_GLOBAL (g)"), 3) << joined(listing);
    EXPECT_TRUE(has_run(listing, {"PUSH_EXC_INFO", "PUSH_NULL", "LOAD_GLOBAL (g)", "CALL (0)", "POP_TOP", "RERAISE (0)",
                                  "COPY (3)", "POP_EXCEPT", "RERAISE (1)"}));
}

// ---------------------------------------------------------------- instructions

TEST_F(CompilerTest, DisassemblyFormat) {
    Handle<Code> m = compile_ok("def f(x):\n    return x + 1\n");
    EXPECT_EQ(disassemble(find_code(m.get(), "f")), "  2           0 LOAD_FAST                0 (x)\n"
                                                    "              1 LOAD_CONST               1 (1)\n"
                                                    "              2 BINARY_OP                0 (+)\n"
                                                    "              3 RETURN_VALUE\n");
    std::string all = disassemble(m.get());
    EXPECT_NE(all.find("\nDisassembly of <code object f, file \"t.py\", line 1>:\n"), std::string::npos) << all;
}

TEST_F(CompilerTest, ModuleEndsWithReturnNone) {
    Handle<Code> m = compile_ok("x = 1\n");
    EXPECT_EQ(ops(m.get()),
              (std::vector<std::string>{"LOAD_CONST (1)", "STORE_NAME (x)", "LOAD_CONST (None)", "RETURN_VALUE"}));
}

TEST_F(CompilerTest, InteractiveAndEvalModes) {
    Handle<Code> single = compile_ok("1 + 2\nx = 3\nif x:\n    x\n", CompileMode::Single);
    auto listing = ops(single.get());
    EXPECT_EQ(std::count(listing.begin(), listing.end(), "PRINT_EXPR"), 2) << joined(listing);
    Handle<Code> eval = compile_ok("a * 2\n", CompileMode::Eval);
    EXPECT_EQ(ops(eval.get()),
              (std::vector<std::string>{"LOAD_NAME (a)", "LOAD_CONST (2)", "BINARY_OP (*)", "RETURN_VALUE"}));
}

TEST_F(CompilerTest, CallsAndMethodCalls) {
    Handle<Code> m = compile_ok("f(1, k=2)\no.m(1, k=2)\no.m(*a)\nf(*a, **kw)\nf(0, *a)\n");
    auto listing = ops(m.get());
    EXPECT_TRUE(has_run(listing, {"PUSH_NULL", "LOAD_NAME (f)", "LOAD_CONST (1)", "LOAD_CONST (2)",
                                  "LOAD_CONST (('k',))", "CALL_KW (2)", "POP_TOP"}));
    EXPECT_TRUE(has_run(listing, {"LOAD_NAME (o)", "LOAD_METHOD (m)", "LOAD_CONST (1)", "LOAD_CONST (2)",
                                  "LOAD_CONST (('k',))", "CALL_KW (2)"}));
    EXPECT_TRUE(
        has_run(listing, {"PUSH_NULL", "LOAD_NAME (o)", "LOAD_ATTR (m)", "LOAD_NAME (a)", "CALL_FUNCTION_EX (0)"}));
    EXPECT_TRUE(has_run(listing, {"LOAD_NAME (f)", "LOAD_NAME (a)", "BUILD_MAP (0)", "LOAD_NAME (kw)", "DICT_MERGE (1)",
                                  "CALL_FUNCTION_EX (1)"}));
    EXPECT_TRUE(has_run(listing, {"LOAD_CONST (0)", "BUILD_LIST (1)", "LOAD_NAME (a)", "LIST_EXTEND (1)",
                                  "LIST_TO_TUPLE", "CALL_FUNCTION_EX (0)"}));
}

TEST_F(CompilerTest, NameOperationsByScope) {
    Handle<Code> m = compile_ok("g = 1\ndef f(a):\n    global g\n    g = a\n    b = len(a)\n    del b\n    return h\n"
                                "class C:\n    x = g\n    def m(self): return x\n");
    auto f = ops(find_code(m.get(), "f"));
    EXPECT_TRUE(has_sequence(f, {"LOAD_FAST (a)", "STORE_GLOBAL (g)", "LOAD_GLOBAL (len)", "STORE_FAST (b)",
                                 "DELETE_FAST (b)", "LOAD_GLOBAL (h)"}));
    auto c = ops(find_code(m.get(), "C"));
    EXPECT_TRUE(has_sequence(c, {"LOAD_NAME (__name__)", "STORE_NAME (__module__)", "LOAD_CONST ('C')",
                                 "STORE_NAME (__qualname__)", "LOAD_NAME (g)", "STORE_NAME (x)", "LOAD_CONST (None)",
                                 "RETURN_VALUE"}));
    // Inside `def m` the class's x is invisible: a global.
    EXPECT_TRUE(has_sequence(ops(find_code(m.get(), "m")), {"LOAD_GLOBAL (x)"}));
}

TEST_F(CompilerTest, ClassDefinitionAndClassCell) {
    Handle<Code> m = compile_ok("class C(B, metaclass=M):\n    def f(self):\n        return __class__\n");
    EXPECT_TRUE(
        has_run(ops(m.get()), {"PUSH_NULL", "LOAD_BUILD_CLASS", "LOAD_CONST (<code object C, file \"t.py\", line 1>)",
                               "MAKE_FUNCTION", "LOAD_CONST ('C')", "LOAD_NAME (B)", "LOAD_NAME (M)",
                               "LOAD_CONST (('metaclass',))", "CALL_KW (4)", "STORE_NAME (C)"}));
    Code* c = find_code(m.get(), "C");
    EXPECT_EQ(tuple_strings(c->cellvars), std::vector<std::string>{"__class__"});
    EXPECT_TRUE(
        has_run(ops(c), {"LOAD_CLOSURE (__class__)", "COPY (1)", "STORE_NAME (__classcell__)", "RETURN_VALUE"}));
    EXPECT_TRUE(has_sequence(ops(find_code(m.get(), "f")), {"LOAD_DEREF (__class__)"}));

    Handle<Code> free = compile_ok("def f():\n    x = 1\n    class C:\n        y = x\n");
    EXPECT_TRUE(has_sequence(ops(find_code(free.get(), "C")), {"LOAD_CLASSDEREF (x)", "STORE_NAME (y)"}));
}

TEST_F(CompilerTest, TryExceptLayout) {
    Handle<Code> m = compile_ok(
        "def f():\n    try:\n        a()\n    except E as e:\n        b(e)\n    except (X, Y):\n        pass\n"
        "    else:\n        c()\n");
    Code* f = find_code(m.get(), "f");
    auto listing = ops(f);
    EXPECT_TRUE(has_sequence(listing, {"PUSH_EXC_INFO", "LOAD_GLOBAL (E)", "CHECK_EXC_MATCH", "POP_JUMP_IF_FALSE",
                                       "STORE_FAST (e)", "LOAD_GLOBAL (b)", "POP_EXCEPT", "LOAD_CONST (None)",
                                       "STORE_FAST (e)", "DELETE_FAST (e)", "JUMP"}));
    EXPECT_TRUE(has_run(listing, {"LOAD_CONST (None)", "STORE_FAST (e)", "DELETE_FAST (e)", "RERAISE (1)"}));
    EXPECT_TRUE(has_run(listing, {"RERAISE (0)", "COPY (3)", "POP_EXCEPT", "RERAISE (1)"}));
    // Body -> handler at depth 0; handler body -> cleanup with lasti.
    ASSERT_GE(f->exception_table.size(), 3u);
    EXPECT_EQ(f->exception_table[0].depth, 0);
    EXPECT_FALSE(f->exception_table[0].push_lasti);
    EXPECT_TRUE(f->exception_table[1].push_lasti);
    EXPECT_EQ(f->exception_table[1].depth, 1);
    EXPECT_EQ(f->stacksize, 4);
}

TEST_F(CompilerTest, FinallyRunsOnReturnBreakAndContinue) {
    Handle<Code> m =
        compile_ok("def f():\n    try:\n        return g()\n    finally:\n        h()\n"
                   "def k():\n    for x in y:\n        try:\n            break\n        finally:\n            h()\n");
    auto f = ops(find_code(m.get(), "f"));
    // The return value is computed first, the finally body runs, then RETURN_VALUE.
    EXPECT_TRUE(has_run(
        f, {"LOAD_GLOBAL (g)", "CALL (0)", "PUSH_NULL", "LOAD_GLOBAL (h)", "CALL (0)", "POP_TOP", "RETURN_VALUE"}));
    auto k = ops(find_code(m.get(), "k"));
    EXPECT_TRUE(has_sequence(k, {"FOR_ITER", "LOAD_GLOBAL (h)", "CALL (0)", "POP_TOP", "POP_TOP", "JUMP"}));
}

TEST_F(CompilerTest, WithLayout) {
    Handle<Code> m = compile_ok("with a as b:\n    c\n");
    auto listing = ops(m.get());
    EXPECT_TRUE(has_sequence(listing, {"LOAD_NAME (a)", "BEFORE_WITH", "STORE_NAME (b)", "LOAD_NAME (c)", "POP_TOP",
                                       "EXIT_WITH", "POP_TOP"}));
    EXPECT_TRUE(has_run(listing, {"PUSH_EXC_INFO", "WITH_EXCEPT_START", "POP_JUMP_IF_TRUE", "COPY (3)", "SWAP (2)",
                                  "RERAISE (1)", "COPY (3)", "POP_EXCEPT", "RERAISE (1)", "POP_TOP", "POP_EXCEPT",
                                  "POP_TOP", "POP_TOP"}));
    bool with_handler = false;
    for (const ExceptionEntry& e : m->exception_table) with_handler = with_handler || (e.push_lasti && e.depth == 1);
    EXPECT_TRUE(with_handler);
}

TEST_F(CompilerTest, YieldFromAndAwaitLoops) {
    Handle<Code> m = compile_ok("def g():\n    x = yield from y\nasync def c():\n    return await z\n");
    Code* g = find_code(m.get(), "g");
    EXPECT_TRUE(has_run(ops(g), {"GET_YIELD_FROM_ITER", "LOAD_CONST (None)", "SEND (to 7)", "YIELD_VALUE (1)",
                                 "JUMP_BACKWARD (to 3)", "CLEANUP_THROW", "STORE_FAST (x)"}));
    // Only the YIELD_VALUE is covered; the handler sees the receiver only.
    ASSERT_EQ(g->exception_table.size(), 1u);
    EXPECT_EQ(g->exception_table[0].start, 4u);
    EXPECT_EQ(g->exception_table[0].end, 5u);
    EXPECT_EQ(g->exception_table[0].handler, 6u);
    EXPECT_EQ(g->exception_table[0].depth, 1);
    EXPECT_TRUE(has_sequence(ops(find_code(m.get(), "c")), {"LOAD_GLOBAL (z)", "GET_AWAITABLE (0)", "SEND",
                                                            "YIELD_VALUE (1)", "CLEANUP_THROW", "RETURN_VALUE"}));
}

TEST_F(CompilerTest, AsyncForAndWith) {
    Handle<Code> m =
        compile_ok("async def f():\n    async for x in y:\n        pass\n    async with a as b:\n        pass\n");
    auto listing = ops(find_code(m.get(), "f"));
    EXPECT_TRUE(has_sequence(listing, {"GET_AITER", "GET_ANEXT", "LOAD_CONST (None)", "SEND", "YIELD_VALUE (1)",
                                       "STORE_FAST (x)", "JUMP_BACKWARD", "END_ASYNC_FOR"}));
    EXPECT_TRUE(
        has_sequence(listing, {"BEFORE_ASYNC_WITH", "GET_AWAITABLE (1)", "SEND", "STORE_FAST (b)", "ASYNC_EXIT_WITH",
                               "GET_AWAITABLE (2)", "SEND", "POP_TOP", "WITH_EXCEPT_START", "GET_AWAITABLE (2)", "SEND",
                               "POP_JUMP_IF_TRUE", "COPY (3)", "SWAP (2)", "RERAISE (1)"}));
}

TEST_F(CompilerTest, Comprehensions) {
    Handle<Code> m = compile_ok("r = [x * 2 for x in xs if x for y in x]\nd = {k: v for k, v in items}\n");
    EXPECT_TRUE(has_run(ops(m.get()), {"PUSH_NULL", "LOAD_CONST (<code object <listcomp>, file \"t.py\", line 1>)",
                                       "MAKE_FUNCTION", "LOAD_NAME (xs)", "GET_ITER", "CALL (1)", "STORE_NAME (r)"}));
    Code* lc = find_code(m.get(), "<listcomp>");
    EXPECT_EQ(lc->argcount, 1);
    EXPECT_TRUE(has_sequence(ops(lc), {"BUILD_LIST (0)", "LOAD_FAST (.0)", "FOR_ITER", "STORE_FAST (x)",
                                       "POP_JUMP_IF_FALSE", "GET_ITER", "FOR_ITER", "STORE_FAST (y)", "BINARY_OP (*)",
                                       "LIST_APPEND (3)", "JUMP_BACKWARD", "JUMP_BACKWARD", "RETURN_VALUE"}));
    EXPECT_TRUE(has_sequence(ops(find_code(m.get(), "<dictcomp>")), {"BUILD_MAP (0)", "UNPACK_SEQUENCE (2)",
                                                                     "LOAD_FAST (k)", "LOAD_FAST (v)", "MAP_ADD (2)"}));
}

TEST_F(CompilerTest, AsyncComprehensionIsAwaited) {
    Handle<Code> m = compile_ok("async def f():\n    return [x async for x in y]\n");
    EXPECT_TRUE(has_sequence(ops(find_code(m.get(), "f")), {"MAKE_FUNCTION", "LOAD_GLOBAL (y)", "GET_AITER", "CALL (1)",
                                                            "GET_AWAITABLE (0)", "SEND", "RETURN_VALUE"}));
    Code* lc = find_code(m.get(), "<listcomp>");
    EXPECT_TRUE(lc->flags & kCodeCoroutine);
    EXPECT_TRUE(has_sequence(
        ops(lc), {"GET_ANEXT", "SEND", "YIELD_VALUE (1)", "STORE_FAST (x)", "LIST_APPEND (2)", "END_ASYNC_FOR"}));
}

TEST_F(CompilerTest, ChainedComparison) {
    Handle<Code> m = compile_ok("r = a < b < c\n");
    EXPECT_TRUE(has_run(ops(m.get()), {"LOAD_NAME (a)", "LOAD_NAME (b)", "SWAP (2)", "COPY (2)", "COMPARE_OP (<)",
                                       "JUMP_IF_FALSE_OR_POP (to 9)", "LOAD_NAME (c)", "COMPARE_OP (<)", "JUMP (to 11)",
                                       "SWAP (2)", "POP_TOP", "STORE_NAME (r)"}));
}

TEST_F(CompilerTest, AssignmentForms) {
    Handle<Code> m = compile_ok("a = b = c\nx, *y, z = w\no.p += 1\nq[i] -= 2\nt: int = 3\nu.v: int\n");
    auto listing = ops(m.get());
    EXPECT_EQ(listing[0], "SETUP_ANNOTATIONS");
    EXPECT_TRUE(has_run(listing, {"LOAD_NAME (c)", "COPY (1)", "STORE_NAME (a)", "STORE_NAME (b)"}));
    EXPECT_TRUE(
        has_run(listing, {"LOAD_NAME (w)", "UNPACK_EX (257)", "STORE_NAME (x)", "STORE_NAME (y)", "STORE_NAME (z)"}));
    EXPECT_TRUE(has_run(listing, {"LOAD_NAME (o)", "COPY (1)", "LOAD_ATTR (p)", "LOAD_CONST (1)", "BINARY_OP (+=)",
                                  "SWAP (2)", "STORE_ATTR (p)"}));
    EXPECT_TRUE(has_run(listing, {"LOAD_NAME (q)", "LOAD_NAME (i)", "COPY (2)", "COPY (2)", "BINARY_SUBSCR",
                                  "LOAD_CONST (2)", "BINARY_OP (-=)", "SWAP (3)", "SWAP (2)", "STORE_SUBSCR"}));
    EXPECT_TRUE(has_run(listing, {"LOAD_CONST (3)", "STORE_NAME (t)", "LOAD_NAME (int)", "LOAD_NAME (__annotations__)",
                                  "LOAD_CONST ('t')", "STORE_SUBSCR"}));
    EXPECT_TRUE(has_run(listing, {"LOAD_NAME (u)", "POP_TOP", "LOAD_NAME (int)", "POP_TOP"}));
}

TEST_F(CompilerTest, Imports) {
    Handle<Code> m = compile_ok("import a.b.c\nimport a.b as d\nfrom .m import x as y, z\nfrom n import *\n");
    auto listing = ops(m.get());
    EXPECT_TRUE(has_run(listing, {"LOAD_CONST (0)", "LOAD_CONST (None)", "IMPORT_NAME (a.b.c)", "STORE_NAME (a)"}));
    EXPECT_TRUE(has_run(listing, {"IMPORT_NAME (a.b)", "IMPORT_FROM (b)", "STORE_NAME (d)", "POP_TOP"}));
    EXPECT_TRUE(has_run(listing, {"LOAD_CONST (1)", "LOAD_CONST (('x', 'z'))", "IMPORT_NAME (m)", "IMPORT_FROM (x)",
                                  "STORE_NAME (y)", "IMPORT_FROM (z)", "STORE_NAME (z)", "POP_TOP"}));
    EXPECT_TRUE(has_run(listing, {"LOAD_CONST (('*',))", "IMPORT_NAME (n)", "IMPORT_STAR"}));
}

// PEP 563: annotations become strings, spelled as CPython's ast_unparse.c
// spells them (recorded from python3 with `from __future__ import annotations`).
TEST_F(CompilerTest, PostponedAnnotationsAreUnparsed) {
    static const std::pair<const char*, const char*> kCases[] = {
        {"List[ int ]", "List[int]"},
        {"Optional[\"x\"]", "Optional['x']"},
        {"dict[str, list[int]]", "dict[str, list[int]]"},
        {"a | b | None", "a | b | None"},
        {"Callable[[int, str], bool]", "Callable[[int, str], bool]"},
        {"tuple[int, ...]", "tuple[int, ...]"},
        {"x.y.z", "x.y.z"},
        {"(a, b)", "(a, b)"},
        {"lambda x, *, y=1: x", "lambda x, *, y=1: x"},
        {"f(a, *b, k=1, **c)", "f(a, *b, k=1, **c)"},
        {"-1 ** -2", "-1 ** (-2)"},
        {"(a + b) * c", "(a + b) * c"},
        {"a if b else c", "a if b else c"},
        {"not a and b or c", "not a and b or c"},
        {"[i for i in x if i]", "[i for i in x if i]"},
        {"{1: 2, **d}", "{1: 2, **d}"},
        {"b'x'", "b'x'"},
        {"1e500", "1e309"},
        {"3 .real", "3 .real"},
        {"x[1:2, ::3]", "x[1:2, ::3]"},
        {"f(x for x in y)", "f(x for x in y)"},
        {"a < b <= c is not d", "a < b <= c is not d"},
        {"~x ** 2", "~x ** 2"},
        {"(-x) ** 2", "(-x) ** 2"},
        {"x[()]", "x[()]"},
        {"x[a,]", "x[a,]"},
        {"f\"a{b!r:>{w}}c\"", "f'a{b!r:>{w}}c'"},
        {"0x10", "16"},
        {"\"a'b\"", "\"a'b\""},
        {"lambda: 0", "lambda: 0"},
        {"lambda a, /, b=2, *c, d, **e: 0", "lambda a, /, b=2, *c, d, **e: 0"},
        {"[*a, *b]", "[*a, *b]"},
        {"x[1:2]", "x[1:2]"},
        {"x[::]", "x[:]"},
        {"a @ b", "a @ b"},
        {"2 ** 3 ** 4", "2 ** 3 ** 4"},
        {"(2 ** 3) ** 4", "(2 ** 3) ** 4"},
    };
    for (const auto& [source, expected] : kCases) {
        SCOPED_TRACE(source);
        Handle<Code> m =
            compile_ok(std::string("from __future__ import annotations\ndef f(a: ") + source + "): pass\n");
        ASSERT_TRUE(m);
        bool found = false;
        Tuple* consts = m->consts.as<Tuple>();
        for (int64_t i = 0; i < consts->size; ++i)
            found = found || (is_str(consts->items[i]) && consts->items[i].as<Str>()->view() == expected);
        EXPECT_TRUE(found) << "expected '" << expected << "' among the constants";
    }
    Handle<Code> m = compile_ok("from __future__ import annotations\nx: Foo[ int ] = 1\n");
    EXPECT_TRUE(has_run(ops(m.get()), {"LOAD_CONST (1)", "STORE_NAME (x)", "LOAD_CONST ('Foo[int]')",
                                       "LOAD_NAME (__annotations__)", "LOAD_CONST ('x')", "STORE_SUBSCR"}));
}

TEST_F(CompilerTest, FStrings) {
    Handle<Code> m = compile_ok("s = f'a{x!r:>{w}}b{y}'\n");
    EXPECT_TRUE(has_run(ops(m.get()), {"LOAD_CONST ('a')", "LOAD_NAME (x)", "LOAD_CONST ('>')", "LOAD_NAME (w)",
                                       "FORMAT_VALUE (0)", "BUILD_STRING (2)", "FORMAT_VALUE (6)", "LOAD_CONST ('b')",
                                       "LOAD_NAME (y)", "FORMAT_VALUE (0)", "BUILD_STRING (4)"}) ||
                has_sequence(ops(m.get()), {"LOAD_NAME (x)", "LOAD_NAME (w)", "FORMAT_VALUE",
                                            "FORMAT_VALUE (repr, with format)", "LOAD_NAME (y)", "BUILD_STRING (4)"}));
}

TEST_F(CompilerTest, AssertAndRaise) {
    Handle<Code> m = compile_ok("assert x, 'msg'\nraise E from c\n");
    EXPECT_TRUE(has_run(ops(m.get()),
                        {"LOAD_NAME (x)", "POP_JUMP_IF_TRUE (to 6)", "LOAD_ASSERTION_ERROR", "LOAD_CONST ('msg')",
                         "CALL (0)", "RAISE_VARARGS (1)", "LOAD_NAME (E)", "LOAD_NAME (c)", "RAISE_VARARGS (2)"}));
}

TEST_F(CompilerTest, ConstantTestsAreFolded) {
    Handle<Code> m = compile_ok("while True:\n    if x:\n        break\ny\n");
    auto listing = ops(m.get());
    EXPECT_EQ(std::count(listing.begin(), listing.end(), "LOAD_CONST (True)"), 0) << joined(listing);
    EXPECT_TRUE(
        has_sequence(listing, {"LOAD_NAME (x)", "POP_JUMP_IF_FALSE", "JUMP", "JUMP_BACKWARD", "LOAD_NAME (y)"}));
}

TEST_F(CompilerTest, NoneTestsJumpDirectly) {
    Handle<Code> m = compile_ok("if a is None:\n    b\nif c is not None:\n    d\nwhile not (e is None):\n    f\n");
    EXPECT_TRUE(has_sequence(ops(m.get()), {"LOAD_NAME (a)", "POP_JUMP_IF_NOT_NONE", "LOAD_NAME (b)", "LOAD_NAME (c)",
                                            "POP_JUMP_IF_NONE", "LOAD_NAME (d)", "LOAD_NAME (e)", "POP_JUMP_IF_NONE",
                                            "LOAD_NAME (f)"}));
}

TEST_F(CompilerTest, LargeDisplaysAreBuiltIncrementally) {
    std::string names = "x = [", consts = "y = (";
    for (int i = 0; i < 40; ++i) {
        names += "a,";
        consts += std::to_string(i) + ",";
    }
    Handle<Code> m = compile_ok(names + "]\n" + consts + ")\n");
    auto listing = ops(m.get());
    EXPECT_TRUE(has_run(listing, {"BUILD_LIST (0)", "LOAD_NAME (a)", "LIST_APPEND (1)"}));
    EXPECT_LE(m->stacksize, 3);
    EXPECT_NE(listing[listing.size() - 4].find("LOAD_CONST ((0, 1, 2"), std::string::npos) << joined(listing);
}

TEST_F(CompilerTest, ComplexLiteralRaisesAtRunTime) {
    Handle<Code> m = compile_ok("x = 1\nz = 2j\n");
    auto listing = ops(m.get());
    EXPECT_TRUE(
        has_run(listing, {"PUSH_NULL", "LOAD_CONST (<class 'NotImplementedError'>)",
                          "LOAD_CONST ('complex numbers are not supported')", "CALL (1)", "RAISE_VARARGS (1)"}));
    // What follows the raise is unreachable and dropped.
    EXPECT_EQ(listing.back(), "RAISE_VARARGS (1)");
}

TEST_F(CompilerTest, StackDepthCountsHandlers) {
    Handle<Code> m = compile_ok("def f():\n    return 1\n");
    EXPECT_EQ(find_code(m.get(), "f")->stacksize, 1);
    Handle<Code> w = compile_ok("def f():\n    with a:\n        pass\n");
    // The cleanup handler's COPY 3 over [exit, lasti, prev, lasti, exc] (as CPython's co_stacksize).
    EXPECT_EQ(find_code(w.get(), "f")->stacksize, 6);
}

TEST_F(CompilerTest, LineTable) {
    Handle<Code> m = compile_ok("x = 1\n\ny = (a +\n     b)\n");
    ASSERT_FALSE(m->line_table.empty());
    EXPECT_EQ(m->line_for(0), 1);
    const LineEntry* add = m->line_entry_for(4); // BINARY_OP
    ASSERT_TRUE(add);
    EXPECT_EQ(add->line, 3);
    EXPECT_EQ(add->end_line, 4);
    EXPECT_EQ(add->col, 5);
    EXPECT_EQ(add->end_col, 6);
}

} // namespace
} // namespace pyco
