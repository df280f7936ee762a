# The same keyword from two ** mappings: TypeError.
def f(**k): pass
f(**{'a': 1}, **{'a': 2})
