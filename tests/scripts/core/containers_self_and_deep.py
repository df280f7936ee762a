# Self-containing containers print with [...]/{...}; a 1,000,000-deep tuple is freed; a generator deleting its own global.
d = {}
d['d'] = d
print(d)
l = []
l.append(l)
print(l)
x = ()
for i in range(1000000):
    x = (x,)
del x
def g():
    global gen
    del gen
    yield 1
gen = g()
print(next(gen))
