# A for loop (and list()) discards a generator's return value.
def g():
    yield 1
    return "lost"
print(list(g()))
for v in g():
    print(v)
def wrapper():
    result = yield from g()
    print("but yield from sees:", result)
print(list(wrapper()))
