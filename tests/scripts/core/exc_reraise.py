# bare raise re-raises the current exception, preserving its identity.
def f():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling, then re-raising")
        raise
try:
    f()
except ValueError as e:
    print("caught again:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
