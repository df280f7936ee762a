# async with on an object without __aenter__/__aexit__ raises TypeError (3.11 message).
class Sync:
    def __enter__(self): return self
    def __exit__(self, *a): pass
async def main():
    async with Sync():
        pass
c = main()
try:
    c.send(None)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
