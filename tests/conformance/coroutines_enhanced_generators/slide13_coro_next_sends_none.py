# Slide 13: after the first next(c), another next(c) resumes the coroutine with None as the received value
def coro():
    step = 0
    while True:
        received = yield step
        step += 1
        print("Received: ", received)

c = coro()
print(next(c))
print(next(c))
print(c.send(None))
print(c.send("x"))
c.close()
