"""Names for built-in types (the subset of CPython's types module pyco supports)."""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _g():
    yield 1


_gen = _g()
GeneratorType = type(_gen)
FrameType = type(_gen.gi_frame)
_gen.close()
del _gen


async def _c():
    pass


_coro = _c()
CoroutineType = type(_coro)
_coro.close()
del _coro


async def _ag():
    yield


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    del _exc

NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)

del sys, _f, _g, _c, _ag, _C


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = (f"{k}={v!r}" for k, v in self.__dict__.items())
        return "{}({})".format(type(self).__name__, ", ".join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


_CO_ITERABLE_COROUTINE = 0x100
_CO_GENERATOR = 0x20


def coroutine(func):
    """Convert a generator function into a generator-based coroutine
    (its generators may be awaited)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType and func.__code__.co_flags & _CO_GENERATOR:
        func.__code__ = func.__code__.replace(co_flags=func.__code__.co_flags | _CO_ITERABLE_COROUTINE)
        return func
    # A callable returning generators: wrap it so its results are awaitable.
    def wrapped(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapped
