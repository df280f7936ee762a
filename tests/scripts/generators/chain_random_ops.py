# Random operations on a forest of generators that delegate to each other
# (yield from fresh and shared sub-generators, up to 7 levels): next/send,
# direct resumption of any level, throw, close, return, exceptions, states
# seen from inside, handled exceptions, collections. Three fixed seeds; all
# generators are closed before the end, so shutdown order plays no part.
import sys, gc
class Rng:
    def __init__(self, s): self.s = s * 2654435761 % (1 << 32) or 1
    def random(self):
        self.s = (self.s * 1103515245 + 12345) % (1 << 31)
        return self.s / (1 << 31)
    def choice(self, seq): return seq[int(self.random() * len(seq))]

def out(*a):
    print(*a)

class Boom(Exception): pass

gens = []
def node(name, depth):
    # a generator that sometimes delegates to a shared or fresh sub-generator
    try:
        i = 0
        while True:
            i += 1
            choice = (yield f"{name}:{i}")
            if choice == 'dive' and depth < 6:
                sub = node(f"{name}.{i}", depth + 1)
                gens.append(sub)
                r = yield from sub
                out(name, 'sub returned', r)
            elif choice == 'share' and gens:
                target = gens[(i * 7 + depth) % len(gens)]
                try:
                    r = yield from target
                    out(name, 'shared returned', r)
                except ValueError as e:
                    out(name, 'shared VE', e)
            elif choice == 'ret':
                return f"{name}-done"
            elif choice == 'boom':
                raise Boom(name)
            elif choice == 'state':
                out(name, 'states', [(g.gi_running, g.gi_suspended, g.gi_yieldfrom is not None) for g in gens[:8]])
            elif choice == 'exc':
                out(name, 'exc', sys.exc_info()[0])
    except Boom as b:
        out(name, 'caught Boom', b)
        yield f"{name}:recovered"
        return 'recovered'
    except GeneratorExit:
        out(name, 'GeneratorExit')
        raise
    finally:
        out(name, 'finally')

def run(seed, steps):
    global rng
    rng = Rng(seed)
    del gens[:]
    roots = []
    for k in range(6):
        g = node(f"r{k}", 0)
        gens.append(g)
        roots.append(g)
        next(g)
    ops = ['dive'] * 6 + ['next'] * 5 + ['state'] * 2 + ['exc', 'share', 'ret', 'boom', 'throw', 'direct', 'direct', 'close', 'gc', 'new']
    for step in range(steps):
        op = rng.choice(ops)
        g = rng.choice(roots) if rng.random() < 0.6 else rng.choice(gens)
        idx = gens.index(g)
        try:
            if op in ('next',):
                r = next(g)
            elif op == 'throw':
                r = g.throw(Boom(f"t{step}"))
            elif op == 'close':
                r = g.close()
            elif op == 'direct':
                r = g.send(None)
            elif op == 'new':
                g = node(f"n{step}", 0)
                gens.append(g)
                roots.append(g)
                r = next(g)
            elif op == 'gc':
                r = gc.collect() >= 0
            else:
                r = g.send(op)
            out(step, op, idx, '->', r)
        except StopIteration as e:
            out(step, op, idx, 'StopIteration', e.value)
        except Boom as e:
            out(step, op, idx, 'Boom', e)
        except TypeError as e:
            out(step, op, idx, 'TypeError', e)
        except ValueError as e:
            out(step, op, idx, 'ValueError', e)
        except RuntimeError as e:
            out(step, op, idx, 'RuntimeError', e)

    for g in gens:
        g.close()
    out('end of seed', seed)


for seed in (1, 2, 3):
    run(seed, 700)
