# run_in_executor() and to_thread() give the function's result or exception.
import asyncio


def compute(a, b):
    return a * b


def explode():
    raise ArithmeticError('nope')


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, compute, 6, 7))
    print(await asyncio.to_thread(compute, 3, b=5))
    try:
        await asyncio.to_thread(explode)
    except ArithmeticError as e:
        print('ArithmeticError', e)


asyncio.run(main())
