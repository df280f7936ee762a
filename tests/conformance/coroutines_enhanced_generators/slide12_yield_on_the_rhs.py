# Slide 12: with .send() the caller pushes data into the coroutine; yield on the RHS (value = yield result) receives it
def coro():
    result = "ready"
    while True:
        value = yield result
        print("coroutine received", repr(value))
        result = f"processed {value}"

c = coro()
print(next(c))
print(c.send("a"))
print(c.send(42))
print(c.send([1, 2]))
print(next(c))
c.close()
