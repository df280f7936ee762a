# as_completed(timeout=...): the awaitables left raise TimeoutError.
import asyncio


async def main():
    quick = asyncio.create_task(asyncio.sleep(0, 'quick'))
    never = asyncio.create_task(asyncio.sleep(10))
    results = []
    for aw in asyncio.as_completed([quick, never], timeout=0.3):
        try:
            results.append(await aw)
        except TimeoutError:
            results.append('timeout')
    print(results)
    never.cancel()


asyncio.run(main())
