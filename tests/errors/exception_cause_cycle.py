# Two exceptions that are each other's __cause__: printed once each, no endless loop.
a = ValueError('a')
b = KeyError('b')
a.__cause__ = b
b.__cause__ = a
raise a
