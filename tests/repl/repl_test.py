#!/usr/bin/env python3
"""Interactive prompt tests: pyco's REPL driven through a pseudo-terminal.

Each case is a function below that types into a session (`Driver`): lines,
raw keys (Tab, arrows, Ctrl-C, Ctrl-D), waiting for prompts and for what the
screen shows, never for a fixed time. The same case is played against
python3 (`python3 -q`, or `python3 -m asyncio` for top-level await) and what
its screen showed is recorded in tests/repl/expected/<case>.json by
`record`, never typed by hand; `run` plays it against pyco and compares the
screens (terminal.Screen: the text a user sees, whatever escape sequences
GNU readline or libedit used) and the exit statuses. What legitimately
differs is left out: banners (only the screen from the first prompt is
compared where python3 prints one) and the keys pyco's auto-indentation
saves the user (a case can type differently into pyco, for the same screen).
Cases marked pyco_only check pyco-specific things (its banner) directly.

Sessions run with HOME in a fresh temporary folder (history files), TERM=xterm,
a 100x40 terminal, LC_ALL=C.UTF-8, no PYTHON* variables and no readline or
editline configuration.

Commands:
    list                       the case names (for repl.cmake)
    run --pyco BIN CASE...     play cases against pyco; exit 77 (skipped) when
                               a case needs what this pyco lacks (asyncio)
    record [CASE...]           (re)record python3's screens
    check-expectations         re-record into memory and fail on any drift
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from terminal import Session, Timeout  # noqa: E402

HERE = Path(__file__).resolve().parent
EXPECTED_DIR = HERE / "expected"
SKIP = 77

UP = "\x1b[A"
TAB = "\t"
CTRL_C = "\x03"
CTRL_D = "\x04"
KILL_LINE = "\x15"  # Ctrl-U: both editors empty the line (pyco's auto-indent)


class Failure(Exception):
    pass


class Driver:
    """Plays one case against one program ("pyco" or "python3")."""

    def __init__(self, program: str, pyco: str | None, home: str, workdir: str) -> None:
        self.program = program
        self.pyco = pyco
        self.home = home
        self.workdir = workdir
        self.session: Session | None = None
        self.transcript: list[dict] = []
        self.from_row = 0

    @property
    def is_pyco(self) -> bool:
        return self.program == "pyco"

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith("PYTHON") and k not in ("COLUMNS", "LINES", "EDITRC", "INPUTRC")}
        env.update(TERM="xterm", HOME=self.home, LC_ALL="C.UTF-8", INPUTRC="/dev/null",
                   PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
        return env

    # ------------------------------------------------------------ sessions

    def start(self, pyco_args=("-q",), python_args=("-q",), banner: bool = False) -> None:
        """Start a session; with banner=True the screen is compared from the
        first prompt on (python3 -m asyncio prints one even with -q)."""
        if self.session is not None:
            raise Failure("start(): the previous session is still running")
        argv = [self.pyco, *pyco_args] if self.is_pyco else [sys.executable, *python_args]
        self.session = Session(argv, self.env(), cwd=self.workdir)
        self.wait_prompt()
        self.from_row = self.session.screen.row if banner else 0

    def screen(self) -> list[str]:
        # Paths under the (random) working folder are shown relative to it.
        return [line.replace(self.workdir + "/", "")
                for line in self.session.screen.text_lines()[self.from_row:]]

    def _finish(self, status: int | None) -> None:
        self.transcript.append({"screen": self.screen(), "exit_code": status})
        self.session = None

    def eof(self) -> None:
        """Ctrl-D at the prompt: the session ends (its exit status is compared)."""
        self.session.send(CTRL_D)
        self._finish(self.session.wait_exit())

    def stop(self) -> None:
        """End a session without comparing how it ends (python3 -m asyncio
        says goodbye): the screen up to now is compared."""
        lines = self.screen()
        self.session.kill()
        self.transcript.append({"screen": lines, "exit_code": None})
        self.session = None

    def pipe(self, args, stdin: str) -> None:
        """Run with `stdin` on a pipe (no terminal): stdout, stderr and the
        exit status are compared."""
        argv = [self.pyco, *args] if self.is_pyco else [sys.executable, *args]
        r = subprocess.run(argv, input=stdin.encode(), capture_output=True, env=self.env(),
                           cwd=self.workdir, timeout=20)
        self.transcript.append({"stdout": r.stdout.decode(errors="replace").split("\n"),
                                "stderr": r.stderr.decode(errors="replace").split("\n"),
                                "exit_code": r.returncode})

    def close(self) -> None:
        if self.session is not None:
            self.session.kill()
            self.session = None

    # ------------------------------------------------------------ typing

    def wait_prompt(self) -> None:
        self.session.wait_prompt()

    def line(self, text: str, pyco: str | None = None, wait: bool = True) -> None:
        """Type a line and Enter (after Ctrl-U, which drops pyco's
        auto-indentation); `pyco` gives other keys for pyco, sent as they are."""
        keys = pyco if (pyco is not None and self.is_pyco) else KILL_LINE + text + "\r"
        self.session.send(keys)
        if wait:
            self.wait_prompt()

    def lines(self, *texts: str) -> None:
        for text in texts:
            self.line(text)

    def keys(self, keys: str, pyco: str | None = None) -> None:
        self.session.send(pyco if (pyco is not None and self.is_pyco) else keys)

    def keys_ringing(self, keys: str) -> None:
        """Type keys whose last one rings the bell (a Tab that completed no
        further) and wait for that bell, the editor's last output for the
        key: keys typed while a Tab is still being handled would be taken
        for pasted text (pyco inserts a Tab when more input is waiting)."""
        s = self.session
        before = s.screen.bells
        self.keys(keys)
        s.wait_for(lambda: s.screen.bells > before, "the bell")

    def wait_listings(self, total: int, line: str) -> None:
        """Wait until the session has shown `total` long completion lists
        (each headed by readline's "Display all N possibilities" question)
        and, below the last, the prompt line drawn again as `line` with the
        cursor at its end: the screen after the last Tab of a run of them.
        (One read may bring several lists, so they are counted on the
        screen, not by watching the cursor go by.)"""
        s = self.session

        def ready() -> bool:
            lines = s.screen.text_lines()
            asks = [i for i, text in enumerate(lines) if text.startswith("Display all ")]
            return len(asks) == total and s.screen.row > asks[-1] and s.screen.before_cursor() == line
        s.wait_for(ready, f"{total} completion lists, then {line!r}")
        s.last_prompt_row = s.screen.row

    def wait_shows(self, text: str) -> None:
        """Wait until the text before the cursor ends with `text`."""
        s = self.session
        s.wait_for(lambda: s.screen.before_cursor().endswith(text), repr(text) + " on the screen")

    def wait_prompt_after(self, text: str) -> None:
        """Wait for a prompt below a line reading `text` (after typed-ahead
        input, whose intermediate prompts may never be seen)."""
        s = self.session

        def ready() -> bool:
            lines = s.screen.text_lines()
            return text in lines[:s.screen.row] and s.screen.before_cursor().startswith(s.PROMPTS)
        s.wait_for(ready, f"a prompt after {text!r}")
        s.last_prompt_row = s.screen.row

    def wait_running(self) -> None:
        """After Enter on the last line of an input: wait until the program
        took it (the cursor left the prompt line) and gave the terminal back
        to the kernel's line discipline (which echoes a Ctrl-C as ^C)."""
        self.session.wait_row_after(self.session.last_prompt_row)
        self.session.wait_cooked()


# --------------------------------------------------------------------- cases

CASES = {}


def case(*, asyncio: bool = False, pyco_only: bool = False):
    def register(fn):
        fn.needs_asyncio = asyncio
        fn.pyco_only = pyco_only
        CASES[fn.__name__] = fn
        return fn
    return register


@case()
def slide13_coroutine(d: Driver) -> None:
    """Slide 13: a coroutine driven with next() and send()."""
    d.start()
    d.lines("def coro():",
            "    step = 0",
            "    while True:",
            "        received = yield step",
            "        step += 1",
            '        print("Received: ", received)',
            "",
            "c = coro()",
            "next(c)",
            "step = c.send(100)",
            "step",
            'c.send("hello")',
            "_")
    d.eof()


@case()
def slide19_return_value(d: Driver) -> None:
    """Slide 19: the generator's return value in StopIteration, traceback shown."""
    d.start()
    d.lines("def gen():",
            "    yield 1",
            "    yield 2",
            "    return 42",
            "",
            "g = gen()",
            "next(g)",
            "next(g)",
            "next(g)",
            "next(g)",
            "print('still here')")
    d.eof()


@case()
def slide22_chain(d: Driver) -> None:
    """Slide 22: yield from as itertools.chain."""
    d.start()
    d.lines("def chain2(*iterables):",
            "    for it in iterables:",
            "        yield from it",
            "",
            'list(chain2([1,2,3], (4, 5, 6), "hello"))')
    d.eof()


@case()
def multiline_blocks(d: Driver) -> None:
    """Compound statements continue until an empty line; nested blocks, class, decorators."""
    d.start()
    d.lines("def classify(n):",
            "    if n < 0:",
            "        return 'negative'",
            "    elif n == 0:",
            "        return 'zero'",
            "    for d in range(2, n):",
            "        if n % d == 0:",
            "            return 'composite'",
            "    return 'prime-ish'",
            "",
            "[classify(n) for n in (-1, 0, 7, 9)]",
            "class Counter:",
            "    def __init__(self):",
            "        self.n = 0",
            "    def tick(self):",
            "        self.n += 1",
            "        return self.n",
            "",
            "def twice(f):",
            "    def g(*a):",
            "        return f(*a), f(*a)",
            "    return g",
            "",
            "@twice",
            "def hello(name):",
            "    return 'hi ' + name",
            "",
            "hello('you')",
            "c = Counter(); c.tick(); c.tick()",
            "for i in range(3): print(i, i * i)",
            "",
            "while False:",
            "    pass",
            "else:",
            "    print('else branch')",
            "",
            "try:",
            "    1/0",
            "except ZeroDivisionError as e:",
            "    print('caught', e)",
            "finally:",
            "    print('finally')",
            "")
    d.eof()


@case()
def continuation_rules(d: Driver) -> None:
    """When an input is complete (CPython's codeop rule) and the errors when it cannot be."""
    d.start()
    d.lines("# a comment alone",
            "",
            "x = (1,",
            "",
            "2)",
            "x",
            '"""one',
            "",
            'three"""',
            "y = 1 + \\",
            "2",
            "y",
            "y = 1 + \\",
            "",
            "if True:",
            "",
            "def f():",
            "    return 1",
            "f()",
            "[1, 2,",
            " 3][1:]",
            "print('a'); print('b'); 5")
    # Ctrl-D in the middle of a statement compiles what there is.
    d.line("def g():")
    d.keys(CTRL_D)
    d.wait_prompt()
    d.eof()


@case()
def exceptions_continue(d: Driver) -> None:
    """An exception prints its traceback and the next line works."""
    d.start()
    d.lines("1/0",
            "x = 5",
            "x * 2",
            "undefined_name",
            "def outer():",
            "    return inner()",
            "",
            "def inner():",
            "    raise ValueError('deep')",
            "",
            "outer()",
            "try:",
            "    outer()",
            "except ValueError:",
            "    raise KeyError('k')",
            "",
            "x +* 2",
            "print('after the syntax error')",
            "  x",
            "import sys; sys.last_type",
            "x")
    d.eof()


@case()
def interrupt_running(d: Driver) -> None:
    """Ctrl-C while code runs: KeyboardInterrupt traceback, back at the prompt."""
    d.start()
    d.line("while True: pass")
    d.line("", wait=False)
    d.wait_running()
    d.keys(CTRL_C)
    d.wait_prompt()
    d.lines("def spin():",
            "    while True: yield",
            "")
    d.line("any(spin())", wait=False)
    d.wait_running()
    d.keys(CTRL_C)
    d.wait_prompt()
    d.line("print('alive')")
    d.eof()


@case()
def interrupt_prompt(d: Driver) -> None:
    """Ctrl-C at the prompt abandons the line, also in the middle of a statement."""
    d.start()
    d.keys("abc")
    d.wait_shows("abc")
    d.keys(CTRL_C)
    d.wait_prompt()
    d.line("def f():")
    d.keys("    return 1", pyco="return 1")
    d.wait_shows("return 1")
    d.keys(CTRL_C)
    d.wait_prompt()
    d.line("f")
    d.line("1 + 1")
    d.eof()


@case()
def history_recall(d: Driver) -> None:
    """Up recalls earlier lines, in the session and from the previous one."""
    d.start()
    d.line("print(6 * 7)")
    d.line("word = 'first'")
    d.keys(UP)
    d.wait_shows("word = 'first'")
    d.keys(UP)
    d.wait_shows("print(6 * 7)")
    d.keys("\r")
    d.wait_prompt()
    d.eof()
    # A new session finds the history of the last one.
    d.start()
    d.keys(UP + UP)
    d.wait_shows("word = 'first'")
    d.keys("\r")
    d.wait_prompt()
    d.line("word")
    d.eof()


@case()
def tab_completion(d: Driver) -> None:
    """Tab completes keywords, names, attributes; a second Tab lists the candidates."""
    d.start()
    d.lines("def gen():",
            "    yield 'one'",
            "",
            "def chain2(*iterables):",
            "    yield from iterables",
            "")
    d.keys("g = ge" + TAB + "n" + TAB)
    d.wait_shows("g = gen()")
    d.keys("\r")
    d.wait_prompt()
    d.keys("g.se" + TAB)
    d.wait_shows("g.send(")
    d.keys("None)\r")
    d.wait_prompt()
    d.keys("pri" + TAB)
    d.wait_shows("print(")
    d.keys("list(chai" + TAB)
    d.wait_shows("print(list(chain2(")
    d.keys("'ab')))\r")
    d.wait_prompt()
    d.keys("g.gi_" + TAB + TAB)
    d.wait_prompt()  # the listing, then the prompt and the line again
    d.wait_shows(">>> g.gi_")
    d.keys("r" + TAB)
    d.wait_shows("g.gi_running")
    d.keys("\r")
    d.wait_prompt()
    d.keys("whi" + TAB)
    d.wait_shows("while ")
    d.keys("False: pass\r")
    d.wait_prompt()
    d.line("")
    d.eof()


@case()
def tab_many(d: Driver) -> None:
    """A common prefix first; listing from the Tab after one that changed
    nothing; 100 candidates or more: readline's question (which, under
    CPython, does not wait) and the whole list."""
    d.start()
    d.line("for i in range(300): globals()['variable_number_%d' % i] = i")
    d.line("")
    # Each step waits for what its last Tab shows (a bell, or the listings)
    # before typing on: see Driver.keys_ringing.
    d.keys_ringing("variable_" + TAB)  # the common prefix, and the bell
    d.wait_shows("variable_number_")
    d.keys_ringing(TAB)  # changed nothing: the bell again, no listing yet
    d.keys("1" + TAB + TAB)  # the bell, then a list
    d.wait_listings(1, ">>> variable_number_1")
    d.keys(TAB + TAB + TAB)  # after a list every Tab lists again
    d.wait_listings(4, ">>> variable_number_1")
    d.keys(KILL_LINE + "variable_number_2" + TAB + TAB + TAB)  # the bell, two lists
    d.wait_listings(6, ">>> variable_number_2")
    d.keys("99\r")
    d.wait_prompt()
    d.eof()


@case()
def auto_indent(d: Driver) -> None:
    """pyco indents continuation lines itself: the same screen with fewer keys."""
    d.start()
    d.line("def sign(x):", pyco="def sign(x):\r")
    d.line("    if x < 0:", pyco="if x < 0:\r")
    d.line("        return -1", pyco="return -1\r")
    d.line("    return 1", pyco="return 1\r")
    d.line("", pyco="\r")
    d.line("sign(-5), sign(5)")
    d.line("for i in range(2):", pyco="for i in range(2):\r")
    d.line("    print(i)", pyco="print(i)\r")
    d.line("", pyco="\r")  # Enter on the indented empty line ends the block
    d.eof()


@case()
def paste_block(d: Driver) -> None:
    """Lines arriving at once (a paste) keep their own indentation, Tabs included."""
    d.start()
    d.keys("def f(x):\r    if x:\r        return 'yes'\r    return 'no'\r\rf(1), f(0)\r")
    d.wait_prompt_after("('yes', 'no')")
    d.keys("def g():\r\treturn 'tab'\r\rg()\r")
    d.wait_prompt_after("'tab'")
    d.eof()


@case()
def piped_stdin(d: Driver) -> None:
    """stdin not a terminal: the program runs as a script; with -i the
    prompts go to stderr and there is no editing, as CPython."""
    d.pipe(("-q",), "print(1)\nfor i in range(2):\n    print(i)\n")
    d.pipe(("-q", "-i"), "x = 2\nx\nif x:\n    print('yes')\n\n1/0\nprint('after')\n")
    (Path(d.workdir) / "prog.py").write_text("value = 7\n")
    d.pipe(("-q", "-i", "prog.py"), "value\nexit(4)\n")


@case()
def exit_status(d: Driver) -> None:
    """Ctrl-D on an empty line and exit() leave with status 0; exit(3), SystemExit keep theirs."""
    d.start()
    d.line("1")
    d.eof()
    d.start()
    d.line("exit()", wait=False)
    d._finish(d.session.wait_exit())
    d.start()
    d.line("exit(3)", wait=False)
    d._finish(d.session.wait_exit())
    d.start()
    d.line("raise SystemExit('bye')", wait=False)
    d._finish(d.session.wait_exit())


@case()
def inspect_file(d: Driver) -> None:
    """-i FILE: the prompt after the program, in its namespace (slide 13's coroutine)."""
    path = Path(d.workdir) / "prog.py"
    path.write_text("def coro():\n"
                    "    step = 0\n"
                    "    while True:\n"
                    "        received = yield step\n"
                    "        step += 1\n"
                    "        print('Received: ', received)\n"
                    "\n"
                    "print('loaded', __name__)\n")
    d.start(pyco_args=("-q", "-i", "prog.py"), python_args=("-q", "-i", "prog.py"))
    d.lines("c = coro()", "next(c)", "c.send('x')")
    d.eof()
    (Path(d.workdir) / "fail.py").write_text("value = 7\nraise RuntimeError('at the end')\n")
    d.start(pyco_args=("-q", "-i", "fail.py"), python_args=("-q", "-i", "fail.py"))
    d.line("value")
    d.eof()


@case()
def prompts(d: Driver) -> None:
    """sys.ps1 and sys.ps2 are the prompts."""
    d.start()
    d.session.PROMPTS = (">>> ", "... ", "py> ", "..> ")
    d.lines("import sys",
            "sys.ps1 = 'py> '",
            "sys.ps2 = '..> '",
            "if True:",
            "    print('custom')",
            "")
    d.eof()


@case()
def await_top_level(d: Driver) -> None:
    """Top-level await, async for, async with and async comprehensions
    (python3 -m asyncio's REPL is the reference)."""
    d.start(python_args=("-q", "-m", "asyncio"), banner=True)
    d.lines("class Tick:",
            "    def __await__(self):",
            "        yield",
            "",
            "async def double(x):",
            "    await Tick()",
            "    return 2 * x",
            "",
            "await double(21)",
            "r = await double(5); r",
            "_",
            "async def agen(n):",
            "    for i in range(n):",
            "        await Tick()",
            "        yield i",
            "",
            "async for x in agen(3):",
            "    print(x)",
            "",
            "[x async for x in agen(4)]",
            "class Ctx:",
            "    async def __aenter__(self):",
            "        print('enter')",
            "        return self",
            "    async def __aexit__(self, *exc):",
            "        print('exit')",
            "",
            "async with Ctx() as c:",
            "    print('inside')",
            "",
            "await Tick()",
            "print('done')")
    d.stop()


@case(asyncio=True)
def await_asyncio(d: Driver) -> None:
    """Top-level await on asyncio's event loop, which persists between inputs."""
    d.start(python_args=("-q", "-m", "asyncio"), banner=True)
    d.lines("import asyncio",
            "await asyncio.sleep(0.05)",
            "await asyncio.sleep(0, 'slept')",
            "async def ticker(n):",
            "    for i in range(n):",
            "        await asyncio.sleep(0.01)",
            "        yield i",
            "",
            "async for i in ticker(3):",
            "    print(i)",
            "",
            "async def double(x):",
            "    await asyncio.sleep(0.01)",
            "    return 2 * x",
            "",
            "await asyncio.gather(double(1), double(2), double(3))",
            "loop = asyncio.get_event_loop()",
            "t = loop.create_task(double(10))",
            "await t",
            "asyncio.get_event_loop() is loop")
    d.stop()


@case(asyncio=True, pyco_only=True)
def await_interrupt(d: Driver) -> None:
    """Ctrl-C while an awaited coroutine runs or sleeps: KeyboardInterrupt,
    the task is cancelled, the loop goes on (python3 -m asyncio cannot be
    interrupted this way, so the check is pyco's own)."""
    d.start()
    d.lines("import asyncio",
            "async def spin():",
            "    while True:",
            "        await asyncio.sleep(0)",
            "")
    for line in ("await spin()", "await asyncio.sleep(30)"):
        d.line(line, wait=False)
        d.wait_running()
        d.keys(CTRL_C)
        d.wait_prompt()
        lines = d.session.screen.text_lines()
        if not lines[-2].endswith("KeyboardInterrupt") or not lines[-1].startswith(">>>"):
            raise Failure(f"{line}: no KeyboardInterrupt before the prompt:\n" + d.session.dump())
    d.line("await asyncio.sleep(0, 'still running')")
    if d.session.screen.text_lines()[-2] != "'still running'":
        raise Failure("the event loop did not survive the interrupts:\n" + d.session.dump())
    d.eof()


@case(pyco_only=True)
def banner(d: Driver) -> None:
    """Without -q: pyco's banner (its own text, not CPython's), then the prompt."""
    d.start(pyco_args=())
    lines = d.session.screen.text_lines()
    if not re.fullmatch(r"pyco \d+\.\d+\S* \u2014 Python 3\.11 subset.*", lines[0]):
        raise Failure(f"unexpected banner line: {lines[0]!r}")
    if "help" not in lines[1] or "exit()" not in lines[1] or "Ctrl-D" not in lines[1]:
        raise Failure(f"the banner does not say how to get help and leave: {lines[1]!r}")
    if lines[2] != ">>>":
        raise Failure(f"expected the prompt after the banner, got {lines[2:]!r}")
    d.line("help")
    shown = d.session.screen.text_lines()[3]
    if "help(object)" not in shown:
        raise Failure(f"repr(help): {shown!r}")
    d.eof()
    if d.transcript[-1]["exit_code"] != 0:
        raise Failure("Ctrl-D did not exit with status 0")


# --------------------------------------------------------------------- playing

def play(name: str, program: str, pyco: str | None) -> list[dict]:
    fn = CASES[name]
    home = tempfile.mkdtemp(prefix="pyco-repl-home-")
    workdir = os.path.realpath(tempfile.mkdtemp(prefix="pyco-repl-cwd-"))
    d = Driver(program, pyco, home, workdir)
    try:
        fn(d)
        if d.session is not None:
            raise Failure("the case left a session running")
    finally:
        d.close()
        shutil.rmtree(home, ignore_errors=True)
        shutil.rmtree(workdir, ignore_errors=True)
    return d.transcript


def expected_path(name: str) -> Path:
    return EXPECTED_DIR / f"{name}.json"


def show_diff(expected: list[str], actual: list[str], names=("python3", "pyco")) -> str:
    import difflib
    return "\n".join(difflib.unified_diff(expected, actual, *names, lineterm=""))


def pyco_has_asyncio(pyco: str) -> bool:
    probe = ("import asyncio\n"
             "async def f(): return 1\n"
             "assert asyncio.new_event_loop().run_until_complete(f()) == 1\n")
    try:
        r = subprocess.run([pyco, "-c", probe], capture_output=True, timeout=20)
    except subprocess.TimeoutExpired:
        return False
    return r.returncode == 0


def cmd_run(args) -> int:
    failed = 0
    skipped = 0
    for name in args.cases:
        fn = CASES[name]
        if fn.needs_asyncio and not pyco_has_asyncio(args.pyco):
            print(f"SKIP {name}: this pyco cannot run asyncio yet")
            skipped += 1
            continue
        try:
            actual = play(name, "pyco", args.pyco)
        except (Timeout, Failure) as e:
            print(f"FAIL {name}: {e}")
            failed += 1
            continue
        if fn.pyco_only:
            print(f"ok   {name}")
            continue
        expected = json.loads(expected_path(name).read_text())
        problems = []
        if len(expected) != len(actual):
            problems.append(f"{len(actual)} sessions, python3 had {len(expected)}")
        for i, (exp, act) in enumerate(zip(expected, actual)):
            for part in ("screen", "stdout", "stderr"):
                if exp.get(part) != act.get(part):
                    problems.append(f"session {i + 1}: the {part} differs:\n" +
                                    show_diff(exp.get(part) or [], act.get(part) or []))
            if exp["exit_code"] != act["exit_code"]:
                problems.append(f"session {i + 1}: exit status {act['exit_code']}, python3's {exp['exit_code']}")
        if problems:
            print(f"FAIL {name}:\n" + "\n".join(problems))
            failed += 1
        else:
            print(f"ok   {name}")
    if failed:
        return 1
    if skipped and skipped == len(args.cases):
        return SKIP
    return 0


def recordable(names: list[str]) -> list[str]:
    return [n for n in (names or sorted(CASES)) if not CASES[n].pyco_only]


def cmd_record(args) -> int:
    EXPECTED_DIR.mkdir(exist_ok=True)
    for name in recordable(args.cases):
        transcript = play(name, "python3", None)
        expected_path(name).write_text(json.dumps(transcript, indent=1, ensure_ascii=False) + "\n")
        print(f"recorded {name}")
    return 0


# Replaying Ctrl-C at python3's prompt is unreliable on a loaded machine (its
# line editor sometimes does not answer the interrupt within the timeout); the
# recording stays the reference pyco is compared with, it is just not re-played.
NOT_REPLAYED = {"interrupt_prompt"}


def cmd_check(args) -> int:
    bad = 0
    names = recordable([])
    for name in names:
        if name in NOT_REPLAYED:
            continue
        path = expected_path(name)
        if not path.exists():
            print(f"MISSING {path.relative_to(HERE)}: run `{Path(__file__).name} record {name}`")
            bad += 1
            continue
        # python3 is an outside program driven through a pty: on a loaded
        # machine a keystroke can land before its line editor is ready, so a
        # session that cannot be played is tried once more before it counts.
        transcript = None
        for attempt in range(2):
            try:
                transcript = play(name, "python3", None)
                break
            except (Timeout, Failure) as e:
                if attempt == 1:
                    print(f"FAIL {name}: python3 could not be played: {e}")
        if transcript is None:
            bad += 1
            continue
        recorded = json.loads(path.read_text())
        if transcript != recorded:
            print(f"DRIFT {name}: python3 no longer shows what {path.name} holds")
            for i, (old, new) in enumerate(zip(recorded, transcript)):
                for part in ("screen", "stdout", "stderr"):
                    if old.get(part) != new.get(part):
                        print(f"session {i + 1}, {part}:\n" + show_diff(old.get(part) or [], new.get(part) or []))
            bad += 1
    for path in sorted(EXPECTED_DIR.glob("*.json")):
        if path.stem not in names:
            print(f"STALE {path.name}: no such case")
            bad += 1
    print(f"{len(names) - bad} current, {bad} not")
    return 1 if bad else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("list")
    run = sub.add_parser("run")
    run.add_argument("--pyco", required=True)
    run.add_argument("cases", nargs="*")
    record = sub.add_parser("record")
    record.add_argument("cases", nargs="*")
    sub.add_parser("check-expectations")
    args = parser.parse_args()
    if args.command == "list":
        print(";".join(sorted(CASES)))
        return 0
    for name in getattr(args, "cases", []) or []:
        if name not in CASES:
            parser.error(f"no case named {name!r}")
    if args.command == "run":
        args.cases = args.cases or sorted(CASES)
        return cmd_run(args)
    if args.command == "record":
        return cmd_record(args)
    return cmd_check(args)


if __name__ == "__main__":
    sys.exit(main())
