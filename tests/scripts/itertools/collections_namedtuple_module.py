# namedtuple() records the calling module as the class's __module__.
from collections import namedtuple

import _nt_helper

print(_nt_helper.Pair.__module__, _nt_helper.Pair(1, 2), _nt_helper.Pair)
Local = namedtuple('Local', 'a')
print(Local.__module__, Local)
