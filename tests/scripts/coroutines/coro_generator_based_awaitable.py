# A generator-iterator returned by __await__ gets send() values from the driver through the whole await chain.
class Request:
    def __init__(self, what):
        self.what = what
    def __await__(self):
        reply = yield ("request", self.what)
        return reply
async def handler():
    a = await Request("name")
    b = await Request("age")
    return f"{a} is {b}"
c = handler()
msg = c.send(None)
replies = {"name": "Ada", "age": 36}
try:
    while True:
        print("driver handles", msg)
        msg = c.send(replies[msg[1]])
except StopIteration as e:
    print(e.value)
