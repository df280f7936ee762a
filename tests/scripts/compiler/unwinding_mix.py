# return/break/continue through except, finally, with and async for.

# ---- case 0
print('---- case 0')
def f():
    try:
        raise ValueError("v")
    except ValueError as e:
        return "ret " + str(e)
    finally:
        print("finally")
print(f())

# ---- case 1
print('---- case 1')
def f():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError as e:
            if i == 0:
                continue
            if i == 1:
                break
    return i
print(f())

# ---- case 2
print('---- case 2')
import sys
def f():
    try:
        raise ValueError
    except ValueError:
        try:
            return sys.exc_info()[0].__name__
        finally:
            print("inner fin", sys.exc_info()[0].__name__)
print(f(), sys.exc_info())

# ---- case 3
print('---- case 3')
def f():
    try:
        try:
            return 1
        finally:
            print("a")
    finally:
        print("b")
print(f())

# ---- case 4
print('---- case 4')
def f():
    for i in range(2):
        try:
            try:
                continue
            finally:
                print("inner", i)
        finally:
            print("outer", i)
f()

# ---- case 5
print('---- case 5')
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self
    def __exit__(self, *a): print("exit", self.n)
def f():
    with CM(1), CM(2):
        for x in range(3):
            with CM(3):
                try:
                    return x
                finally:
                    print("finally")
print(f())

# ---- case 6
print('---- case 6')
def f():
    try:
        pass
    finally:
        try:
            raise KeyError
        except KeyError:
            print("handled in finally")
    return "ok"
print(f())

# ---- case 7
print('---- case 7')
def f():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(f())

# ---- case 8
print('---- case 8')
def f():
    while True:
        try:
            raise ValueError
        except ValueError:
            break
        finally:
            print("fin")
    return "out"
print(f())

# ---- case 9
print('---- case 9')
def gen():
    try:
        yield 1
    finally:
        print("gen cleanup")
def f():
    for x in gen():
        return x
print(f())

# ---- case 10
print('---- case 10')
def f(n):
    try:
        if n:
            return "early"
    except Exception:
        pass
    else:
        return "else"
    finally:
        print("fin", n)
print(f(1), f(0))

# ---- case 11
print('---- case 11')
def f():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except NameError:
        return "e unbound"
print(f())

# ---- case 12
print('---- case 12')
def f():
    x = []
    for i in range(3):
        with open("/dev/null"):
            if i == 1:
                continue
            x.append(i)
    return x
print(f())

# ---- case 13
print('---- case 13')
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
async def main():
    async for v in agen():
        if v == 1:
            break
    return "done"
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
