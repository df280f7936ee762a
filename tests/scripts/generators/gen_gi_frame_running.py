# gi_running is True only while the generator executes; gi_frame becomes None when it finishes.
def g():
    print("running inside:", gen.gi_running)
    yield 1
    print("running again:", gen.gi_running)
gen = g()
print("before:", gen.gi_running, gen.gi_frame is not None)
next(gen)
print("suspended:", gen.gi_running, gen.gi_frame is not None, gen.gi_frame.f_lineno)
try:
    next(gen)
except StopIteration:
    pass
print("finished:", gen.gi_running, gen.gi_frame)
print(gen.__name__, gen.__qualname__, gen.gi_code.co_name, type(gen).__name__)
