# Slide 13: the coro() session — c = coro(); next(c); step = c.send(received)
def coro():
    step = 0
    while True:
        received = yield step
        step += 1
        print("Received: ", received)

c = coro()
print(next(c))
step = c.send("hello")
print(step)
step = c.send("world")
print(step)
for received in range(3):
    step = c.send(received)
    print(step)
c.close()
