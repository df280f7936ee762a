# send/throw on a finished generator: send raises StopIteration, throw raises the thrown exception.
def g():
    yield 1
gen = g()
list(gen)
try:
    gen.send(5)
except StopIteration:
    print("send on finished -> StopIteration")
try:
    gen.throw(KeyError("k"))
except KeyError as e:
    print("throw on finished -> KeyError", e)
