# Re-entering a running generator raises ValueError: generator already executing.
def g():
    try:
        next(me)
    except ValueError as e:
        print("ValueError:", e)
    yield "ok"
me = g()
print(next(me))
