# __exit__ receives the exception; returning True suppresses it.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit got", et.__name__ if et else None, ev)
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError):
    {}["missing"]
print("continued after suppressed KeyError")
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated:", e)
