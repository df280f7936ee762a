# print with sep, end, multiple args, no args, and file=sys.stderr kept off stdout.
import sys
print("a", "b", "c")
print("a", "b", "c", sep="-")
print("no newline", end="")
print(" <- continued")
print()
print(1, 2, sep="", end="!\n")
print("x", "y", sep=None, end=None)
print(*[1, 2, 3], sep=", ")
print("to stderr", file=sys.stderr)
print("multi\nline")
