# Frames of a hand-driven chain of awaiting coroutines (depth 1, 3, 25):
# while it runs, sys._getframe() walked from the innermost goes through
# every level, the driver and <module>; an exception from the innermost
# has a traceback through every level; suspended levels have f_back None.
import sys


class Pause:
    def __await__(self):
        return (yield 'paused')


def runs(items):
    out = []
    for item in items:
        if out and out[-1][0] == item:
            out[-1] = (item, out[-1][1] + 1)
        else:
            out.append((item, 1))
    return out


def stack_names():
    names = []
    f = sys._getframe(1)
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


async def innermost(fail):
    await Pause()
    print('  running stack:', runs(stack_names()))
    if fail:
        raise KeyError('deep')
    await Pause()


async def level(n, fail):
    if n == 0:
        return await innermost(fail)  # level(0) is the second level
    return await level(n - 1, fail)


def make(depth, fail):
    return level(depth - 2, fail) if depth > 1 else innermost(fail)


def driver(c, value):
    return c.send(value)


for depth in (1, 3, 25):
    print(depth)
    top = make(depth, False)
    top.send(None)
    print('  suspended f_back:', top.cr_frame.f_back, top.cr_frame.f_code.co_name)
    driver(top, 'go')
    top.close()
    top = make(depth, True)
    top.send(None)
    try:
        driver(top, 'go')
    except KeyError as e:
        tb, names = e.__traceback__, []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print('  traceback:', runs(names))
