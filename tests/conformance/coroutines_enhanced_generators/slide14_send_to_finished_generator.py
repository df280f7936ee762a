# Slide 14: send() only works while the generator is suspended: on a finished generator it raises StopIteration
def coro():
    x = yield 1
    print("got", x)

c = coro()
next(c)
try:
    c.send("last")
except StopIteration as e:
    print("StopIteration", e.value)
for value in [None, "more"]:
    try:
        c.send(value)
    except StopIteration:
        print("send", repr(value), "-> StopIteration")
