# Slide 6: calling new_range() runs none of its body: the code runs only when the generator is advanced
def new_range(n):
    print("new_range starts with n =", n)
    i = 0
    while i < n:
        yield i
        i += 1
    print("new_range ends")

g = new_range(2)
print("generator created")
print(next(g))
print(next(g))
print(list(g))
