# Slide 18: yield from opens a channel to the internal generator: the caller's send() values arrive there
def internal():
    while True:
        data = yield "internal waiting"
        if data == "stop":
            return "internal stopped"
        print("internal got", data)

def outer():
    result = yield from internal()
    print("outer resumes:", result)
    yield "outer done"

g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send("stop"))
g.close()
