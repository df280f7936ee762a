# Slide 23: yielded values bubble up from the innermost generator, through every yield from, to the original caller
def leaf(tag):
    yield f"{tag}.1"
    yield f"{tag}.2"

def branch(tag):
    yield f"{tag} begins"
    yield from leaf(tag + "a")
    yield from leaf(tag + "b")

def root():
    yield from branch("L")
    yield from branch("R")

for value in root():
    print(value)
