# sys.exit from deep inside functions and a with block: __exit__ runs, exit status 5.
import sys
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("__exit__ sees", a[0].__name__)
def inner():
    with CM():
        sys.exit(5)
def outer():
    inner()
outer()
