# Slide 25 "yield from - Recap": delegating, chaining, refactoring a generator into sub-generators, getting their return values.
def parse_header(lines):
    header = yield from take_until(lines, "")
    return header
def take_until(lines, stop):
    taken = []
    for line in lines:
        if line == stop:
            return taken
        taken.append(line)
        yield ("line", line)
    return taken
def document(lines):
    it = iter(lines)
    header = yield from parse_header(it)
    yield ("header", len(header))
    body = yield from take_until(it, "END")
    yield ("body", body)
for event in document(["Title: x", "Author: y", "", "para 1", "para 2", "END", "ignored"]):
    print(event)
