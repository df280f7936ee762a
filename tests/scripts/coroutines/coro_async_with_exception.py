# async with: __aexit__ receives the body's exception and can suppress it by returning True.
class Suppressing:
    async def __aenter__(self):
        return self
    async def __aexit__(self, et, ev, tb):
        print("aexit saw", et.__name__ if et else None, ev)
        return et is KeyError
async def main():
    async with Suppressing():
        raise KeyError("suppressed")
    print("continued")
    try:
        async with Suppressing():
            raise ValueError("passes through")
    except ValueError as e:
        print("caught", repr(e))
    return "done"
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
