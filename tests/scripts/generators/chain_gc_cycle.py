# A suspended yield-from chain kept alive only by a reference cycle (the
# innermost's frame refers to a holder that refers to the outermost) is
# closed by gc.collect(): every level's finally runs, in the same
# inside-out order as for close().
import gc


class Holder:
    def __repr__(self):
        return 'Holder'


def level(n, log, holder):
    try:
        if n == 0:
            yield holder
        else:
            yield from level(n - 1, log, holder)
    finally:
        log.append(n)


gc.collect()
for depth in (2, 3, 25):
    log = []
    holder = Holder()
    holder.top = level(depth - 1, log, holder)
    next(holder.top)
    del holder
    print(depth, 'before collect:', log)
    gc.collect()
    print('  after collect:', log)
