# Keyword binding errors of natives: one binder (runtime/arg_parse.h) must give
# CPython's messages for Argument Clinic, PyArg_ParseTupleAndKeywords and print().
import itertools
cases = [lambda: [].sort(1,2,3), lambda: [].sort(1), lambda: [].sort(foo=1), lambda: [].sort(key=None, reverse=False, x=1),
 lambda: itertools.product([1], repeat=1, foo=2), lambda: itertools.product([1], foo=2), lambda: sorted([], foo=1),
 lambda: min([1], foo=1), lambda: print(1, foo=2), lambda: sorted([], key=None, reverse=False, x=1),
 lambda: min([1], key=None, default=1, x=1), lambda: print(sep='', end='', file=None, flush=False, x=1),
 lambda: sum([1], 2, 3), lambda: sum([], start=1, x=2), lambda: sum(iterable=[]), lambda: pow(2), lambda: pow(2, 3, 4, 5),
 lambda: pow(base=2, exp=3, mod=None, x=1), lambda: pow(2, base=2), lambda: round(), lambda: round(1, 2, 3),
 lambda: round(number=1.5, x=1), lambda: 'a'.split(',', 1, 2), lambda: 'a'.split(sep=',', x=1), lambda: 'a'.split(',', sep=','),
 lambda: str(b'a', 'utf-8', 'strict', 1), lambda: str(object=1, x=2), lambda: b'a'.decode(encoding='x', y=1),
 lambda: 'a'.encode('utf-8', 'strict', 1), lambda: b'a'.hex(sep=1, bytes_per_sep=2, x=3), lambda: 'a'.expandtabs(tabsize=1, x=1),
 lambda: 'a'.splitlines(True, keepends=True), lambda: bytes('a', encoding='utf-8', x=1), lambda: (1).to_bytes(1, 'big', 1, 2),
 lambda: int.from_bytes(), lambda: int.from_bytes(bytes=b'', byteorder='big', x=1)]
for f in cases:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
