# Slide 30: the loop updates the coroutines with .send(), next() and .throw(): generator-based tasks get values and exceptions from it
class Cancelled(Exception):
    pass

def worker(name):
    try:
        x = yield f"{name} wants work"
        while True:
            print(f"{name} processes {x}")
            x = yield f"{name} wants more"
    except Cancelled:
        print(f"{name} was cancelled")
        return f"{name} cancelled"

def loop(tasks, rounds):
    wants = {}
    for name, t in tasks.items():
        wants[name] = next(t)
    for r in range(rounds):
        for name, t in tasks.items():
            print("loop:", wants[name])
            wants[name] = t.send(r)
    for name, t in tasks.items():
        try:
            t.throw(Cancelled)
        except StopIteration as e:
            print("loop got", e.value)

loop({"w1": worker("w1"), "w2": worker("w2")}, 2)
