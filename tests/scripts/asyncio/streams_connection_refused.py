# Connecting to a closed port raises ConnectionRefusedError (an OSError).
import asyncio
import socket


async def main():
    # Find a free port, then close it so nothing listens there.
    s = socket.socket()
    s.bind(('127.0.0.1', 0))
    port = s.getsockname()[1]
    s.close()
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e.errno, str(e) == f"[Errno 111] Connect call failed ('127.0.0.1', {port})")
        print(isinstance(e, ConnectionError), isinstance(e, OSError))


asyncio.run(main())
