# loop.set_task_factory(): create_task() goes through the factory.
import asyncio


class LoggingTask(asyncio.Task):
    def __init__(self, coro, *, loop=None, name=None, context=None):
        print('creating task for', coro.__name__)
        super().__init__(coro, loop=loop, name=name, context=context)


def factory(loop, coro, **kwargs):
    return LoggingTask(coro, loop=loop, **kwargs)


async def job():
    return 'job done'


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    t = asyncio.create_task(job(), name='named')
    print(type(t).__name__, t.get_name(), await t)
    loop.set_task_factory(None)
    try:
        loop.set_task_factory(1)
    except TypeError as e:
        print('TypeError', e)


asyncio.run(main())
