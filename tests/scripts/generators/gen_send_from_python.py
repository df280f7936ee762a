# gen.send() called from Python code: results, StopIteration, exceptions,
# tracebacks, gi_running, f_back, temporaries and re-entrancy.
import sys


def echo():
    received = yield "ready"
    while True:
        print("running inside:", g.gi_running, sys._getframe(1).f_code.co_name)
        received = yield received * 2


def driver():
    return [g.send(i) for i in range(3)]


g = echo()
print(g.send(None))
print(driver())


def returns(value):
    yield 1
    return value


for value in (None, 0, "done", (1, 2)):
    r = returns(value)
    r.send(None)
    try:
        r.send("x")
    except StopIteration as e:
        print("StopIteration", repr(e.value), e.args)
    print(r.gi_running, r.gi_frame)


def raises():
    yield 1
    raise KeyError("inside")


r = raises()
next(r)
try:
    r.send(None)
except KeyError as e:
    tb = e.__traceback__
    while tb:
        print("  at", tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next


def leaks_stop():
    yield 1
    raise StopIteration("leak")


r = leaks_stop()
r.send(None)
try:
    r.send(None)
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))


def temporary():
    print("started")
    yield "first"


print(temporary().send(None))


def reentrant():
    yield me.send(None)


me = reentrant()
try:
    me.send(None)
except ValueError as e:
    print("ValueError", e)

fresh = echo()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError", e)

closed = returns(5)
closed.close()
try:
    closed.send(None)
except StopIteration as e:
    print("closed", e.args)


async def coro(x):
    return x + 1


c = coro(41)
try:
    c.send(None)
except StopIteration as e:
    print("coroutine returned", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)


def counter():
    total = 0
    while True:
        total += yield total


cnt = counter()
cnt.send(None)
send = cnt.send
print([send(i) for i in range(5)])
print(type(cnt).send(cnt, 10))
try:
    type(cnt).send(c, 1)
except TypeError as e:
    print("TypeError", e)
