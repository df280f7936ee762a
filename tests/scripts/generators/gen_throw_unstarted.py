# throw() into a just-created generator raises at the very start, without running its body.
def g():
    print("body started")
    try:
        yield 1
    except ValueError:
        print("never: the try block was not entered")
gen = g()
try:
    gen.throw(ValueError("early"))
except ValueError as e:
    print("propagated:", e)
print(gen.gi_frame is None, list(gen))
