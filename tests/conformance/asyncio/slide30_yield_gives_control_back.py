# Slide 30: yield, yield from and await give the control back to the scheduler: tasks interleave exactly at those points
def gen_task(name):
    print(name, "part 1")
    yield
    print(name, "part 2")
    yield from sub(name)
    print(name, "part 4")

def sub(name):
    yield
    print(name, "part 3 (inside yield from)")

class Switch:
    def __await__(self):
        yield

async def coro_task(name):
    print(name, "part 1")
    await Switch()
    print(name, "part 2")
    await Switch()
    print(name, "part 3")

def scheduler(tasks):
    while tasks:
        t = tasks.pop(0)
        try:
            t.send(None)
            tasks.append(t)
        except StopIteration:
            print("  (task done)")

scheduler([gen_task("G"), coro_task("C"), gen_task("H")])
