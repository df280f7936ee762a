# An exception raised at the bottom of 20 nested awaits under asyncio.run,
# after some asyncio.sleep(0) suspensions: every level's except/finally
# runs inside out, a middle level can catch it and the task goes on, and
# uncaught it reaches asyncio.run's caller with a traceback through every
# level.
import asyncio

log = []


async def bottom(fail_after):
    for i in range(fail_after):
        await asyncio.sleep(0)
    raise KeyError('at the bottom')


async def level(n, catch_at):
    try:
        if n == 0:
            return await bottom(3)
        return await level(n - 1, catch_at)
    except KeyError as e:
        if n == catch_at:
            log.append(('caught', n))
            await asyncio.sleep(0)
            return 'recovered at %d' % n
        log.append(('passes', n))
        raise
    finally:
        log.append(('finally', n))


def tb_names(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return out


print(asyncio.run(level(19, 10)))
print(log[:4], log[-3:], len(log))
log.clear()
try:
    asyncio.run(level(19, None))
except KeyError as e:
    names = tb_names(e.__traceback__)
    print(repr(e), names.count('level'), names[-1])
print(log[:2], log[-2:], len(log))
