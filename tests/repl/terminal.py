"""A small terminal emulator and a pseudo-terminal session driver.

`Screen` interprets what a program writes to a VT100/xterm-like terminal
(printable text, CR/LF/BS/TAB, the CSI sequences line editors use) and keeps
the resulting text, so tests assert on what a user would *see*, whatever
cursor movements and redraws the line editor (GNU readline for python3,
libedit for pyco) used to get there. The screen grows downwards without
limit (no scrolling region), which is all a prompt session needs.

`Session` runs a program on a new pseudo-terminal (os.forkpty) and feeds
its output to a Screen; tests type keys and wait for prompts, never for a
fixed time.
"""

from __future__ import annotations

import codecs
import errno
import fcntl
import os
import select
import signal
import struct
import termios
import time


class Screen:
    def __init__(self, cols: int = 100, rows: int = 40) -> None:
        self.cols = cols
        self.rows = rows
        self.lines: list[list[str]] = [[]]
        self.row = 0
        self.col = 0
        self.pending_wrap = False
        self.saved = (0, 0)
        self._decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self._esc: str | None = None  # escape sequence being collected
        self.bells = 0  # BEL characters received (the line editor's "nothing more to complete")

    # ------------------------------------------------------------ cells

    def _line(self, row: int) -> list[str]:
        while len(self.lines) <= row:
            self.lines.append([])
        return self.lines[row]

    def _put(self, ch: str) -> None:
        if self.pending_wrap:
            self.pending_wrap = False
            self.row += 1
            self.col = 0
        line = self._line(self.row)
        while len(line) <= self.col:
            line.append(" ")
        line[self.col] = ch
        if self.col + 1 >= self.cols:
            self.pending_wrap = True
        else:
            self.col += 1

    def _move(self, row: int, col: int) -> None:
        self.pending_wrap = False
        self.row = max(0, row)
        self.col = min(max(0, col), self.cols - 1)
        self._line(self.row)

    # ------------------------------------------------------------ input

    def feed(self, data: bytes) -> None:
        for ch in self._decoder.decode(data):
            if self._esc is not None:
                self._escape_char(ch)
            elif ch == "\x1b":
                self._esc = ""
            elif ch == "\r":
                self._move(self.row, 0)
            elif ch == "\n":
                self._move(self.row + 1, self.col)
            elif ch == "\b":
                self._move(self.row, self.col - 1)
            elif ch == "\t":
                self._move(self.row, (self.col // 8 + 1) * 8)
            elif ch == "\a":
                self.bells += 1  # heard, not seen: counted
            elif ord(ch) < 0x20 or ch == "\x7f":
                pass  # other controls: nothing to see
            else:
                self._put(ch)

    def _escape_char(self, ch: str) -> None:
        seq = self._esc + ch
        if seq[0] == "[":
            if len(seq) > 1 and 0x40 <= ord(ch) <= 0x7E:
                self._esc = None
                self._csi(seq[1:-1], ch)
            else:
                self._esc = seq
            return
        if seq[0] == "]":  # OSC: up to BEL or ESC \
            if ch == "\x07" or seq.endswith("\x1b\\"):
                self._esc = None
            else:
                self._esc = seq
            return
        if seq[0] in "()#" and len(seq) < 2:  # charset selection: one more char
            self._esc = seq
            return
        self._esc = None
        if seq == "M":  # reverse index
            self._move(self.row - 1, self.col)
        elif seq == "D":
            self._move(self.row + 1, self.col)
        elif seq == "E":
            self._move(self.row + 1, 0)
        elif seq == "7":
            self.saved = (self.row, self.col)
        elif seq == "8":
            self._move(*self.saved)
        # "=", ">", "c", charsets: no visible effect here

    def _csi(self, params: str, final: str) -> None:
        private = params[:1] in ("?", ">", "<", "=")
        if private:
            return  # modes (bracketed paste, keypad, cursor visibility)
        args = [int(p) if p.isdigit() else 0 for p in params.split(";")] if params else []
        n = args[0] if args and args[0] > 0 else 1
        line = self._line(self.row)
        if final == "A":
            self._move(self.row - n, self.col)
        elif final == "B":
            self._move(self.row + n, self.col)
        elif final == "C":
            self._move(self.row, self.col + n)
        elif final == "D":
            self._move(self.row, self.col - n)
        elif final == "G":
            self._move(self.row, n - 1)
        elif final in "Hf":
            top = max(0, len(self.lines) - self.rows)
            r = args[0] if args and args[0] > 0 else 1
            c = args[1] if len(args) > 1 and args[1] > 0 else 1
            self._move(top + r - 1, c - 1)
        elif final == "K":
            mode = args[0] if args else 0
            if mode == 0:
                del line[self.col:]
            elif mode == 1:
                for i in range(min(self.col + 1, len(line))):
                    line[i] = " "
            else:
                line.clear()
        elif final == "J":
            mode = args[0] if args else 0
            if mode == 0:
                del line[self.col:]
                del self.lines[self.row + 1:]
            elif mode in (2, 3):
                self.lines = [[]]
                self._move(0, 0)
        elif final == "P":
            del line[self.col:self.col + n]
        elif final == "@":
            for _ in range(n):
                if self.col <= len(line):
                    line.insert(self.col, " ")
            del line[self.cols:]
        elif final == "X":
            for i in range(self.col, min(self.col + n, len(line))):
                line[i] = " "
        elif final == "L":
            for _ in range(n):
                self.lines.insert(self.row, [])
        elif final == "M":
            del self.lines[self.row:self.row + n]
            self._line(self.row)
        elif final == "s":
            self.saved = (self.row, self.col)
        elif final == "u":
            self._move(*self.saved)
        # "m" (colours), "r" (scroll region), "h"/"l" (modes), "n": nothing visible

    # ------------------------------------------------------------ output

    def text_lines(self) -> list[str]:
        out = ["".join(line).rstrip() for line in self.lines]
        while out and not out[-1]:
            out.pop()
        return out

    def cursor_line(self) -> str:
        return "".join(self._line(self.row))

    def before_cursor(self) -> str:
        return "".join(self._line(self.row))[: self.col]


class Timeout(Exception):
    pass


class Session:
    """A program on a pseudo-terminal."""

    PROMPTS = (">>> ", "... ")

    def __init__(self, argv: list[str], env: dict[str, str], cwd: str | None = None,
                 cols: int = 100, rows: int = 40, timeout: float = 10.0) -> None:
        self.screen = Screen(cols, rows)
        self.timeout = timeout
        self.status: int | None = None
        self.eof = False
        self.last_prompt_row = -1
        self.raw = bytearray()
        pid, fd = os.forkpty()
        if pid == 0:  # child: the pty slave is stdin/stdout/stderr
            try:
                # Default signal dispositions, whatever this process inherited
                # (a background job ignores SIGINT, and so would the program).
                for sig in (signal.SIGINT, signal.SIGQUIT, signal.SIGTSTP, signal.SIGTTIN,
                            signal.SIGTTOU, signal.SIGPIPE, signal.SIGXFSZ):
                    signal.signal(sig, signal.SIG_DFL)
                fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
                if cwd:
                    os.chdir(cwd)
                os.execvpe(argv[0], argv, env)
            finally:
                os._exit(127)
        self.pid = pid
        self.fd = fd

    # ------------------------------------------------------------ reading

    def _read(self, wait: float) -> bool:
        """Read what is available within `wait` seconds; False at EOF."""
        if self.eof:
            return False
        ready, _, _ = select.select([self.fd], [], [], max(0.0, wait))
        if not ready:
            return True
        try:
            data = os.read(self.fd, 65536)
        except OSError as e:
            if e.errno != errno.EIO:
                raise
            data = b""
        if not data:
            self.eof = True
            return False
        self.raw += data
        self.screen.feed(data)
        return True

    def wait_for(self, predicate, what: str, timeout: float | None = None, poll: float = 0.5) -> None:
        """Read output until predicate() holds; `poll` bounds each wait for
        output (shorter when the condition is not about the output)."""
        deadline = time.monotonic() + (timeout or self.timeout)
        while not predicate():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise Timeout(f"timed out waiting for {what}; screen:\n" + self.dump())
            if not self._read(min(remaining, poll)) and not predicate():
                raise Timeout(f"program ended while waiting for {what}; screen:\n" + self.dump())

    def cooked(self) -> bool:
        """Whether the terminal is in canonical mode with echo (the line
        editor gave it back): the pty's termios is shared by both ends."""
        lflag = termios.tcgetattr(self.fd)[3]
        return bool(lflag & termios.ICANON) and bool(lflag & termios.ECHO)

    def wait_cooked(self) -> None:
        self.wait_for(self.cooked, "the terminal back in canonical mode", poll=0.005)

    def at_prompt(self) -> bool:
        s = self.screen
        return s.row > self.last_prompt_row and s.before_cursor().startswith(self.PROMPTS)

    def wait_prompt(self, timeout: float | None = None) -> int:
        """Wait for a new prompt (on a row below the previous one); returns its row."""
        self.wait_for(self.at_prompt, "a prompt", timeout)
        self.last_prompt_row = self.screen.row
        return self.screen.row

    def wait_row_after(self, row: int) -> None:
        self.wait_for(lambda: self.screen.row > row, "the cursor to leave the prompt line")

    # ------------------------------------------------------------ writing

    def send(self, keys: str) -> None:
        os.write(self.fd, keys.encode())

    # ------------------------------------------------------------ ending

    def wait_exit(self, timeout: float | None = None) -> int:
        deadline = time.monotonic() + (timeout or self.timeout)
        while not self.eof and time.monotonic() < deadline:
            self._read(0.2)
        while time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(status)
                os.close(self.fd)
                return self.status
            time.sleep(0.01)
        self.kill()
        raise Timeout("timed out waiting for the program to exit; screen:\n" + self.dump())

    def kill(self) -> None:
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
            self.status = -9
            try:
                os.close(self.fd)
            except OSError:
                pass

    def dump(self) -> str:
        lines = self.screen.text_lines()
        return "\n".join(f"  |{line}" for line in lines) + f"\n  (cursor at row {self.screen.row}, col {self.screen.col})"
