# "coroutine '…' was never awaited" is a RuntimeWarning in CPython's format:
# FILE:LINE of the Python code running when the coroutine is dropped, the
# source line, the tracemalloc hint; CPython's default filter shows it once
# per (message, line) of a module; code from exec() has no source line; a
# coroutine still alive at exit is reported at "sys:1".
import sys

async def f():
    pass

async def other():
    pass

def drop_local():
    c = f()
    del c
    print("after del")

def returns_with_local():
    c = f()
    return "returned"

class Holder:
    def __del__(self):
        other()

drop_local()
f()
for i in range(3):
    f()          # shown once: same message, same line
print(returns_with_local())
h = Holder()
del h
x = [other(), other()]
x = None
exec("f()")
kept = f()
print("registry entries:", len(__warningregistry__))
sys.stdout.flush()
