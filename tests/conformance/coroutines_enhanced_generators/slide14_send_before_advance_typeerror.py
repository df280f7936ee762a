# Slide 14: before sending any value the generator has to be advanced; if not, TypeError is raised
def coro():
    print("body started")
    received = yield "ready"
    print("Received:", received)
    yield "done"

c = coro()
try:
    c.send("too early")
except TypeError as e:
    print(type(e).__name__, e)
print(next(c))
print(c.send("now"))
c.close()
