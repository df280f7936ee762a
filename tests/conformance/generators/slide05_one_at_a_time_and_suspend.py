# Slide 5: a generator generates elements one at the time and suspends between them (producer and consumer interleave)
def produce():
    for item in ["a", "b", "c"]:
        print("produce", item)
        yield item
        print("resumed after", item)

for item in produce():
    print("consume", item)
print("done")
