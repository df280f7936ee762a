# run_forever() runs until stop(); callbacks already queued still run in
# that iteration; the loop can be run again.
import asyncio

loop = asyncio.new_event_loop()


def step(n):
    print('step', n)
    if n < 3:
        loop.call_soon(step, n + 1)
    else:
        loop.stop()
        loop.call_soon(print, 'queued before stop ran')


loop.call_soon(step, 1)
loop.run_forever()
print('stopped; running =', loop.is_running())
loop.call_soon(loop.stop)
loop.run_forever()
print('second run_forever returned')
loop.close()
