# A lazy pipeline of generators: produce -> filter -> transform -> consume, interleaved.
def produce(n):
    for i in range(n):
        print("produce", i)
        yield i
def only_odd(it):
    for x in it:
        if x % 2:
            yield x
def square(it):
    for x in it:
        print("square", x)
        yield x * x
for v in square(only_odd(produce(5))):
    print("consume", v)
