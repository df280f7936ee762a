# An exception escaping main() leaves asyncio.run() with its traceback.
import asyncio


async def main():
    await asyncio.sleep(0)
    print('about to fail')
    raise LookupError('from main')


asyncio.run(main())
