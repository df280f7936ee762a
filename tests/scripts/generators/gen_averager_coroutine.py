# A running-average coroutine primed with next() and fed with send().
def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
avg = averager()
next(avg)
for v in [10, 20, 30, 5]:
    print(avg.send(v))
avg.close()
