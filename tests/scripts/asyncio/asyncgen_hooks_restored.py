# The loop installs its async generator hooks while running and restores
# the previous ones afterwards.
import asyncio
import sys


def firstiter(agen):
    print('custom firstiter')


async def main():
    hooks = sys.get_asyncgen_hooks()
    print('inside: hooks set by the loop', hooks[0] is not None, hooks[1] is not None)


sys.set_asyncgen_hooks(firstiter=firstiter)
asyncio.run(main())
hooks = sys.get_asyncgen_hooks()
print('after: firstiter restored', hooks[0] is firstiter, hooks[1])
sys.set_asyncgen_hooks(None, None)
