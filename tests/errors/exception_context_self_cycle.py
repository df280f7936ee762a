# An exception whose __context__ is itself: the traceback printer must not loop.
try:
    raise ValueError
except ValueError as e:
    e.__context__ = e
    raise e
