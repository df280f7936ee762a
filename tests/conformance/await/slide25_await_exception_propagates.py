# Slide 25: exceptions travel through an await chain like through yield from: raised below, caught above; throw() reaches the bottom
class Wait:
    def __await__(self):
        return self.waiting()
    def waiting(self):
        try:
            yield "waiting"
        except KeyError as e:
            print("  bottom sees", type(e).__name__, e)
            raise

async def failing():
    raise ValueError("from below")

async def middle():
    await Wait()

async def top():
    try:
        await failing()
    except ValueError as e:
        print("  top caught", e)
    try:
        await middle()
    except KeyError as e:
        print("  top caught", type(e).__name__, e)
    return "top done"

c = top()
print(c.send(None))
try:
    c.throw(KeyError("thrown"))
except StopIteration as e:
    print(e.value)
