"""asyncio's logger.

pyco has no `logging` module, so this is the small part of it asyncio
needs: a logger named 'asyncio' whose messages at WARNING and above go to
sys.stderr as logging's last-resort handler writes them (the message, then
the formatted exception when exc_info is given). Debug and info messages
are dropped, as they are under logging's default configuration.
"""

import sys

import _asyncio

__all__ = ('logger',)

DEBUG = 10
INFO = 20
WARNING = 30
ERROR = 40
CRITICAL = 50


def format_exception(exc):
    """exc formatted as logging's Formatter.formatException() does: the
    text traceback.format_exception() gives (pyco's own traceback printer,
    the one that reports uncaught exceptions), without the last newline."""
    return _asyncio._format_exception(exc).rstrip('\n')


class Logger:
    """A logger that writes WARNING and above to sys.stderr."""

    def __init__(self, name):
        self.name = name
        self.level = WARNING

    def isEnabledFor(self, level):
        return level >= self.level

    def setLevel(self, level):
        self.level = level

    def log(self, level, msg, *args, exc_info=None):
        if level < self.level:
            return
        if args:
            msg = msg % args
        text = str(msg)
        if exc_info:
            if exc_info is True:
                exc = sys.exception()
            elif isinstance(exc_info, BaseException):
                exc = exc_info
            else:
                exc = exc_info[1]
            if exc is not None:
                text = f'{text}\n{format_exception(exc)}'
        sys.stderr.write(text + '\n')

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)


logger = Logger(__package__)
