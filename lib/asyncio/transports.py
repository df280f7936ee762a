"""Transport base classes: the interface protocols write through."""

__all__ = (
    'BaseTransport', 'ReadTransport', 'WriteTransport',
    'Transport', 'DatagramTransport', 'SubprocessTransport',
)


class BaseTransport:
    """What every transport offers."""

    def __init__(self, extra=None):
        if extra is None:
            extra = {}
        self._extra = extra

    def get_extra_info(self, name, default=None):
        """Optional transport information: 'peername', 'sockname',
        'socket', ..."""
        return self._extra.get(name, default)

    def is_closing(self):
        """True once close() was called."""
        raise NotImplementedError

    def close(self):
        """Close the transport: buffered data is sent first, then the
        protocol's connection_lost(None) is called."""
        raise NotImplementedError

    def set_protocol(self, protocol):
        """Set a new protocol."""
        raise NotImplementedError

    def get_protocol(self):
        """The protocol receiving the callbacks."""
        raise NotImplementedError


class ReadTransport(BaseTransport):
    """Transports that receive data."""

    def is_reading(self):
        """True unless reading is paused or the transport closing."""
        raise NotImplementedError

    def pause_reading(self):
        """Stop calling the protocol's data_received() until resume_reading()."""
        raise NotImplementedError

    def resume_reading(self):
        """Call the protocol's data_received() again."""
        raise NotImplementedError


class WriteTransport(BaseTransport):
    """Transports that send data."""

    def set_write_buffer_limits(self, high=None, low=None):
        """Set the high- and low-water limits for write flow control."""
        raise NotImplementedError

    def get_write_buffer_size(self):
        """How many bytes wait to be sent."""
        raise NotImplementedError

    def get_write_buffer_limits(self):
        """Get the high and low watermarks for write flow control."""
        raise NotImplementedError

    def write(self, data):
        """Write some bytes (buffered: this does not block)."""
        raise NotImplementedError

    def writelines(self, list_of_data):
        """Write an iterable of bytes objects (joined, then written)."""
        data = b''.join(list_of_data)
        self.write(data)

    def write_eof(self):
        """Close the write end once the buffered data is sent."""
        raise NotImplementedError

    def can_write_eof(self):
        """Return True if this transport supports write_eof()."""
        raise NotImplementedError

    def abort(self):
        """Close the transport immediately, dropping buffered data."""
        raise NotImplementedError


class Transport(ReadTransport, WriteTransport):
    """Interface of bidirectional stream transports."""



class DatagramTransport(BaseTransport):
    """Datagram (UDP) transports (not implemented by pyco)."""

    def sendto(self, data, addr=None):
        raise NotImplementedError

    def abort(self):
        raise NotImplementedError


class SubprocessTransport(BaseTransport):


    def get_pid(self):
        raise NotImplementedError

    def get_returncode(self):
        raise NotImplementedError

    def get_pipe_transport(self, fd):
        raise NotImplementedError

    def send_signal(self, signal):
        raise NotImplementedError

    def terminate(self):
        raise NotImplementedError

    def kill(self):
        raise NotImplementedError


class _FlowControlMixin(Transport):
    """Write flow control for transports with a write buffer: calls the
    protocol's pause_writing() above the high-water mark and
    resume_writing() once the buffer is back below the low-water mark.

    Subclasses set _protocol and _loop and implement
    get_write_buffer_size().
    """

    def __init__(self, extra=None, loop=None):
        super().__init__(extra)
        assert loop is not None
        self._loop = loop
        self._protocol_paused = False
        self._set_write_buffer_limits()

    def _maybe_pause_protocol(self):
        size = self.get_write_buffer_size()
        if size <= self._high_water:
            return
        if not self._protocol_paused:
            self._protocol_paused = True
            try:
                self._protocol.pause_writing()
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._loop.call_exception_handler({
                    'message': 'protocol.pause_writing() failed',
                    'exception': exc,
                    'transport': self,
                    'protocol': self._protocol,
                })

    def _maybe_resume_protocol(self):
        if (self._protocol_paused and
                self.get_write_buffer_size() <= self._low_water):
            self._protocol_paused = False
            try:
                self._protocol.resume_writing()
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._loop.call_exception_handler({
                    'message': 'protocol.resume_writing() failed',
                    'exception': exc,
                    'transport': self,
                    'protocol': self._protocol,
                })

    def get_write_buffer_limits(self):
        return (self._low_water, self._high_water)

    def _set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            if low is None:
                high = 64 * 1024
            else:
                high = 4 * low
        if low is None:
            low = high // 4

        if not high >= low >= 0:
            raise ValueError(
                f'high ({high!r}) must be >= low ({low!r}) must be >= 0')

        self._high_water = high
        self._low_water = low

    def set_write_buffer_limits(self, high=None, low=None):
        self._set_write_buffer_limits(high=high, low=low)
        self._maybe_pause_protocol()

    def get_write_buffer_size(self):
        raise NotImplementedError
