# Nested context managers exit in reverse order, even when one raises.
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.n, "with", et.__name__ if et else None)
try:
    with CM(1), CM(2):
        with CM(3):
            raise RuntimeError("inside")
except RuntimeError:
    print("caught")
