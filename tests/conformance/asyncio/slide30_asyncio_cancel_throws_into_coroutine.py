# Slide 30: the loop updates coroutines with .throw(): Task.cancel() raises CancelledError where the coroutine is suspended
import asyncio

async def long_job():
    try:
        print("long_job waits")
        await asyncio.sleep(10)
        print("never printed")
    except asyncio.CancelledError:
        print("long_job got CancelledError at its await")
        raise
    finally:
        print("long_job cleans up")

async def main():
    task = asyncio.create_task(long_job())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main sees the task cancelled:", task.cancelled())

asyncio.run(main())
