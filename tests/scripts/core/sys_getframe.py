# sys._getframe([depth]): the caller's frame object (depth 0), or one further
# down the call stack; the same frame gives the same object; f_back walks
# the callers; a frame object outliving its call keeps its final locals;
# "call stack is not deep enough" past the bottom.
import sys

def here():
    return sys._getframe()

def caller_name():
    return sys._getframe(1).f_code.co_name

def which_module():
    return sys._getframe(1).f_globals["__name__"]

def chain():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names

def a():
    return b()

def b():
    return chain()

print(caller_name())
def named():
    return caller_name()
print(named())
print(which_module())
print(a())

f = here()
print(f.f_code.co_name, type(f).__name__, f.f_back is sys._getframe())
top = sys._getframe()
print(top is sys._getframe(0), top.f_code.co_name, top.f_back)
print(top.f_lineno)

def keeps_locals(x):
    y = x + 1
    return sys._getframe()

fr = keeps_locals(41)
print(sorted(fr.f_locals.items()))

def live_view():
    value = "before"
    fr = sys._getframe()
    first = dict(fr.f_locals)
    value = "after"
    return first["value"], fr.f_locals["value"], fr.f_lineno

print(live_view())

for bad in (100, "1"):
    try:
        sys._getframe(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

def gen():
    yield sys._getframe().f_code.co_name
    yield sys._getframe(1).f_code.co_name

print(list(gen()))

from collections import namedtuple
Point = namedtuple("Point", "x y")
print(Point.__module__)
