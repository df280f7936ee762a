# Slide 23: .throw() is passed along: the exception is raised where the internal generator is suspended
def internal():
    while True:
        try:
            yield "internal waiting"
        except ValueError as e:
            print("  internal handles", e)
            yield "internal recovered"

def outer():
    try:
        yield from internal()
    except ValueError:
        print("  outer never sees it")

g = outer()
print(next(g))
print(g.throw(ValueError("thrown at outer")))
print(next(g))
g.close()
