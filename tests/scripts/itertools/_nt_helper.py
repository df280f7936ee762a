# Helper for collections_namedtuple_module (not a case): a named tuple defined in another module.
from collections import namedtuple

Pair = namedtuple('Pair', 'left right')
