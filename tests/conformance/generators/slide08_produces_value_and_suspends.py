# Slide 8: next() produces a value to the caller and the generator suspends there, keeping its local state
def counter(start):
    count = start
    while True:
        print("  counter resumes with count =", count)
        yield count
        count += 1

g = counter(10)
print(next(g))
print("the caller runs while the generator is suspended")
print(next(g))
print(next(g))
g.close()
