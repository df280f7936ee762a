# Slide 24: driving general() to the end: 10 values from "first", then 20 from "second", then StopIteration
def internal(name, limit):
    for i in range(limit):
        value = yield i
        print(f"{name} got: {value}")

def general():
    yield from internal("first", 10)
    yield from internal("second", 20)

g = general()
received = [next(g)]
try:
    while True:
        received.append(g.send(len(received)))
except StopIteration as e:
    print("StopIteration", e.value)
print(len(received), received)
