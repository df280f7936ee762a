# throw() and close() on the outermost of a hand-driven chain of 4 awaiting
# coroutines: the exception reaches the awaitable at the bottom first, then
# each level's except/finally runs inside out; a level that catches it and
# awaits again makes throw() return the value sent up from there; close()
# runs every finally and leaves all levels closed.
import inspect


class Pause:
    def __init__(self, name):
        self.name = name

    def __await__(self):
        try:
            return (yield self.name)
        except BaseException as e:
            print('  awaitable', self.name, 'sees', type(e).__name__)
            raise


async def level(n, catch_at):
    try:
        if n == 0:
            return await Pause('bottom')
        return await level(n - 1, catch_at)
    except BaseException as e:
        if n != catch_at:
            print('  level', n, 'passes', type(e).__name__)
            raise
        print('  level', n, 'catches', repr(e))
        return await Pause('recovered at %d' % n)
    finally:
        print('  level', n, 'finally')


for catch_at in (0, 2, None):
    print('catch at', catch_at)
    top = level(3, catch_at)
    print(' ', top.send(None))
    try:
        print('  throw ->', top.throw(ValueError('v')))
        top.send('resume')
    except StopIteration as e:
        print('  returned', e.value)
    except ValueError as e:
        print('  escaped', repr(e), inspect.getcoroutinestate(top))

print('close')
top = level(3, None)
top.send(None)
levels = [top]
while inspect.iscoroutine(levels[-1].cr_await):
    levels.append(levels[-1].cr_await)
print('  close ->', top.close(), [inspect.getcoroutinestate(c) for c in levels])
