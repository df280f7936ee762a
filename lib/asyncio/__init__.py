"""The asyncio package: an event loop driving coroutines, with futures,
tasks, synchronization primitives, queues, timeouts and TCP streams.

Written in Python over two native modules: `select` (epoll) and `socket`.
See docs/asyncio.md for what differs from CPython.
"""

import sys

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .protocols import *
from .runners import *
from .queues import *
from .streams import *
from .tasks import *
from .taskgroups import *
from .timeouts import *
from .threads import *
from .transports import *
from .unix_events import *

# TaskGroup is not in __all__: CPython 3.11 leaves taskgroups out, so
# `from asyncio import *` does not import it there either.
__all__ = (base_events.__all__ +
           coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           protocols.__all__ +
           runners.__all__ +
           queues.__all__ +
           streams.__all__ +
           tasks.__all__ +
           threads.__all__ +
           timeouts.__all__ +
           transports.__all__ +
           unix_events.__all__)
