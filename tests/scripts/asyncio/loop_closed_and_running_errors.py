# Errors of a closed loop, of a running loop, and without a running loop.
import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError', e)

loop = asyncio.new_event_loop()


async def nested():
    coro = asyncio.sleep(0)
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print('RuntimeError', e)
    coro.close()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        loop.close()
    except RuntimeError as e:
        print('RuntimeError', e)
    coro = asyncio.sleep(0)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print('RuntimeError', e)
    coro.close()
    print(asyncio.get_running_loop() is loop, asyncio.get_event_loop() is loop)


loop.run_until_complete(nested())
loop.close()
coro = asyncio.sleep(0)
for call in (lambda: loop.call_soon(print), lambda: loop.call_later(1, print),
             lambda: loop.create_task(coro)):
    try:
        call()
    except RuntimeError as e:
        print('RuntimeError', e)
coro.close()
