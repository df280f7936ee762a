# raise ... from None: only the last exception's traceback is shown.
try:
    1 / 0
except ZeroDivisionError:
    raise ValueError("replaced") from None
