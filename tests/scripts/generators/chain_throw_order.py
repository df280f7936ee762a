# throw() into the outermost of a suspended 4-level yield-from chain: the
# exception is raised in the innermost first; unhandled levels run their
# except/finally from the inside out; a level that catches it and yields
# makes throw() return that value, and the chain is used on afterwards.
def level(name, sub, catches):
    try:
        if sub is None:
            got = yield name + ' first'
            print('  ', name, 'got', got)
            got = yield name + ' second'
            print('  ', name, 'got', got)
            return name + ' result'
        r = yield from sub
        print('  ', name, 'delegate returned', r)
        got = yield name + ' after delegate'
        print('  ', name, 'got', got)
        return name + ' result'
    except catches as e:
        print('  ', name, 'catches', repr(e))
        got = yield name + ' recovered'
        print('  ', name, 'got', got)
        return name + ' recovered result'
    except BaseException as e:
        print('  ', name, 'sees', repr(e), 'passing it on')
        raise
    finally:
        print('  ', name, 'finally')


def build():
    return level('L0', level('L1', level('L2', level('L3', None, KeyError), ValueError), ()), TypeError)


for exc in (KeyError('k'), ValueError('v'), TypeError('t'), IndexError('i')):
    print('throw', repr(exc))
    top = build()
    print('  next ->', next(top))
    try:
        print('  throw ->', top.throw(exc))
        print('  send ->', top.send('after throw'))
        print('  send ->', top.send('more'))
        print('  send ->', top.send('more'))
        print('  send ->', top.send('more'))
    except StopIteration as e:
        print('  stopped', repr(e.value))
    except Exception as e:
        print('  escaped', repr(e), top.gi_frame)
