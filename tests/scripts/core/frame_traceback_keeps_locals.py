# A traceback keeps the frames it passes through alive, locals included
# (tb_frame): a finished frame's locals die only with the traceback, so
# finalizers run after the handler, not when the frame unwinds. f_locals,
# f_lineno, f_code and f_back of such frames as CPython shows them.
import sys

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name)

def inner(n):
    local = Noisy("inner local")
    other = n * 2
    raise KeyError(n)

def outer():
    mine = Noisy("outer local")
    inner(21)

try:
    outer()
except KeyError as e:
    print("handler runs first")
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame)
        print(" ", tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_lineno, tb.tb_frame is tb.tb_frame)
        tb = tb.tb_next
    inner_frame = frames[-1]
    print("  inner locals:", sorted(inner_frame.f_locals))
    print("  inner n/other:", inner_frame.f_locals["n"], inner_frame.f_locals["other"])
    print("  f_back chain:", inner_frame.f_back.f_code.co_name, inner_frame.f_back.f_back.f_code.co_name)
    print("  f_back is the outer traceback frame:", inner_frame.f_back is frames[1])
    print("  f_globals is globals():", inner_frame.f_globals is globals())
    print("  type:", type(inner_frame).__name__)
    del frames, inner_frame
print("after the handler")

def drop_traceback():
    try:
        inner(1)
    except KeyError as e:
        print("caught; dropping it")
    print("handler left")

drop_traceback()

def keep_error():
    try:
        inner(2)
    except KeyError as e:
        return e

err = keep_error()
print("error kept")
del err
print("end")
