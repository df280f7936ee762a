"""Formatting of callbacks and values in reprs and log messages.

`short_repr` is reprlib.repr() with its default limits (pyco has no
reprlib): future and handle reprs abbreviate results and arguments the
way CPython's do.
"""

import functools
import types

# reprlib.Repr's default limits.
_MAX_LEVEL = 6
_MAX_ITEMS = {'tuple': 6, 'list': 6, 'set': 6, 'frozenset': 6, 'deque': 6}
_MAX_DICT = 4
_MAX_STRING = 30
_MAX_LONG = 40
_MAX_OTHER = 30
_FILL = '...'


def _shorten(text, limit):
    """Cut the middle out of text so that it is at most `limit` long."""
    if len(text) <= limit:
        return text
    i = max(0, (limit - 3) // 2)
    j = max(0, limit - 3 - i)
    return text[:i] + _FILL + text[len(text) - j:]


def _possibly_sorted(items):
    try:
        return sorted(items)
    except Exception:
        return list(items)


def _repr_items(items, count, level, left, right, limit, trail=''):
    if level <= 0 and count:
        body = _FILL
    else:
        pieces = []
        for item in items:
            if len(pieces) == limit:
                break
            pieces.append(_repr(item, level - 1))
        if count > limit:
            pieces.append(_FILL)
        body = ', '.join(pieces)
        if count == 1 and trail:
            right = trail + right
    return f'{left}{body}{right}'


def _repr_dict(d, level):
    if not d:
        return '{}'
    if level <= 0:
        return '{' + _FILL + '}'
    pieces = []
    for key in _possibly_sorted(d)[:_MAX_DICT]:
        pieces.append(f'{_repr(key, level - 1)}: {_repr(d[key], level - 1)}')
    if len(d) > _MAX_DICT:
        pieces.append(_FILL)
    return '{' + ', '.join(pieces) + '}'


def _repr_str(s):
    text = repr(s[:_MAX_STRING])
    if len(text) > _MAX_STRING:
        i = max(0, (_MAX_STRING - 3) // 2)
        j = max(0, _MAX_STRING - 3 - i)
        text = repr(s[:i] + s[len(s) - j:])
        text = text[:i] + _FILL + text[len(text) - j:]
    return text


def _repr(x, level):
    # Dispatch on the exact type name, as reprlib does (subclasses of the
    # containers are shown as "other" objects).
    name = type(x).__name__
    if name == 'tuple':
        return _repr_items(x, len(x), level, '(', ')', _MAX_ITEMS[name], ',')
    if name == 'list':
        return _repr_items(x, len(x), level, '[', ']', _MAX_ITEMS[name])
    if name == 'set':
        if not x:
            return 'set()'
        return _repr_items(_possibly_sorted(x), len(x), level, '{', '}', _MAX_ITEMS[name])
    if name == 'frozenset':
        if not x:
            return 'frozenset()'
        return _repr_items(_possibly_sorted(x), len(x), level, 'frozenset({', '})', _MAX_ITEMS[name])
    if name == 'deque':
        return _repr_items(x, len(x), level, 'deque([', '])', _MAX_ITEMS[name])
    if name == 'dict':
        return _repr_dict(x, level)
    if name == 'str':
        return _repr_str(x)
    if name == 'int':
        return _shorten(repr(x), _MAX_LONG)
    try:
        text = repr(x)
    except Exception:
        return f'<{x.__class__.__name__} instance at {id(x):#x}>'
    return _shorten(text, _MAX_OTHER)


def short_repr(x):
    """reprlib.repr(x)."""
    return _repr(x, _MAX_LEVEL)


def _get_function_source(func):
    while hasattr(func, '__wrapped__'):
        func = func.__wrapped__
    if isinstance(func, functools.partial):
        return _get_function_source(func.func)
    if isinstance(func, types.FunctionType):
        code = func.__code__
        return (code.co_filename, code.co_firstlineno)
    return None


def _format_args_and_kwargs(args, kwargs):
    """'(a, b, k=v)': one parameter is shown as ('hello'), not ('hello',)."""
    items = []
    if args:
        items.extend(short_repr(arg) for arg in args)
    if kwargs:
        items.extend(f'{k}={short_repr(v)}' for k, v in kwargs.items())
    return '({})'.format(', '.join(items))


def _format_callback(func, args, kwargs, suffix=''):
    if isinstance(func, functools.partial):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    if getattr(func, '__qualname__', None):
        func_repr = func.__qualname__
    elif getattr(func, '__name__', None):
        func_repr = func.__name__
    else:
        func_repr = repr(func)
    func_repr += _format_args_and_kwargs(args, kwargs)
    if suffix:
        func_repr += suffix
    return func_repr


def _format_callback_source(func, args):
    """'name(args) at file:line' for a callback and its arguments."""
    func_repr = _format_callback(func, args, None)
    source = _get_function_source(func)
    if source:
        func_repr += f' at {source[0]}:{source[1]}'
    return func_repr
