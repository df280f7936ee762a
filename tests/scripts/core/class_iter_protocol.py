# __iter__/__next__: a class iterator, and a class whose __iter__ is a generator.
class Countdown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1
class Evens:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        for i in range(0, self.limit, 2):
            yield i
c = Countdown(3)
print(list(c), list(c))
e = Evens(7)
print(list(e), list(e), sum(e), max(Evens(10)))
