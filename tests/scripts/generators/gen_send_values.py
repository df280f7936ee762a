# send() delivers a value as the result of the yield expression; next() sends None.
def echo():
    received = None
    while True:
        received = yield f"echo:{received}"
g = echo()
print(next(g))
print(g.send(1))
print(next(g))
print(g.send([2, 3]))
g.close()
