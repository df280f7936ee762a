# A hand-driven chain of 3 awaiting coroutines: the middle one resumed
# directly with send() while the outer one waits on it; the value goes to
# the bottom awaitable and the next value comes back to the direct caller;
# the outer resumed later still awaits the same middle; once the middle has
# finished under the direct caller, resuming the outer makes its await raise
# RuntimeError "cannot reuse already awaited coroutine".
class Pause:
    def __await__(self):
        return (yield 'paused')


async def innermost(log):
    for i in range(3):
        got = await Pause()
        log.append(('inner got', got))
    return 'inner result'


async def middle(log):
    r = await innermost(log)
    log.append(('middle got', r))
    return 'middle result'


async def outer(log):
    try:
        r = await middle(log)
        log.append(('outer got', r))
    except RuntimeError as e:
        log.append(('outer RuntimeError', str(e)))
    return 'outer result'


log = []
top = outer(log)
print(top.send(None))
mid = top.cr_await
print(mid.send('direct'), top.send('via top'), top.cr_await is mid)
try:
    mid.send('direct last')
except StopIteration as e:
    print('middle returned', e.value)
try:
    top.send('after')
except StopIteration as e:
    print('outer returned', e.value)
for entry in log:
    print(' ', entry)
