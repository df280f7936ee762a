# Slide 23: yield from ends when the internal generator returns; a StopIteration raised inside it becomes RuntimeError and bubbles up
def bad_internal():
    yield 1
    raise StopIteration("escaped")

def outer():
    try:
        yield from bad_internal()
    except RuntimeError as e:
        print("outer caught", type(e).__name__, e)
        print("cause", type(e.__cause__).__name__, e.__cause__)
    yield "outer continues"

print(list(outer()))
