// VM units: the generator state machine (created -> suspended <-> running ->
// closed), frame reuse in the call arena, exception-table dispatch and the
// embedding API. Python source is compiled and run through the public API;
// behaviour is observed through Python-visible values.
#include <gtest/gtest.h>

#include <string>

#include "runtime/abstract.h"
#include "runtime/error.h"
#include "vm/generator.h"
#include "vm/interpreter.h"
#include "vm/pyco.h"

namespace pyco {
namespace {

class VmTest : public ::testing::Test {
protected:
    void SetUp() override {
        static Interpreter* interp = new Interpreter({""});
        interp_ = interp;
        globals_ = dict_new();
        (void)dict_set_str(globals_.get(), intern("__builtins__"), thread_state().builtins);
        (void)dict_set_str(globals_.get(), intern("__name__"), make_str("__test__"));
    }

    // Run statements; fail the test with the exception text if they raise.
    void run(const std::string& source) {
        Result<Ref> r = exec_source(source, "<test>", globals_.get());
        if (r.failed()) {
            Ref exc = error_fetch();
            Result<std::string> text = repr_text(exc);
            FAIL() << "raised: " << (text.ok() ? text.value() : "?");
        }
    }

    // Evaluate an expression to its repr().
    std::string eval(const std::string& expr) {
        Result<Ref> r = exec_source(expr, "<test>", globals_.get(), Value(), CompileMode::Eval);
        if (r.failed()) {
            Ref exc = error_fetch();
            Result<std::string> text = repr_text(exc);
            return "raised " + (text.ok() ? text.value() : "?");
        }
        Result<std::string> text = repr_text(r.value());
        return text.ok() ? text.value() : "repr failed";
    }

    Generator* generator(const char* name) {
        Value v = dict_get_str(globals_.get(), intern(name));
        EXPECT_TRUE(v && v.type() == &generator_type);
        return v.as<Generator>();
    }

    Interpreter* interp_ = nullptr;
    Handle<Dict> globals_;
};

TEST_F(VmTest, NewGeneratorIsCreatedAndRunsNothing) {
    run("log = []\ndef g():\n    log.append('ran')\n    yield 1\nit = g()\n");
    EXPECT_EQ(generator("it")->state, GenState::Created);
    EXPECT_EQ(eval("log"), "[]");
}

TEST_F(VmTest, NextSuspendsAtYield) {
    run("def g():\n    x = yield 1\n    yield x\nit = g()\nfirst = next(it)\n");
    EXPECT_EQ(generator("it")->state, GenState::Suspended);
    EXPECT_EQ(eval("first"), "1");
}

TEST_F(VmTest, RunningStateIsVisibleInside) {
    run("def g():\n    yield it.gi_running\nit = g()\nseen = next(it)\n");
    EXPECT_EQ(eval("seen"), "True");
    EXPECT_EQ(generator("it")->state, GenState::Suspended);
}

TEST_F(VmTest, ReturnClosesWithValue) {
    run("def g():\n    yield 1\n    return 42\nit = g()\nnext(it)\ntry:\n    next(it)\nexcept StopIteration as e:\n    v = e.value\n");
    EXPECT_EQ(generator("it")->state, GenState::Closed);
    EXPECT_EQ(eval("v"), "42");
}

TEST_F(VmTest, ClosedGeneratorReleasesItsFrame) {
    run("def g():\n    yield 1\nit = g()\nnext(it)\nit.close()\n");
    Generator* gen = generator("it");
    EXPECT_EQ(gen->state, GenState::Closed);
    EXPECT_TRUE(gen->frame.cleared); // only gi_code is kept
    EXPECT_EQ(gen->frame.func, nullptr);
    EXPECT_EQ(eval("it.gi_frame"), "None");
}

TEST_F(VmTest, CloseOnCreatedGeneratorNeverRunsIt) {
    run("log = []\ndef g():\n    try:\n        yield 1\n    finally:\n        log.append('finally')\nit = g()\nit.close()\n");
    EXPECT_EQ(generator("it")->state, GenState::Closed);
    EXPECT_EQ(eval("log"), "[]");
}

TEST_F(VmTest, ThrowCaughtInsideResumesToNextYield) {
    run("def g():\n    try:\n        yield 1\n    except ValueError:\n        yield 'caught'\nit = g()\nnext(it)\nr = it.throw(ValueError)\n");
    EXPECT_EQ(eval("r"), "'caught'");
    EXPECT_EQ(generator("it")->state, GenState::Suspended);
}

TEST_F(VmTest, ReentrantSendIsValueError) {
    run("def g():\n    try:\n        next(it)\n    except ValueError as e:\n        yield str(e)\nit = g()\nmsg = next(it)\n");
    EXPECT_EQ(eval("msg"), "'generator already executing'");
}

TEST_F(VmTest, DeepRecursionIsRecursionErrorNotCrash) {
    run("def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    msg = str(e)\n");
    EXPECT_EQ(eval("msg"), "'maximum recursion depth exceeded'");
}

TEST_F(VmTest, ArenaFramesAreReusedAcrossCalls) {
    // Many sequential calls must not grow the frame arena: run a long loop of
    // calls and check the interpreter still answers (no exhaustion, no leak
    // of recursion depth).
    run("def f(x):\n    return x + 1\nt = 0\nfor i in range(200000):\n    t = f(t)\n");
    EXPECT_EQ(eval("t"), "200000");
    EXPECT_EQ(thread_state().recursion_depth, 0);
}

TEST_F(VmTest, ExceptionTableFindsInnermostHandler) {
    run("out = []\ntry:\n    try:\n        1/0\n    except KeyError:\n        out.append('inner')\nexcept ZeroDivisionError:\n    out.append('outer')\n");
    EXPECT_EQ(eval("out"), "['outer']");
}

TEST_F(VmTest, YieldFromDelegatesSendAndReturnsValue) {
    run("def inner():\n    x = yield 'a'\n    return x * 2\ndef outer():\n    r = yield from inner()\n    yield r\nit = outer()\nnext(it)\nr = it.send(21)\n");
    EXPECT_EQ(eval("r"), "42");
}

} // namespace
} // namespace pyco
