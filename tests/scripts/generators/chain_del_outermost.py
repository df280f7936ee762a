# Dropping the only reference to the outermost of a suspended yield-from
# chain (depth 1, 2, 3, 25) finalizes it at once: every level's finally runs,
# innermost first (the outermost's close() closes its delegate first), and a
# level catching GeneratorExit sees it.
def level(n, log):
    try:
        if n == 0:
            yield 'bottom'
        else:
            yield from level(n - 1, log)
    except GeneratorExit:
        log.append(('exit', n))
        raise
    finally:
        log.append(('finally', n))


for depth in (1, 2, 3, 25):
    log = []
    g = level(depth - 1, log)
    next(g)
    print(depth, 'before del:', log)
    del g
    print('  after del:', log[:6], len(log))
    print('  inside out:', log == [(kind, n) for n in range(depth) for kind in ('exit', 'finally')])
