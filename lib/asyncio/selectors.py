"""The part of the standard `selectors` module the event loop uses: an
epoll-based selector (pyco has no selectors module).

A selector maps file descriptors to a SelectorKey (the object registered,
its descriptor, the events of interest and opaque data); select() returns
(key, events) pairs for the descriptors that are ready.
"""

import math
import select

EVENT_READ = 1 << 0
EVENT_WRITE = 1 << 1


class SelectorKey:
    """What a registered file object is watched for."""

    __slots__ = ('fileobj', 'fd', 'events', 'data')

    def __init__(self, fileobj, fd, events, data):
        self.fileobj = fileobj
        self.fd = fd
        self.events = events
        self.data = data

    def __repr__(self):
        return (f'SelectorKey(fileobj={self.fileobj!r}, fd={self.fd!r}, '
                f'events={self.events!r}, data={self.data!r})')


def _fileobj_to_fd(fileobj):
    """The descriptor of an int or of an object with fileno()."""
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError(f"Invalid file object: {fileobj!r}") from None
    if fd < 0:
        raise ValueError(f"Invalid file descriptor: {fd}")
    return fd


class EpollSelector:
    """A selector over select.epoll."""

    def __init__(self):
        self._epoll = select.epoll()
        self._fd_to_key = {}

    def fileno(self):
        return self._epoll.fileno()

    def get_map(self):
        return self._fd_to_key

    def get_key(self, fileobj):
        """The key of a registered file object; KeyError if it is not."""
        fd = _fileobj_to_fd(fileobj)
        try:
            return self._fd_to_key[fd]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    def register(self, fileobj, events, data=None):
        if not events or events & ~(EVENT_READ | EVENT_WRITE):
            raise ValueError(f"Invalid events: {events!r}")
        key = SelectorKey(fileobj, _fileobj_to_fd(fileobj), events, data)
        if key.fd in self._fd_to_key:
            raise KeyError(f"{fileobj!r} (FD {key.fd}) is already registered")
        self._epoll.register(key.fd, self._epoll_mask(events))
        self._fd_to_key[key.fd] = key
        return key

    def unregister(self, fileobj):
        key = self._fd_to_key.pop(_fileobj_to_fd(fileobj))
        try:
            self._epoll.unregister(key.fd)
        except OSError:
            # The descriptor may already be closed.
            pass
        return key

    def modify(self, fileobj, events, data=None):
        fd = _fileobj_to_fd(fileobj)
        try:
            key = self._fd_to_key[fd]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None
        if events != key.events:
            self._epoll.modify(fd, self._epoll_mask(events))
        new_key = SelectorKey(key.fileobj, fd, events, data)
        self._fd_to_key[fd] = new_key
        return new_key

    @staticmethod
    def _epoll_mask(events):
        mask = 0
        if events & EVENT_READ:
            mask |= select.EPOLLIN
        if events & EVENT_WRITE:
            mask |= select.EPOLLOUT
        return mask

    def select(self, timeout=None):
        """[(key, events)] for the ready descriptors, waiting at most
        `timeout` seconds (None: until one is ready)."""
        if timeout is None:
            timeout = -1
        elif timeout <= 0:
            timeout = 0
        else:
            # epoll counts milliseconds: round up so as not to wake early.
            timeout = math.ceil(timeout * 1e3) * 1e-3
        max_ev = max(len(self._fd_to_key), 1)
        ready = []
        for fd, event in self._epoll.poll(timeout, max_ev):
            events = 0
            # Errors and hang-ups wake readers and writers alike.
            if event & ~select.EPOLLIN:
                events |= EVENT_WRITE
            if event & ~select.EPOLLOUT:
                events |= EVENT_READ
            key = self._fd_to_key.get(fd)
            if key:
                ready.append((key, events & key.events))
        return ready

    def close(self):
        self._epoll.close()
        self._fd_to_key.clear()
