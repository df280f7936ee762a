# Slide 18: a coroutine returns its result when a send() reaches the return: send() raises StopIteration with the value
def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value

acc = accumulate()
next(acc)
for v in [5, 10, 20]:
    print("running total", acc.send(v))
try:
    acc.send(None)
except StopIteration as e:
    print("result", e.value)
