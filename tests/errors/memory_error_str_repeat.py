# A string of 10**13 characters cannot be allocated: MemoryError, not a crash.
print(len('x' * 10**13))
