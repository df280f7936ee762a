# Slide 8: if there aren't more elements, StopIteration is raised — uncaught, it ends the program (exit 1)
def one():
    yield "only"

g = one()
print(next(g))
next(g)
print("not reached")
