# Slide 12: value = yield result — a coroutine keeps state between sends (running average)
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count

avg = averager()
print(next(avg))
for value in [10, 20, 30, 5]:
    print(value, "->", avg.send(value))
avg.close()
