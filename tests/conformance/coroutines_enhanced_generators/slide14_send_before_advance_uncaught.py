# Slide 14: if not advanced first, send() raises TypeError — uncaught, the program ends with it (exit 1)
def coro():
    received = yield
    print(received)

c = coro()
print("sending without advancing")
c.send(1)
