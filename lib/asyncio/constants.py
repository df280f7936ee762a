"""Tunables shared by the event loop modules."""

# How many consecutive failed writes to a closed transport are tolerated
# before a warning is logged.
LOG_THRESHOLD_FOR_CONNLOST_WRITES = 5

# Seconds to wait before retrying accept() after running out of resources.
ACCEPT_RETRY_DELAY = 1

# Frames kept for "created at" information in debug mode.
DEBUG_STACK_DEPTH = 10

# Seconds: TLS is not supported, the values exist for signatures.
SSL_HANDSHAKE_TIMEOUT = 60.0
SSL_SHUTDOWN_TIMEOUT = 30.0

# The chunk size of reads from a socket transport.
MAX_READ_SIZE = 256 * 1024
