# Missing attributes raise AttributeError with CPython's messages.
class Thing:
    pass
t = Thing()
try:
    t.missing
except AttributeError as e:
    print(e)
try:
    Thing.missing
except AttributeError as e:
    print(e)
try:
    (5).nope
except AttributeError as e:
    print(e)
try:
    del t.nothing
except AttributeError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
