# difftest seed 1 program 46: StopIteration thrown into a generator that never started leaves its frame, so PEP 479 turns it into RuntimeError
def gen():
    yield 1

for started in (False, True):
    g = gen()
    if started:
        next(g)
    try:
        g.throw(StopIteration("thrown"))
    except BaseException as e:
        print("started" if started else "unstarted", type(e).__name__, e,
              "cause:", type(e.__cause__).__name__)
