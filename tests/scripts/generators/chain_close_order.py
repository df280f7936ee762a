# close() on the outermost of a suspended 4-level yield-from chain:
# GeneratorExit is raised in the innermost first, then each level sees it
# at its `yield from` in turn (except and finally blocks, inside out); close()
# returns None and every level is closed.
import inspect


def level(name, sub):
    try:
        if sub is None:
            yield name
        else:
            yield from sub
    except GeneratorExit as e:
        print('  ', name, 'sees', type(e).__name__, e.args)
        raise
    finally:
        print('  ', name, 'finally')


levels = [level('L3', None)]
for name in ('L2', 'L1', 'L0'):
    levels.insert(0, level(name, levels[0]))
top = levels[0]
print(next(top))
print('close ->', top.close())
print([inspect.getgeneratorstate(g) for g in levels])
print('close again ->', top.close(), levels[-1].close())
