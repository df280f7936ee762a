# A Future with an exception nobody retrieved reports it when collected;
# retrieving it (exception() or result()) silences the report.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    quiet = loop.create_future()
    quiet.set_exception(KeyError('seen'))
    quiet.exception()
    del quiet
    print('retrieved one is quiet')
    loud = loop.create_future()
    loud.set_exception(ValueError('never looked at'))
    del loud
    print('after the report')


asyncio.run(main())
