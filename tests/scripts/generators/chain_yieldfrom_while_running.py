# gi_yieldfrom of every level of a chain while it runs, read from inside the
# innermost (3.11 shows the delegate only while a level waits at its yield),
# and gi_frame of the running levels.
from _chain import chain, levels, runs


def innermost():
    yield 'ready'
    print('  yieldfrom while running:', runs([g.gi_yieldfrom is None for g in seen]))
    print('  frames present:', runs([g.gi_frame is not None for g in seen]))
    yield 'again'


for depth in (1, 2, 3, 25):
    top = chain(depth, innermost)
    next(top)
    seen = levels(top)
    print(depth, next(top))
    print('  yieldfrom suspended:', runs([g.gi_yieldfrom is None for g in seen]))
    top.close()
