# At exit, a suspended generator held by a module global is closed while
# every global is still set, including functions defined after the
# generator and globals assigned after it (CPython collects __main__'s
# namespace as one garbage cycle: every finalizer runs before any name is
# cleared).
def worker(name):
    try:
        yield name
    finally:
        print("closing", name, helper(name), suffix)


first = worker("first")
next(first)


def helper(name):
    return name.upper()


second = worker("second")
next(second)
suffix = "(last global)"
print("end of module")
