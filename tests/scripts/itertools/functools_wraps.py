# functools.wraps / update_wrapper: metadata copied onto decorator wrappers.
import functools

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print('calling', func.__name__)
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    "Add two numbers."
    return a + b

print(add(1, 2), add.__name__, add.__qualname__, add.__doc__, add.__module__, add.__wrapped__(3, 4))

def source():
    "doc"

source.extra = 'attribute'

def target():
    pass

result = functools.update_wrapper(target, source, assigned=('__doc__',), updated=())
print(result is target, target.__name__, target.__doc__, target.__wrapped__ is source, hasattr(target, 'extra'))
functools.update_wrapper(target, source)
print(target.__name__, target.extra)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

class Callable:
    def __call__(self):
        return 'called'

c = functools.update_wrapper(Callable(), add)
print(c(), c.__name__, c.__doc__)
