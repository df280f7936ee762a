# Slot values are released with the instance, and cycles through slots are
# collected.
import gc

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

class Holder:
    __slots__ = ('item', 'other')

h = Holder()
h.item = Noisy('one')
del h
print('after del h')

h = Holder()
h.item = Noisy('two')
h.item = Noisy('three')
print('after overwrite')
del h.item
print('after del slot')

a, b = Holder(), Holder()
a.other, b.other = b, a
a.item = Noisy('cycle')
del a, b
gc.collect()
print('after collect')

class Sub(Holder):
    __slots__ = ('extra',)
s = Sub()
s.item, s.extra = Noisy('base slot'), Noisy('sub slot')
s.other = s
del s
gc.collect()
print('end')
