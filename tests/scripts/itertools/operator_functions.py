# operator: the function forms of the operators.
import operator as op

print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(3), op.pos(-3), op.abs(-4), op.invert(5), op.inv(0), op.lshift(1, 4), op.rshift(16, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.truth([]), op.truth([0]))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt(1, 2), op.ge(3, 3))
print(op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'))
print(op.concat([1], [2]), op.concat('a', 'b'), op.index(7), op.index(True))
l = [1, 2, 3]
op.setitem(l, 0, 'x')
op.delitem(l, 1)
print(l, op.getitem(l, -1), op.getitem('hello', slice(1, 3)))
x = [1]
print(op.iadd(x, [2]) is x, x, op.iconcat(x, [3]), op.imul([0], 3), op.isub(5, 2), op.ior({1}, {2}))
print(op.ipow(2, 3), op.imod(7, 4), op.ifloordiv(7, 2), op.itruediv(1, 4), op.ilshift(1, 2), op.irshift(8, 1),
      op.iand(6, 3), op.ixor(6, 3))
print(op.length_hint([1, 2]), op.length_hint(iter(range(5))), op.length_hint(object(), 7), op.call(max, 1, 5))
print(op.__add__(1, 1), op.__lt__(1, 2), op.__not__(1), op.__getitem__([5], 0))
print(sorted(n for n in op.__all__)[:5], len(op.__all__))
for call in (lambda: op.concat(1, 2), lambda: op.index(1.5), lambda: op.indexOf([1], 2),
             lambda: op.length_hint(1, 'x')):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
