# bytes repeated 2**62 times: MemoryError (OverflowError-free size check).
x = b'ab' * (2**62)
