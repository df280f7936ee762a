# A chain of awaiting coroutines (depth 1, 2, 3, 25) driven by hand with
# send(None): while suspended every level has cr_running False, cr_suspended
# True, CORO_SUSPENDED and cr_await = the next level (the innermost's is its
# awaitable's iterator); from inside the innermost all run and cr_await is
# None; after the end all are closed.
import inspect


class Pause:
    def __await__(self):
        got = yield 'paused'
        return got


def state(c):
    return (c.cr_running, c.cr_suspended, inspect.getcoroutinestate(c))


def runs(items):
    out = []
    for item in items:
        if out and out[-1][0] == item:
            out[-1] = (item, out[-1][1] + 1)
        else:
            out.append((item, 1))
    return out


async def innermost():
    got = await Pause()
    print('  inside:', runs([state(c) for c in seen]), runs([c.cr_await for c in seen]))
    got2 = await Pause()
    return (got, got2)


async def level(n):
    if n == 1:
        return await innermost()
    return await level(n - 1)


for depth in (1, 2, 3, 25):
    top = level(depth - 1) if depth > 1 else innermost()
    print(depth, state(top), top.cr_await)
    print(' ', top.send(None))
    seen = []
    c = top
    while inspect.iscoroutine(c):
        seen.append(c)
        c = c.cr_await
    print('  levels', len(seen), 'innermost awaits', type(c).__name__, c.__name__)
    print('  suspended:', runs([state(c) for c in seen]))
    print('  f_back:', runs([c.cr_frame.f_back for c in seen]))
    print(' ', top.send('x'))
    try:
        top.send('y')
    except StopIteration as e:
        print('  returned', e.value)
    print('  after:', runs([state(c) for c in seen]), runs([c.cr_await for c in seen]))
