# A generator that yields after GeneratorExit makes close() raise RuntimeError.
def stubborn():
    ignored = False
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            if ignored:
                print("giving up")
                raise
            ignored = True
            print("ignoring GeneratorExit")
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
g.close()
print("second close worked:", g.gi_frame is None)
def returns_on_exit():
    try:
        yield
    except GeneratorExit:
        return "fine"
r = returns_on_exit()
next(r)
print(r.close())
