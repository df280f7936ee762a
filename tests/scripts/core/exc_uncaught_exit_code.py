# An uncaught exception prints a traceback to stderr and exits with status 1.
def divide(a, b):
    return a / b
print("before")
print(divide(1, 0))
print("never")
