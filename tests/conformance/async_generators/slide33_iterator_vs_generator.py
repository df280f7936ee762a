# Slide 33: the difference between an iterator (__iter__ / __next__) and a generator producing the same elements
class Squares:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * self.i

def squares(n):
    for i in range(1, n + 1):
        yield i * i

print(list(Squares(4)), list(squares(4)))
it, gen = Squares(2), squares(2)
print(iter(it) is it, iter(gen) is gen)
print(hasattr(it, "send"), hasattr(gen, "send"))
print(type(it).__name__, type(gen).__name__)
