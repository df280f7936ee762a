# Nested finally blocks run innermost first while an exception propagates.
def f():
    try:
        try:
            try:
                raise KeyError("x")
            finally:
                print("finally 1")
        finally:
            print("finally 2")
    except KeyError:
        print("caught")
    finally:
        print("finally 3")
f()
