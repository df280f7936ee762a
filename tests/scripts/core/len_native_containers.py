# len() and truth tests of native containers (their fast length slot) and of subclasses overriding __len__/__bool__; arity errors of native methods
import collections
class D(collections.deque):
    def __len__(self): return 7
class S(set):
    def __bool__(self): return False
class B(bytes):
    def __len__(self): return 0
d = collections.deque([1,2,3])
print(len(d), bool(d), len(D()), bool(D()), bool(S({1})), len(B(b'ab')), bool(B(b'ab')))
print(len(set()), bool(frozenset([1])), len(b'abc'), bool(b''), not collections.deque())
try: collections.deque.append()
except TypeError as e: print(e)
try: collections.deque().append(1, 2)
except TypeError as e: print(e)
try: len(1, 2)
except TypeError as e: print(e)
import math
try: math.sqrt()
except TypeError as e: print(e)
try: [].append(x=1)
except TypeError as e: print(e)
