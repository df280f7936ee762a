# Slide 11: .close() on a generator that never started or already finished does nothing; its body never runs
def gen():
    try:
        print("body runs")
        yield 1
    finally:
        print("finally")

g = gen()
print(g.close())
print(list(g))
g = gen()
print(list(g))
print(g.close())
