"""asyncio.to_thread(), without threads."""

__all__ = "to_thread",

from . import events


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) and return its result.

    pyco has no threads: the function runs synchronously in the event
    loop's thread, blocking the loop while it runs.
    """
    loop = events.get_running_loop()
    return await loop.run_in_executor(None, lambda: func(*args, **kwargs))
