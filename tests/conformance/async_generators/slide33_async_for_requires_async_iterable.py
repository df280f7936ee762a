# Slide 33: asynchronous iterables were required: async for over a plain iterable is a TypeError
async def main(iterable):
    try:
        async for x in iterable:
            print(x)
    except TypeError as e:
        print(type(e).__name__, e)

class NoAnext:
    def __aiter__(self):
        return self

def plain_gen():
    yield 1

for iterable in ([1, 2], "ab", NoAnext(), plain_gen()):
    c = main(iterable)
    try:
        c.send(None)
    except StopIteration:
        pass
