# Slide 18: yield from needs an iterable object: anything else raises TypeError when the yield from runs
def gen(value):
    print("before yield from")
    yield from value

for value in [42, None, 3.5]:
    g = gen(value)
    try:
        next(g)
    except TypeError as e:
        print(type(e).__name__, e)
