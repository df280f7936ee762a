# close() on an unstarted or finished generator is a no-op; the body never runs.
def g():
    print("never printed")
    try:
        yield 1
    finally:
        print("never printed either")
a = g()
a.close()
print(a.gi_frame is None, list(a))
def one():
    yield 1
b = one()
print(list(b))
b.close()
print("closed finished generator")
