# Slide 15 ".throw(exc_type[, exc_value[, ex_tb]])": raises the exception where the coroutine is suspended.
def coro():
    step = 0
    while True:
        try:
            received = yield step
            print("Received:", received)
        except ValueError as e:
            print("handled inside the coroutine:", repr(e))
        step += 1
c = coro()
next(c)
print(c.send("a"))
print(c.throw(ValueError("bad value")))
print(c.throw(ValueError))
print(c.throw(ValueError, "type and value"))
try:
    c.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated to the caller:", repr(e))
print(c.gi_frame is None)
