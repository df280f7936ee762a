# join over a custom iterable, max() with a default, then max() of an empty list: ValueError.
class S(str):
    pass
l = ['a', 'b']
class It:
    def __iter__(self):
        return iter(l)
print(''.join(It()))
print(max([], default=None))
max([])
