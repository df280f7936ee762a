"""asyncio's logger.

pyco has no `logging` module, so this is the small part of it asyncio
needs: a logger named 'asyncio' whose messages at WARNING and above go to
sys.stderr as logging's last-resort handler writes them (the message, then
the formatted exception when exc_info is given). Debug and info messages
are dropped, as they are under logging's default configuration.
"""

import sys

__all__ = ('logger',)

DEBUG = 10
INFO = 20
WARNING = 30
ERROR = 40
CRITICAL = 50


def _exception_only(exc):
    """The lines traceback.format_exception_only() gives for exc."""
    etype = type(exc)
    name = etype.__qualname__
    module = etype.__module__
    if module not in ('__main__', 'builtins'):
        name = f'{module}.{name}'
    try:
        text = str(exc)
    except Exception:
        text = '<exception str() failed>'
    lines = [f'{name}: {text}' if text else name]
    notes = getattr(exc, '__notes__', None)
    if isinstance(notes, (list, tuple)):
        lines.extend(str(note) for note in notes)
    return lines


def _format_exception_chain(exc):
    """The chained sections of a traceback, without the frames.

    pyco's traceback objects do not expose their frames to Python code
    (no tb_frame), so the `File "...", line N` lines cannot be rebuilt
    here; the exception lines and the chaining separators are exact.
    """
    sections = []  # (exception lines, how it relates to its cause), newest first
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        cause = exc.__cause__
        if cause is not None:
            link = 'The above exception was the direct cause of the following exception:'
            nxt = cause
        elif exc.__context__ is not None and not exc.__suppress_context__:
            link = 'During handling of the above exception, another exception occurred:'
            nxt = exc.__context__
        else:
            link = None
            nxt = None
        sections.append((_exception_only(exc), link))
        exc = nxt
    # Oldest first; each later exception is introduced by how it relates
    # to the one before it.
    lines = []
    for body, link in reversed(sections):
        if link is not None:
            lines.extend(['', link, ''])
        lines.extend(body)
    return '\n'.join(lines)


def format_exception(exc):
    """exc formatted as logging's Formatter.formatException() does."""
    try:
        import traceback
    except ImportError:
        return _format_exception_chain(exc)
    return ''.join(traceback.format_exception(type(exc), exc, exc.__traceback__)).rstrip('\n')


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
