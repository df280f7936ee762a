# Natives consuming generators at depth: RecursionError (not a crash) when
# a generator's body recurses through sum(), and the depth is restored
# after each item.
import sys


def nested(n):
    yield n
    if n:
        yield sum(nested(n - 1))


print(sum(nested(50)))
try:
    sum(nested(100000))
except RecursionError as e:
    print("RecursionError:", e)
print(sum(nested(30)), list(nested(3)))


def deep(n):
    if n == 0:
        return sum(x for x in range(3))
    return deep(n - 1)


def at_limit():
    for i in range(3):
        yield deep(sys.getrecursionlimit() - 50)
print(sum(at_limit()))


def endless():
    yield sum(endless())
try:
    sum(endless())
except RecursionError as e:
    print("endless:", e)
print(sum(count for count in nested(5)))
