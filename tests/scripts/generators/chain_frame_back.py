# Frames of a yield-from chain: a suspended level's gi_frame.f_back is None;
# while the chain runs, sys._getframe() walked through f_back from the
# innermost goes through every level, then the driver and <module>.
import sys
from _chain import chain, levels, runs


def stack_names():
    names = []
    f = sys._getframe(1)
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def innermost():
    yield 'ready'
    print('  running stack:', runs(stack_names()))
    print('  levels are on it:', [g.gi_frame for g in seen] == frames_from_inner()[::-1])
    yield 'again'


def frames_from_inner():
    out = []
    f = sys._getframe(1)
    for _ in seen:
        out.append(f)
        f = f.f_back
    return out


def driver(top):
    return next(top)


for depth in (1, 2, 3, 25):
    top = chain(depth, innermost)
    next(top)
    seen = levels(top)
    print(depth, 'suspended f_back:', runs([g.gi_frame.f_back for g in seen]))
    print(' ', driver(top))
    print('  suspended again:', runs([g.gi_frame.f_back for g in seen]))
    print('  f_lineno:', runs([g.gi_frame.f_lineno for g in seen]))
    top.close()
