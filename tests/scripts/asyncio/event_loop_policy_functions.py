# get_event_loop/set_event_loop/new_event_loop outside a running loop.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)


async def main():
    return asyncio.get_event_loop() is asyncio.get_running_loop()

print(loop.run_until_complete(main()))
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print('RuntimeError', e)
loop.close()
print(type(asyncio.new_event_loop()).__name__)
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print('TypeError', e)
policy = asyncio.get_event_loop_policy()
print(isinstance(policy, asyncio.AbstractEventLoopPolicy))
