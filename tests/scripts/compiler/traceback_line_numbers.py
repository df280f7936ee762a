# tb_lineno of every traceback entry for errors raised in various constructs.
import sys
def show(f):
    try:
        f()
    except Exception as e:
        tb = e.__traceback__
        lines = []
        while tb:
            lines.append(tb.tb_lineno)
            tb = tb.tb_next
        print(type(e).__name__, lines)

def multi():
    return (1 +
            None)
show(multi)
class O: pass
def chain():
    o = O()
    return (o
            .first
            .second)
show(chain)
def meth():
    o = O()
    o.missing(
        1,
        2)
show(meth)
def reraise():
    try:
        1 // 0
    except ZeroDivisionError:
        raise
show(reraise)
def in_finally():
    try:
        pass
    finally:
        [][0]
show(in_finally)
def gen():
    yield 1
    raise KeyError("g")
def use_gen():
    for x in gen():
        pass
show(use_gen)
def nested_with():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a): return False
    with CM():
        {}["missing"]
show(nested_with)
def call_args():
    return len(
        5)
show(call_args)
def reraise_in_except():
    try:
        {}[1]
    except KeyError as e:
        x = e
        raise ValueError("v")
show(reraise_in_except)
def loop_err():
    for i in range(3):
        if i == 2:
            i.foo
show(loop_err)
def assert_fail():
    assert 1 == 2, "nope"
show(assert_fail)
def unbound():
    print(zz)
    zz = 1
show(unbound)
def comp_err():
    return [1 // x for x in (1, 0)]
show(comp_err)
def lambda_err():
    f = lambda: 1 // 0
    return f()
show(lambda_err)
def while_err():
    n = 0
    while n < 5:
        n += 1
    n.bad
show(while_err)
