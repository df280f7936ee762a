# try/except/finally blocks stay active across yields and resume correctly.
def g():
    for i in range(3):
        try:
            yield i
            if i == 1:
                raise ValueError(i)
        except ValueError as e:
            print("caught", e, "inside")
            yield "after error"
        finally:
            print("finally", i)
print(list(g()))
