# Slide 30: an exception inside a scheduled coroutine reaches whoever awaits it; uncaught in main it ends asyncio.run (exit 1)
import asyncio

async def failing():
    await asyncio.sleep(0)
    raise ValueError("failed inside a task")

async def main():
    try:
        await asyncio.create_task(failing())
    except ValueError as e:
        print("caught", type(e).__name__, e)
    await failing()

asyncio.run(main())
