# A RecursionError under a raised limit carries a 200,000-entry traceback
# (each entry with its frame object, chained by f_back): freeing it must not
# recurse once per entry in C++ (it overflowed the C stack).
import sys
sys.setrecursionlimit(200000)
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print(type(e).__name__, e)
    depth = 0
    tb = e.__traceback__
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print(depth > 100000)
print("after")
