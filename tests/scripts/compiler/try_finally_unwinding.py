# try/except/finally and the unwinding of return/break/continue through finally bodies.
def f1():
    try:
        return "try"
    finally:
        print("finally f1")
print(f1())

def f2():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    else:
        print("else not reached")
    return i
print(f2())

def f3():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        print("caught", repr(e))
        return 1
    finally:
        print("outer finally")
print(f3())

def f4():
    try:
        return 1
    finally:
        return 2
print(f4())

def f5():
    while True:
        try:
            break
        finally:
            print("f5 fin")
    print("after")
f5()

def f6(x):
    try:
        if x:
            raise ValueError("v")
    except ValueError:
        print("VE")
    else:
        print("no error")
    finally:
        print("f6 done")
f6(0); f6(1)

def f7():
    try:
        1 // 0
    except (TypeError, ZeroDivisionError) as exc:
        print(type(exc).__name__)
    try:
        exc
    except NameError as n:
        print("unbound after except:", type(n).__name__)
f7()

def f8():
    try:
        try:
            raise ValueError
        except ValueError:
            raise TypeError("t")
    except TypeError as e:
        print("ctx", type(e.__context__).__name__)
f8()

def f9():
    for i in range(3):
        try:
            pass
        finally:
            if i == 1:
                break
    return i
print(f9())

def f10():
    try:
        raise ValueError("x")
    except:
        print("bare")
        raise
try:
    f10()
except ValueError as e:
    print("re-raised", e)

def f11():
    x = 0
    while x < 5:
        x += 1
        if x % 2:
            continue
        print("even", x)
    else:
        print("while else")
f11()
