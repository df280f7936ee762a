# Slide 13 "Coroutines via Enhanced Generators": c = coro(); next(c); step = c.send(received).
def coro():
    step = 0
    while True:
        received = yield step
        step += 1
        print("Received: ", received)
c = coro()
print(next(c))
for received in ["first", "second", 3.5]:
    step = c.send(received)
    print("step =", step)
c.close()
