# The native fields of futures, tasks and handles read and written as
# attributes (getset descriptors: the getter and setter are called
# directly), and object's __class__ on instances and None.
import asyncio

print(None.__class__, (None).__class__ is type(None))


class C:
    pass


print(C().__class__, C.__dict__['__dict__'])
print(object.__dict__['__class__'].__get__(None, int))


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut._state, fut._asyncio_future_blocking, fut._result, fut._callbacks)
    fut._asyncio_future_blocking = True
    print(fut._asyncio_future_blocking)
    try:
        del fut._log_traceback
    except AttributeError as e:
        print('AttributeError:', e)
    fut._log_traceback = False
    try:
        fut._log_traceback = True
    except ValueError as e:
        print('ValueError:', e)
    fut.add_done_callback(print)
    print(len(fut._callbacks))
    fut.set_result(3)
    print(fut._result, fut._state, fut._callbacks)
    h = loop.call_later(10, print)
    print(h._cancelled, h._scheduled, h._when > 0)
    h.cancel()
    print(h._cancelled, h._callback)
    task = asyncio.current_task()
    print(task._must_cancel, task._fut_waiter, task._coro.__name__)


asyncio.run(main())
