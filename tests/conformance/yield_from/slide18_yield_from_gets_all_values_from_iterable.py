# Slide 18: yield from gets all values from an iterable object: lists, tuples, strings, ranges, dicts, iterators, generators
def all_of(iterable):
    yield from iterable

print(list(all_of([1, 2, 3])))
print(list(all_of((4, 5))))
print(list(all_of("abc")))
print(list(all_of(range(3, 7))))
print(list(all_of({"k1": 1, "k2": 2})))
print(list(all_of({"k1": 1}.items())))
print(list(all_of(iter([7, 8]))))
print(list(all_of(x * 10 for x in range(3))))
print(list(all_of(all_of([9, 9]))))
print(list(all_of([])))
print(list(all_of(b"hi")))
