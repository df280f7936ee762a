# Slide 5: generators save memory: elements are computed lazily, one at the time, never stored as a whole list
computed = []

def expensive(n):
    for i in range(n):
        computed.append(i)
        yield i * 10

g = expensive(1_000_000)
print("after creation, computed:", len(computed))
print(next(g), next(g), next(g))
print("after three next(), computed:", len(computed))
for value in g:
    if value >= 100:
        break
print("after the loop, computed:", len(computed), "last:", computed[-1])
