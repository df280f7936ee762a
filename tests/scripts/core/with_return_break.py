# __exit__ runs when the body returns, breaks or continues.
class Log:
    def __enter__(self):
        print("enter")
    def __exit__(self, *a):
        print("exit", a[0])
def f():
    with Log():
        return "returned"
print(f())
for i in range(2):
    with Log():
        if i == 0:
            continue
        break
print("done")
