# difftest seed 7 program 8730: a generator finalized while it ignores GeneratorExit inside `except ... as e` leaves its frame to the traceback of e, stack (its yield from delegate) included; that cycle is collected at exit while globals are still set
def delegate(tag):
    try:
        yield 1
    except GeneratorExit as e:
        print(tag, "caught", type(e).__name__)

def stubborn():
    try:
        yield "first"
    except BaseException as e:
        yield from delegate("delegate of stubborn")

def holder():
    g = stubborn()
    next(g)
    del g
    print("stubborn dropped")

holder()
print("end of the program")
