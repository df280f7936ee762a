# asyncio.Runner (3.11): several run() calls share one loop; close() is
# idempotent; a closed runner refuses to run.
import asyncio


async def get_loop_id(box):
    box.append(asyncio.get_running_loop())
    return len(box)


box = []
with asyncio.Runner() as runner:
    print(runner.run(get_loop_id(box)))
    print(runner.run(get_loop_id(box)))
    print(box[0] is box[1], runner.get_loop() is box[0])
runner.close()
print(box[0].is_closed())
coro = get_loop_id(box)
try:
    runner.run(coro)
except RuntimeError as e:
    print('RuntimeError', e)
coro.close()
try:
    asyncio.Runner().run(42)
except ValueError as e:
    print('ValueError', e)
