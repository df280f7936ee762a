# From inside the innermost of a running chain of awaiting coroutines,
# send()/throw()/close() on the outermost, a middle level and the innermost
# itself raise ValueError "coroutine already executing"; the chain goes on.
class Pause:
    def __await__(self):
        return (yield 'paused')


def attempts(c):
    out = []
    for name, call in (('send', lambda: c.send(None)), ('throw', lambda: c.throw(KeyError('x'))),
                       ('close', c.close)):
        try:
            call()
            out.append((name, 'no error'))
        except Exception as e:
            out.append((name, type(e).__name__, str(e)))
    return out


async def innermost():
    await Pause()
    for label, c in (('outermost', seen[0]), ('middle', seen[len(seen) // 2]), ('self', seen[-1])):
        print(' ', label, attempts(c))
    return await Pause()


async def level(n):
    if n == 1:
        return await innermost()
    return await level(n - 1)


for depth in (1, 2, 3, 25):
    top = level(depth - 1) if depth > 1 else innermost()
    top.send(None)
    seen = [top]
    while len(seen) < depth:
        seen.append(seen[-1].cr_await)
    print(depth, [c.__name__ for c in seen[-2:]])
    print(' ', top.send('a'))
    try:
        top.send('b')
    except StopIteration as e:
        print('  returned', e.value)
