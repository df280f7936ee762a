# read() waits until data or EOF is fed; two concurrent readers are refused.
import asyncio


async def main():
    r = asyncio.StreamReader()

    async def feeder():
        await asyncio.sleep(0)
        print('feeding')
        r.feed_data(b'payload')
        await asyncio.sleep(0)
        r.feed_eof()

    async def second_reader():
        try:
            await r.read(1)
        except RuntimeError as e:
            print('RuntimeError', e)

    asyncio.create_task(feeder())
    t = asyncio.create_task(second_reader())
    reading = asyncio.create_task(r.read(100))
    await asyncio.sleep(0)
    await t
    print(await reading)
    print(await r.read(100), r.at_eof())


asyncio.run(main())
