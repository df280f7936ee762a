"""Container datatypes.

deque (from the native module _collections), namedtuple(), defaultdict,
OrderedDict, Counter and ChainMap, with CPython 3.11's behaviour.
"""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'defaultdict', 'deque', 'namedtuple']

import sys as _sys
from _collections import deque
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap
from operator import eq as _eq, itemgetter as _itemgetter


# ---------------------------------------------------------------- helpers

# Objects whose repr is being computed: a container that contains itself
# shows '...' at the inner occurrence.
_repr_running = set()


def _guarded_repr(obj, build):
    key = id(obj)
    if key in _repr_running:
        return '...'
    _repr_running.add(key)
    try:
        return build()
    finally:
        _repr_running.discard(key)


def _is_mapping(obj):
    """Whether update() should read `obj` as a mapping rather than as an
    iterable (the role of collections.abc.Mapping in CPython)."""
    cls = type(obj)
    return isinstance(obj, dict) or (hasattr(cls, 'keys') and hasattr(cls, '__getitem__'))


def _update_mapping(target, other, kwds):
    """MutableMapping.update: store each pair through target[key] = value."""
    if _is_mapping(other):
        for key in other.keys():
            target[key] = other[key]
    else:
        for key, value in other:
            target[key] = value
    for key, value in kwds.items():
        target[key] = value


class _MappingView:
    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{type(self).__name__}({self._mapping!r})'


class _SetViewOps:
    """Set operations of the key and item views: results are sets."""

    def __and__(self, other):
        return set(self) & set(other)

    __rand__ = __and__

    def __or__(self, other):
        return set(self) | set(other)

    def __ror__(self, other):
        return set(other) | set(self)

    def __sub__(self, other):
        return set(self) - set(other)

    def __rsub__(self, other):
        return set(other) - set(self)

    def __xor__(self, other):
        return set(self) ^ set(other)

    __rxor__ = __xor__

    def __eq__(self, other):
        if isinstance(other, (set, frozenset, _SetViewOps)) or type(other).__name__ in ('dict_keys', 'dict_items'):
            return len(self) == len(other) and all(item in self for item in other)
        return NotImplemented

    def isdisjoint(self, other):
        return not any(item in self for item in other)


class KeysView(_SetViewOps, _MappingView):
    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)


class ItemsView(_SetViewOps, _MappingView):
    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield (key, mapping[key])


class ValuesView(_MappingView):
    def __contains__(self, value):
        mapping = self._mapping
        for key in mapping:
            v = mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


# ---------------------------------------------------------------- namedtuple

_KEYWORDS = frozenset((
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
    'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
    'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
))

_tuple_getitem = tuple.__getitem__


class _tuplegetter:
    """A read-only attribute naming one position of a named tuple."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return _tuple_getitem(instance, self._index)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return f'{type(self).__name__}({self._index}, {self.__doc__!r})'


def _caller_module():
    """__name__ of the module calling namedtuple() (the class's __module__)."""
    try:
        return _sys._getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return '__main__'


def _namedtuple_field_names(typename, field_names, rename):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    if rename:
        # Invalid, keyword, private and duplicate names become _<index>.
        seen = set()
        for index, name in enumerate(field_names):
            if not name.isidentifier() or name in _KEYWORDS or name.startswith('_') or name in seen:
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    return tuple(map(_sys.intern, field_names))


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new tuple subclass whose items are also attributes named after
    field_names ('x y', 'x, y' or ['x', 'y']), with a readable repr and the
    helpers _make(), _replace(), _asdict(), _fields and _field_defaults."""
    typename = _sys.intern(str(typename))
    field_names = _namedtuple_field_names(typename, field_names, rename)
    num_fields = len(field_names)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > num_fields:
            raise TypeError('Got more default values than field names')
        # Defaults belong to the rightmost fields.
        field_defaults = dict(zip(field_names[num_fields - len(defaults):], defaults))

    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in field_names) + ')'
    tuple_new = tuple.__new__

    # __new__ is compiled from source so that it has the real signature
    # (the fields as parameters) and its argument errors read like CPython's.
    namespace = {'_tuple_new': tuple_new, '__builtins__': {}, '__name__': f'namedtuple_{typename}'}
    __new__ = eval(f'lambda _cls, {arg_list}: _tuple_new(_cls, ({arg_list}))', namespace)
    __new__.__name__ = '__new__'
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    _make.__func__.__doc__ = f'Make a new {typename} object from a sequence or iterable'

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    _replace.__doc__ = f'Return a new {typename} object replacing specified fields with new values'

    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'

    class_namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
        '__module__': _caller_module() if module is None else module,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _tuplegetter(index, _sys.intern(f'Alias for field number {index}'))
    return type(typename, (tuple,), class_namespace)


# ---------------------------------------------------------------- defaultdict

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory
    
    A dict whose missing keys, when subscripted, get the value returned by
    calling default_factory() (KeyError if it is None). Other arguments are
    those of dict().
    """

    def __init__(self, default_factory=None, /, *args, **kwds):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwds)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = _guarded_repr(self.default_factory, lambda: repr(self.default_factory))
        return f'{type(self).__name__}({factory}, {dict.__repr__(self)})'

    def copy(self):
        """A shallow copy with the same default_factory."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


# ---------------------------------------------------------------- OrderedDict

# OrderedDict's order is a circular doubly linked list whose nodes are
# 3-item lists (cheaper to create and read than instances):
_PREV, _NEXT, _KEY = 0, 1, 2


def _new_root():
    root = [None, None, None]
    root[_PREV] = root[_NEXT] = root
    return root


class odict_iterator:
    """Iterator over an OrderedDict's keys, values or items, in either
    direction. Like CPython's, it fails once the dict's order changed
    ("mutated") and, persistently, once its size changed behind the
    linked list's back."""

    def __init__(self, od, forward, kind):
        self._od = od
        self._root = root = od._od_root
        self._link = root[_NEXT if forward else _PREV]
        self._forward = forward
        self._kind = kind  # 'keys', 'values' or 'items'
        self._state = od._od_state
        self._size = len(od)

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link is None or link is self._root:
            self._link = None
            raise StopIteration
        od = self._od
        if od._od_state != self._state:
            self._link = None
            raise RuntimeError('OrderedDict mutated during iteration')
        if len(od) != self._size:
            self._size = -1
            raise RuntimeError('OrderedDict changed size during iteration')
        self._link = link[_NEXT if self._forward else _PREV]
        key = link[_KEY]
        if self._kind == 'keys':
            return key
        value = dict.__getitem__(od, key)
        return value if self._kind == 'values' else (key, value)


class odict_keys(KeysView):
    def __reversed__(self):
        return odict_iterator(self._mapping, False, 'keys')

    def __repr__(self):
        return f'{type(self).__name__}({list(self)!r})'


class odict_items(ItemsView):
    def __iter__(self):
        return odict_iterator(self._mapping, True, 'items')

    def __reversed__(self):
        return odict_iterator(self._mapping, False, 'items')

    def __repr__(self):
        return f'{type(self).__name__}({list(self)!r})'


class odict_values(ValuesView):
    def __iter__(self):
        return odict_iterator(self._mapping, True, 'values')

    def __reversed__(self):
        return odict_iterator(self._mapping, False, 'values')

    def __repr__(self):
        return f'{type(self).__name__}({list(self)!r})'


_MISSING = object()


class OrderedDict(dict):
    """A dict with order operations: move_to_end(), popitem(last=) and
    order-sensitive equality with other OrderedDicts."""

    # The order lives in a circular doubly linked list of nodes
    # (_od_root is a sentinel) with a key -> node map (_od_map), so moving a
    # key to either end and popping from either end are O(1). Every method
    # that adds or removes keys keeps the list and the dict in step, and
    # bumps _od_state when it relinks nodes (iterators check it).

    def __new__(cls, /, *args, **kwds):
        self = dict.__new__(cls)
        self._od_root = _new_root()
        self._od_map = {}
        self._od_state = 0
        return self

    def __init__(self, other=(), /, **kwds):
        _update_mapping(self, other, kwds)

    def __setitem__(self, key, value):
        if key not in self:
            link = [None, None, key]
            self._od_link_last(link)
            self._od_map[key] = link
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        self._od_unlink(self._od_map.pop(key))

    def _od_unlink(self, link):
        prev, next = link[_PREV], link[_NEXT]
        prev[_NEXT] = next
        next[_PREV] = prev
        self._od_state += 1

    def _od_link_last(self, link):
        root = self._od_root
        last = root[_PREV]
        link[_PREV] = last
        link[_NEXT] = root
        last[_NEXT] = root[_PREV] = link
        self._od_state += 1

    def _od_link_first(self, link):
        root = self._od_root
        first = root[_NEXT]
        link[_NEXT] = first
        link[_PREV] = root
        first[_PREV] = root[_NEXT] = link
        self._od_state += 1

    def __iter__(self):
        return odict_iterator(self, True, 'keys')

    def __reversed__(self):
        return odict_iterator(self, False, 'keys')

    def clear(self):
        root = self._od_root
        root[_PREV] = root[_NEXT] = root
        self._od_map.clear()
        dict.clear(self)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        root = self._od_root
        key = root[_PREV if last else _NEXT][_KEY]
        value = dict.__getitem__(self, key)
        del self[key]
        return key, value

    def move_to_end(self, key, last=True):
        link = self._od_map[key]
        self._od_unlink(link)
        if last:
            self._od_link_last(link)
        else:
            self._od_link_first(link)

    def update(self, other=(), /, **kwds):
        _update_mapping(self, other, kwds)

    def keys(self):
        return odict_keys(self)

    def items(self):
        return odict_items(self)

    def values(self):
        return odict_values(self)

    def pop(self, key, default=_MISSING):
        if key in self:
            value = dict.__getitem__(self, key)
            del self[key]
            return value
        if default is _MISSING:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        if key in self:
            return dict.__getitem__(self, key)
        self[key] = default
        return default

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        return _guarded_repr(self, lambda: f'{self.__class__.__name__}({list(self.items())!r})')

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(map(_eq, self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new


# ---------------------------------------------------------------- Counter

def _count_elements(mapping, iterable):
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1


class Counter(dict):
    """A dict mapping elements to their counts (a multiset): missing
    elements count as zero, and counts add up, subtract and compare.
    
    >>> Counter('abracadabra').most_common(2)
    [('a', 5), ('b', 2)]
    """

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        if n is None:
            return sorted(self.items(), key=_itemgetter(1), reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=_itemgetter(1))

    def elements(self):
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            self_get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            # dict() keeps the order most_common() returns.
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f'{self.__class__.__name__}({d!r})'

    # Multiset comparisons: missing elements count as zero.

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    # Multiset arithmetic: results keep only positive counts, self's
    # elements first, then those only in other.

    def __combine(self, other, op, only_other):
        result = Counter()
        for elem, count in self.items():
            new = op(count, other[elem])
            if new > 0:
                result[elem] = new
        for elem, count in other.items():
            if elem not in self:
                new = only_other(count)
                if new > 0:
                    result[elem] = new
        return result

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self.__combine(other, lambda a, b: a + b, lambda b: b)

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self.__combine(other, lambda a, b: a - b, lambda b: 0 - b)

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self.__combine(other, lambda a, b: b if a < b else a, lambda b: b)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self.__combine(other, lambda a, b: a if a < b else b, lambda b: 0)

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


# ---------------------------------------------------------------- ChainMap

class ChainMap:
    """A single view of several mappings: lookups search them in order,
    writes and deletions go to the first one (maps[0])."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Keys in the order of their first appearance, deepest mapping first.
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return _guarded_repr(self, lambda: f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})')

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
            return default
        return self[key]

    def update(self, other=(), /, **kwds):
        _update_mapping(self, other, kwds)

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)
