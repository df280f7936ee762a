# athrow() raises inside a suspended async generator; a handled exception lets it yield again.
async def agen():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("agen handled", repr(e))
            yield "recovered"
            return
def result(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"
g = agen()
print(result(g.__anext__()))
print(result(g.athrow(ValueError("boom"))))
print(result(g.__anext__()))
h = agen()
print(result(h.__anext__()))
try:
    result(h.athrow(KeyError("unhandled")))
except KeyError as e:
    print("propagated", repr(e))
