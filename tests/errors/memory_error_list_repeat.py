# A list of 10**13 items cannot be allocated: MemoryError, not a crash.
print(len([0] * 10**13))
