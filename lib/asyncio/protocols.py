"""Protocol base classes: the callbacks a transport makes."""

__all__ = (
    'BaseProtocol', 'Protocol', 'DatagramProtocol',
    'SubprocessProtocol', 'BufferedProtocol',
)


class BaseProtocol:
    """Callbacks common to all protocols.

    connection_made() is called once when the connection is set up,
    connection_lost() once when it ends; in between, the flow control
    callbacks pause_writing()/resume_writing() may be called.
    """

    def connection_made(self, transport):
        """Called when a connection is made; `transport` represents it."""

    def connection_lost(self, exc):
        """Called when the connection is lost or closed (exc is None for
        a regular EOF or close)."""

    def pause_writing(self):
        """The transport's write buffer went over the high-water mark."""

    def resume_writing(self):
        """The transport's write buffer drained below the low-water mark."""


class Protocol(BaseProtocol):
    """Callbacks of stream protocols: data_received() with each chunk of
    bytes, eof_received() when the other end stops sending."""

    def data_received(self, data):
        """Called with some received bytes."""

    def eof_received(self):
        """The other end signalled it will send no more data.

        Returning a false value closes the transport; a true value leaves
        closing to the protocol.
        """


class BufferedProtocol(BaseProtocol):
    """Stream protocol that receives into its own buffer (not supported by
    pyco's transports: there are no writable buffers)."""

    def get_buffer(self, sizehint):
        """Return a buffer to receive into."""

    def buffer_updated(self, nbytes):
        """`nbytes` bytes were written into the buffer."""

    def eof_received(self):
        """See Protocol.eof_received()."""


class DatagramProtocol(BaseProtocol):
    """Callbacks of datagram protocols."""

    def datagram_received(self, data, addr):
        """A datagram arrived from addr."""

    def error_received(self, exc):
        """Called when a send or receive operation raises an OSError."""


class SubprocessProtocol(BaseProtocol):
    """Callbacks of subprocess protocols."""

    def pipe_data_received(self, fd, data):
        """Called when the subprocess writes data into stdout/stderr pipe."""

    def pipe_connection_lost(self, fd, exc):
        """Called when a file descriptor associated with the child process
        is closed."""

    def process_exited(self):
        """The subprocess exited."""
