# AttributeError on None returned by a function that forgot to return.
def find(items, key):
    for k, v in items:
        if k == key:
            v
result = find([("a", 1)], "a")
print(result.upper())
