# A value crosses a chain of delegating generators without each frame being
# dispatched (the loop passes it down and up directly): everything a program
# can observe of the frames in between stays as if each ran its own SEND.
import sys


def leaf(log):
    got = yield 'first'
    log.append(('leaf got', got))
    # Every generator of the chain is running; its frames are on the stack.
    log.append(('running', [g.gi_running for g in chain]))
    names = []
    f = sys._getframe()
    while f is not None and len(names) < 6:
        names.append((f.f_code.co_name, f.f_lineno))
        f = f.f_back
    log.append(('stack', names))
    try:
        chain[0].send(None)
    except ValueError as e:
        log.append(('reentry', str(e)))
    got = yield 'second'
    log.append(('leaf got', got))
    if got == 'raise':
        raise KeyError('from the leaf')
    return 'leaf done'


def link(depth, log):
    if depth == 0:
        result = yield from leaf(log)
    else:
        result = yield from link(depth - 1, log)
    return (depth, result)


log = []
chain = []
top = link(3, log)
print(next(top))
g = top
while g is not None:
    chain.append(g)
    g = g.gi_yieldfrom
print([type(g).__name__ for g in chain], [g.gi_running for g in chain])
print(top.send('a'))
for entry in log:
    print(entry)
print([g.gi_frame.f_lineno for g in chain[:-1]])
try:
    top.send('b')
except StopIteration as stop:
    print('returned', stop.value)
print([g.gi_running for g in chain], [g.gi_frame for g in chain])

# An exception from the leaf unwinds through every frame of the chain.
log = []
top = link(2, log)
chain = [top]
next(top)
top.send(None)
try:
    top.send('raise')
except KeyError as e:
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next


# throw() and close() go to the innermost first and unwind outwards.
def tracked(name, inner):
    try:
        if inner is None:
            while True:
                yield name
        else:
            return (yield from inner)
    except ValueError:
        print('caught in', name)
        yield 'recovered in ' + name
    finally:
        print('finally', name)


t = tracked('outer', tracked('middle', tracked('inner', None)))
print(next(t), t.send(1))
print(t.throw(ValueError))
print(next(t) if False else 'skip')
t.close()

# Recursion depth counts every frame of the chain.
def deep(n):
    if n == 0:
        yield 'bottom'
        yield 'again'
    else:
        yield from deep(n - 1)


limit = sys.getrecursionlimit()
g = deep(limit // 4)
print(next(g), list(g))
try:
    g2 = deep(limit + 50)
    next(g2)
except RecursionError as e:
    print('RecursionError', e)

# Uncaught: the printed traceback shows every frame of the chain.
log = []
top = link(1, log)
chain = [top]
next(top)
top.send(None)
top.send('raise')
