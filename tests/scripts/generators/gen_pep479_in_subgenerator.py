# PEP 479 applies in the sub-generator of a yield from; the delegator sees RuntimeError.
def sub():
    yield "sub"
    raise StopIteration
def outer():
    try:
        yield from sub()
    except RuntimeError as e:
        print("outer caught RuntimeError:", e)
        yield "recovered"
print(list(outer()))
