# Generator states created -> suspended -> running -> closed, derived from gi_running/gi_frame/gi_suspended.
def state(g):
    if g.gi_running:
        return "GEN_RUNNING"
    if g.gi_frame is None:
        return "GEN_CLOSED"
    if g.gi_suspended:
        return "GEN_SUSPENDED"
    return "GEN_CREATED"
def gen():
    print("  inside:", state(me))
    yield 1
    yield 2
me = gen()
print(state(me))
next(me)
print(state(me))
me.close()
print(state(me))
