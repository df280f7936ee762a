"""functools: higher-order functions and operations on callable objects.

partial, reduce, wraps/update_wrapper, lru_cache/cache, cached_property,
total_ordering and cmp_to_key, with CPython 3.11's behaviour.
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'total_ordering', 'cache',
           'cmp_to_key', 'lru_cache', 'reduce', 'partial', 'cached_property']

from collections import namedtuple


# ---------------------------------------------------------------- update_wrapper, wraps

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the attributes named in
    assigned, merge those named in updated, and set wrapper.__wrapped__."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # Set last, so that an updated __dict__ cannot overwrite it.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper(): @wraps(f) applied to a wrapper
    function makes it look like f."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# ---------------------------------------------------------------- total_ordering

# For each root comparison a class may define, how the three others follow
# from it: (name, negate the root's result, then combine with == / !=).
_ORDER_DERIVATIONS = {
    '__lt__': [('__gt__', True, '!='), ('__le__', False, '=='), ('__ge__', True, None)],
    '__le__': [('__ge__', True, '=='), ('__lt__', False, '!='), ('__gt__', True, None)],
    '__gt__': [('__lt__', True, '!='), ('__ge__', False, '=='), ('__le__', True, None)],
    '__ge__': [('__le__', True, '=='), ('__gt__', False, '!='), ('__lt__', True, None)],
}

_OP_SYMBOLS = {'__lt__': '<', '__le__': '<=', '__gt__': '>', '__ge__': '>='}


def _derived_comparison(root, name, negate, combine):
    def compare(self, other):
        result = getattr(type(self), root)(self, other)
        if result is NotImplemented:
            return result
        if negate:
            result = not result
        if combine == '==':
            return result or self == other
        if combine == '!=':
            return result and self != other
        return result

    rule = f'({"not " if negate else ""}a {_OP_SYMBOLS[root]} b)'
    if combine == '==':
        rule += ' or (a == b)'
    elif combine == '!=':
        rule += ' and (a != b)'
    compare.__name__ = name
    compare.__qualname__ = f'_{name[2:-2]}_from_{root[2:-2]}'
    compare.__doc__ = f'Return a {_OP_SYMBOLS[name]} b.  Computed by @total_ordering from {rule}.'
    return compare


def total_ordering(cls):
    """Class decorator: given one of __lt__, __le__, __gt__ or __ge__ (and
    __eq__), define the missing ordering methods from it."""
    roots = {op for op in _ORDER_DERIVATIONS if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)  # prefer __lt__ to __le__ to __gt__ to __ge__
    for name, negate, combine in _ORDER_DERIVATIONS[root]:
        if name not in roots:
            setattr(cls, name, _derived_comparison(root, name, negate, combine))
    return cls


# ---------------------------------------------------------------- cmp_to_key

class KeyWrapper:
    """A sort key made from a comparison function (what cmp_to_key returns).

    cmp_to_key(f) is a KeyWrapper without an object; calling it wraps one.
    """

    def __init__(self, cmp, obj=None):
        self._cmp = cmp
        self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self._cmp, obj)

    def _compare(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __ne__(self, other):
        return self._compare(other) != 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __ge__(self, other):
        return self._compare(other) >= 0

    __hash__ = None


def cmp_to_key(mycmp):
    """Turn an old-style comparison function (negative, zero or positive
    result) into a key function for sorted(), min(), max()..."""
    return KeyWrapper(mycmp)


# ---------------------------------------------------------------- reduce

def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]) -> value
    
    Fold the items of iterable from the left with a two-argument function:
    reduce(f, [a, b, c]) is f(f(a, b), c). A given initial value comes first
    and is the result for an empty iterable.
    """
    if kwargs:
        raise TypeError('reduce() takes no keyword arguments')
    if len(args) < 2:
        raise TypeError(f'reduce expected at least 2 arguments, got {len(args)}')
    if len(args) > 3:
        raise TypeError(f'reduce expected at most 3 arguments, got {len(args)}')
    function, iterable = args[0], args[1]
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration') from None
    if len(args) == 3:
        value = args[2]
    else:
        for value in it:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value')
    for element in it:
        value = function(value, element)
    return value


# ---------------------------------------------------------------- partial

class _PartialField:
    """A read-only attribute of partial objects (func, args, keywords)."""

    def __init__(self, name):
        self._key = '_partial_' + name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance.__dict__[self._key]

    def __set__(self, instance, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, instance):
        raise AttributeError('readonly attribute')


_PARTIAL_STATE = frozenset(('_partial_func', '_partial_args', '_partial_keywords'))

_partial_repr_running = set()


class partial:
    """partial(func, *args, **keywords) - a callable that calls func with
    args prepended to its positional arguments and keywords as default
    keyword arguments."""

    func = _PartialField('func')
    args = _PartialField('args')
    keywords = _PartialField('keywords')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        # A plain partial of a partial is flattened into one.
        if type(func).__call__ is partial.__call__ and func.__dict__.keys() <= _PARTIAL_STATE:
            state = func.__dict__
            args = state['_partial_args'] + args
            keywords = {**state['_partial_keywords'], **keywords}
            func = state['_partial_func']
        self = super().__new__(cls)
        state = self.__dict__
        state['_partial_func'] = func
        state['_partial_args'] = args
        state['_partial_keywords'] = keywords
        return self

    def __call__(self, /, *args, **keywords):
        state = self.__dict__
        if state['_partial_keywords']:
            keywords = {**state['_partial_keywords'], **keywords}
        return state['_partial_func'](*state['_partial_args'], *args, **keywords)

    def __repr__(self):
        cls = type(self)
        name = 'functools.partial' if cls is partial else cls.__name__
        key = id(self)
        if key in _partial_repr_running:
            return '...'
        _partial_repr_running.add(key)
        try:
            parts = [repr(self.func)]
            parts.extend(repr(arg) for arg in self.args)
            parts.extend(f'{key}={value!r}' for key, value in self.keywords.items())
        finally:
            _partial_repr_running.discard(key)
        return f"{name}({', '.join(parts)})"


# ---------------------------------------------------------------- lru_cache

_CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'], module='functools')

_KWD_MARK = object()  # separates positional from keyword arguments in cache keys
_NOT_CACHED = object()
_SELF_KEYED = frozenset((int, str))


def _make_key(args, kwds, typed):
    """The cache key of a call: the arguments, flattened into one hashable
    tuple (a lone int or str argument is its own key)."""
    if not kwds and not typed and len(args) == 1 and type(args[0]) in _SELF_KEYED:
        return args[0]
    key = args
    if kwds:
        key += (_KWD_MARK,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    return key


def _lru_cache_wrapper(user_function, maxsize, typed):
    """The function lru_cache returns: user_function behind a cache, with
    cache_info(), cache_clear() and cache_parameters() attached.

    It is a plain function (closures hold the state), so it binds as a
    method like the function it wraps. A bounded cache orders its entries
    by recency in a circular doubly linked list of [prev, next, key,
    result] cells after a sentinel root: a hit moves its cell to the newest
    end, a miss on a full cache evicts the cell at the oldest end.
    """
    cache = {}
    cache_get = cache.get
    hits = misses = 0
    root = []
    root[:] = [root, root, None, None]

    def link_newest(cell):
        last = root[0]
        cell[0] = last
        cell[1] = root
        last[1] = root[0] = cell

    def unlink(cell):
        prev, next = cell[0], cell[1]
        prev[1] = next
        next[0] = prev

    if maxsize == 0:
        def wrapper(*args, **kwds):
            nonlocal misses
            misses += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            result = cache_get(key, _NOT_CACHED)
            if result is not _NOT_CACHED:
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            cell = cache_get(key)
            if cell is not None:
                unlink(cell)
                link_newest(cell)
                hits += 1
                return cell[3]
            misses += 1
            result = user_function(*args, **kwds)
            if key in cache:
                # A recursive call cached this key while the function ran.
                return result
            if len(cache) >= maxsize:
                oldest = root[1]
                unlink(oldest)
                del cache[oldest[2]]
            cell = [None, None, key, result]
            link_newest(cell)
            cache[key] = cell
            return result

    def cache_info():
        """The cache statistics: CacheInfo(hits, misses, maxsize, currsize)."""
        return _CacheInfo(hits, misses, maxsize, len(cache))

    def cache_clear():
        """Empty the cache and reset its statistics."""
        nonlocal hits, misses
        cache.clear()
        root[:] = [root, root, None, None]
        hits = misses = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return wrapper


def lru_cache(maxsize=128, typed=False):
    """Decorator caching a function's results by argument values, keeping
    the maxsize most recently used ones (all of them when maxsize is None).
    typed=True caches arguments of different types (1 and 1.0) apart.
    
    The wrapper offers cache_info(), cache_clear(), cache_parameters() and
    __wrapped__. Arguments must be hashable.
    """
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # Used as @lru_cache without parentheses.
        user_function, maxsize = maxsize, 128
        return update_wrapper(_lru_cache_wrapper(user_function, maxsize, typed), user_function)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return update_wrapper(_lru_cache_wrapper(user_function, maxsize, typed), user_function)

    return decorating_function


def cache(user_function, /):
    """Unbounded cache decorator: lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


# ---------------------------------------------------------------- cached_property

_NOT_FOUND = object()


class cached_property:
    """Decorator for a method computed on first access and then stored in the
    instance's __dict__ under the same name (so later reads are plain
    attribute lookups, and deleting the attribute recomputes it)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError('Cannot assign the same cached_property to two different names '
                            f'({self.attrname!r} and {name!r}).')

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError('Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(f"No '__dict__' attribute on {type(instance).__name__!r} "
                            f'instance to cache {self.attrname!r} property.') from None
        value = cache.get(self.attrname, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            try:
                cache[self.attrname] = value
            except TypeError:
                raise TypeError(f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                                f'does not support item assignment for caching {self.attrname!r} property.') from None
        return value
