# Slide 34: yield from as a construction evolved into await: the same pipeline, written with both, runs identically
import types

def g_step(n):
    got = yield ("step", n)
    return got + n

def g_pipeline():
    a = yield from g_step(1)
    b = yield from g_step(a)
    return a, b

@types.coroutine
def c_step(n):
    got = yield ("step", n)
    return got + n

async def c_pipeline():
    a = await c_step(1)
    b = await c_step(a)
    return a, b

def drive(obj):
    trace = []
    value = None
    try:
        while True:
            request = obj.send(value)
            trace.append(request)
            value = request[1] * 10
    except StopIteration as e:
        trace.append(("result", e.value))
    return trace

print(drive(g_pipeline()))
print(drive(c_pipeline()))
