# An exception raised in a sub-generator propagates through yield from: both frames appear.
def sub():
    yield 1
    raise TypeError("sub failed")
def delegator():
    yield from sub()
for x in delegator():
    print(x)
