# list() of a range of 10**13 items: MemoryError at once (length-hint preallocation), not an endless fill.
x = list(range(10**13))
