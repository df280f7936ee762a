# An exception raised inside a generator that sum() is consuming: its
# traceback goes through the generator's frame, the generator is closed
# (finally ran), and sum() saw the items before.
def failing(n):
    try:
        i = 0
        while True:
            if i == n:
                raise ValueError("at %d" % i)
            yield i
            i += 1
    finally:
        print("finally ran")


g = failing(3)
try:
    sum(g)
except ValueError as e:
    print("caught", e, g.gi_frame)

items = []
try:
    items.extend(failing(2))
except ValueError as e:
    print("extend", e, items)

def loud():
    yield 1
    yield 2
    1 / 0

print(any(x > 5 for x in [1, 2]), max(failing(0), default=None) if False else "skip")
list(loud())
