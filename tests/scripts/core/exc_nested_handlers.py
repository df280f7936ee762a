# Exceptions propagate outward through nested try blocks and function frames.
def level3():
    raise IndexError("deep")
def level2():
    try:
        level3()
    except KeyError:
        print("not here")
    finally:
        print("level2 finally")
def level1():
    try:
        level2()
    except LookupError as e:
        print("level1 caught", type(e).__name__, e)
        return "handled"
print(level1())
