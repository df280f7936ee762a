# Slide 14 "Advance the Generator": sending a value to a just-started generator raises TypeError; next() or send(None) first.
def coro():
    step = 0
    while True:
        received = yield step
        step += 1
        print("Received: ", received)
c = coro()
try:
    c.send("too early")
except TypeError as e:
    print("TypeError:", e)
print(next(c))
print(c.send("now it works"))
c2 = coro()
print(c2.send(None))
print(c2.send("also works"))
