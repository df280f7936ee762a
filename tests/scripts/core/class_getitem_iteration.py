# The old sequence protocol: a class with only __getitem__ is iterable until IndexError.
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
s = Squares(5)
print(list(s), 9 in s, 10 in s)
for v in Squares(3):
    print(v)
a, b, c = Squares(3)
print(a, b, c, s[2])
