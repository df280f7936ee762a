# Slide 8: a for loop calls next() and stops quietly when StopIteration is raised
def letters():
    yield "x"
    yield "y"

it = letters()
while True:
    try:
        item = next(it)
    except StopIteration:
        print("manual loop saw StopIteration")
        break
    print("manual", item)

for item in letters():
    print("for", item)
else:
    print("for loop ended without an error")
