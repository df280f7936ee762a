# Raising inside an except block sets __context__ implicitly.
try:
    try:
        raise TypeError("first")
    except TypeError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError("inner")
    finally:
        pass
except KeyError as e:
    print("context of plain raise:", e.__context__)
