"""Shared code of the conformance scripts (not a case: its name starts with "_").

The conformance suite (tests/conformance/<part>/<case>.py) holds the code
examples of the client's talk, one folder per part of the talk, completed into
runnable programs, plus variations pinning each bullet of each slide. Next to
each case, <case>.expected holds what CPython 3.11 did with it, recorded by
scripts/record-conformance (never typed by hand):

    {"exit_code": 1, "stdout": ["1", "2", ""], "stderr_last_line": "StopIteration: 42"}

Text is stored as a list of lines (str.split("\\n"): a final "" means the
output ended with a newline). A run matches a recording when stdout, the exit
code and the last non-empty line of stderr are equal.

Used by scripts/conformance, scripts/record-conformance and
scripts/conformance-report. Every program runs exactly as in the script tests
(tests/run_script_test.py): from the repository root, named by its path
relative to the root, with a fixed environment (no PYTHON* variables,
PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8, LC_ALL=C.UTF-8), stdin = /dev/null,
a 10 s timeout (the process group is killed), and "<repository root>/"
removed from stderr.

tests/conformance/xfail.txt lists known failures of pyco, one case path per
line with a "# reason". A listed case must fail; a listed case that passes is
an error ("unexpectedly passed"), so the list cannot rot.
"""

from __future__ import annotations

import concurrent.futures
import difflib
import fnmatch
import json
import os
import re
import shlex
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SUITE = ROOT / "tests" / "conformance"
XFAIL_FILE = SUITE / "xfail.txt"
TIMEOUT_SECONDS = 10

# The parts of the talk, in the order of the slides; each is a folder of the
# suite. "difftest" holds the programs scripts/difftest found differences
# with (fixed cases, kept so the bugs stay fixed).
PARTS = [
    ("generators", "Generators (PEP 255)", "slides 5-8"),
    ("coroutines_enhanced_generators", "Coroutines via enhanced generators (PEP 342)", "slides 11-15"),
    ("return_values", "Generators return values (PEP 380)", "slides 18-19"),
    ("yield_from", "yield from: delegating to a sub-generator (PEP 380)", "slides 18, 20-25"),
    ("await", "await (PEP 492)", "slide 25"),
    ("asyncio", "asyncio: an event loop drives the coroutines", "slide 30"),
    ("async_generators", "Asynchronous generators (PEP 525)", "slide 33"),
    ("summary", "Summary", "slide 34"),
    ("difftest", "Reproducers found by scripts/difftest", "no slide"),
]

# The titles of the slides that have cases (from /work/shared/slides.txt).
SLIDE_TITLES = {
    5: "Generate elements, one at the time, and suspend",
    6: "Simple Generators - Example 1",
    7: "Simple Generators - Example 2",
    8: "Simple Generators: next(), StopIteration",
    11: "Generators as coroutines: .send() .throw() .close()",
    12: "Coroutines via Enhanced Generators: value = yield result",
    13: "Coroutines via Enhanced Generators: the coro() session",
    14: "Advance the Generator",
    15: "Coroutines via Enhanced Generators: .throw()",
    18: "Delegating to a Sub-Generator",
    19: "Generators as Coroutines - Return values",
    20: "yield from",
    21: "yield from - Basic",
    22: "~ itertools.chain",
    23: "yield from - More",
    24: "yield from - Example",
    25: "yield from - Recap / await",
    30: "asyncio",
    33: "Asynchronous Generators",
    34: "Summary",
}

FIRST_COMMENT = re.compile(r"^#\s*(?:[Ss]lides?\s+(\d+)[^:]*|difftest[^:]*):\s*(.*)$")


# --------------------------------------------------------------------- cases

@dataclass
class Case:
    path: str  # relative to the root: tests/conformance/<part>/<name>.py

    @property
    def part(self) -> str:
        return self.path.split("/")[2]

    @property
    def name(self) -> str:
        return Path(self.path).stem

    @property
    def expected_path(self) -> Path:
        return ROOT / (self.path.removesuffix(".py") + ".expected")

    def header(self) -> tuple[int | None, str]:
        """(slide number, rule) from the case's first comment line."""
        with open(ROOT / self.path, encoding="utf-8") as f:
            first = f.readline().strip()
        m = FIRST_COMMENT.match(first)
        if not m:
            return None, first.lstrip("# ")
        return (int(m.group(1)) if m.group(1) else None), m.group(2)

    def load_expected(self) -> dict | None:
        if not self.expected_path.exists():
            return None
        with open(self.expected_path, encoding="utf-8") as f:
            return json.load(f)


def discover() -> list[Case]:
    """Every case of the suite, sorted by part (talk order), then by name."""
    order = {part: i for i, (part, _, _) in enumerate(PARTS)}
    cases = []
    for path in SUITE.rglob("*.py"):
        rel = path.relative_to(SUITE)
        if len(rel.parts) != 2 or any(p.startswith("_") for p in rel.parts):
            continue  # helpers ("_name") and files outside a part folder
        cases.append(Case(path.relative_to(ROOT).as_posix()))
    return sorted(cases, key=lambda c: (order.get(c.part, len(order)), c.part, c.name))


def select(cases: list[Case], patterns: list[str]) -> list[Case]:
    """Cases matching any pattern: a glob if it has glob characters, else a
    substring of the case path."""
    if not patterns:
        return cases
    chosen = []
    for case in cases:
        for pattern in patterns:
            pattern = pattern.removeprefix("./")
            if any(ch in pattern for ch in "*?["):
                hit = fnmatch.fnmatch(case.path, pattern) or fnmatch.fnmatch(case.path, f"*{pattern}*")
            else:
                hit = pattern in case.path
            if hit:
                chosen.append(case)
                break
    return chosen


# ------------------------------------------------------------------- running

def fixed_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8",
               PYTHONDONTWRITEBYTECODE="1", LC_ALL="C.UTF-8")
    env.pop("LANG", None)
    env.pop("LANGUAGE", None)
    return env


def normalise(text: str) -> str:
    for prefix in {str(ROOT), os.path.realpath(ROOT)}:
        text = text.replace(prefix + os.sep, "")
    return text


def last_line(text: str) -> str:
    lines = [line for line in text.split("\n") if line.strip()]
    return lines[-1] if lines else ""


@dataclass
class Outcome:
    """What one run did; exit_code None means it timed out."""
    exit_code: int | None
    stdout: str
    stderr: str

    def record(self) -> dict:
        return {"exit_code": self.exit_code,
                "stdout": self.stdout.split("\n"),
                "stderr_last_line": last_line(self.stderr)}


def run(command: list[str], program: str, cwd: Path = ROOT,
        timeout: float = TIMEOUT_SECONDS) -> Outcome:
    """Run `command + [program]` from cwd in the fixed environment."""
    proc = subprocess.Popen([*command, program], cwd=cwd, env=fixed_env(),
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
        code: int | None = proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        code = None
    decode = lambda b: normalise(b.decode("utf-8", errors="backslashreplace"))
    return Outcome(code, decode(out), decode(err))


def resolve_interpreter(command: str) -> list[str]:
    """Split an interpreter command (shell quoting). A python launcher such as
    a pyenv shim is resolved to the real executable once: a shim costs about
    0.1 s per start."""
    words = shlex.split(command)
    if words and len(words) == 1 and os.path.basename(words[0]).startswith("python"):
        try:
            out = subprocess.run([words[0], "-c", "import sys; print(sys.executable)"],
                                 capture_output=True, text=True, timeout=30)
            if out.returncode == 0 and out.stdout.strip():
                return [out.stdout.strip()]
        except (OSError, subprocess.TimeoutExpired):
            pass
    return words


def interpreter_version(command: list[str]) -> str:
    try:
        out = subprocess.run([*command, "--version"], capture_output=True, text=True, timeout=30)
        return (out.stdout or out.stderr).strip() or " ".join(command)
    except (OSError, subprocess.TimeoutExpired):
        return " ".join(command)


def parallel(fn, items, jobs: int):
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        return list(pool.map(fn, items))


def default_jobs() -> int:
    return os.cpu_count() or 2


# ----------------------------------------------------------------- comparing

def describe_exit(code: int | None) -> str:
    if code is None:
        return f"timed out after {TIMEOUT_SECONDS} s"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


def differences(expected: dict, actual: dict) -> list[str]:
    """Human-readable mismatches between a recording and a run (empty: equal)."""
    problems = []
    if expected["stdout"] != actual["stdout"]:
        diff = difflib.unified_diff(expected["stdout"], actual["stdout"],
                                    "expected stdout (python3)", "actual stdout", lineterm="")
        problems.append("stdout differs:\n" + "\n".join(diff))
    if expected["exit_code"] != actual["exit_code"]:
        problems.append(f"{describe_exit(actual['exit_code'])}, expected "
                        f"{describe_exit(expected['exit_code'])}")
    if expected["stderr_last_line"] != actual["stderr_last_line"]:
        problems.append("last stderr line differs:\n"
                        f"  expected: {expected['stderr_last_line']!r}\n"
                        f"  actual:   {actual['stderr_last_line']!r}")
    return problems


def summary(expected: dict, actual: dict) -> str:
    """One line saying how a run differs (for reports and new xfail entries)."""
    code = actual["exit_code"]
    if code is None or code < 0:
        return describe_exit(code)
    if expected["exit_code"] != code and actual["stderr_last_line"]:
        return f"exit {code}: {actual['stderr_last_line']}"[:160]
    want, got = expected["stdout"], actual["stdout"]
    if want != got:
        n = next((i for i, (a, b) in enumerate(zip(want, got)) if a != b), min(len(want), len(got)))
        line = lambda lines: repr(lines[n]) if n < len(lines) else "nothing"
        return f"stdout line {n + 1}: {line(got)}, expected {line(want)}"[:160]
    if expected["stderr_last_line"] != actual["stderr_last_line"]:
        return f"stderr: {actual['stderr_last_line']!r}, expected {expected['stderr_last_line']!r}"[:160]
    return f"exit {code}, expected {expected['exit_code']}"


@dataclass
class Result:
    case: Case
    expected: dict | None
    actual: dict
    problems: list[str] = field(default_factory=list)

    @property
    def matches(self) -> bool:
        return self.expected is not None and not self.problems


def check(command: list[str], case: Case) -> Result:
    expected = case.load_expected()
    actual = run(command, case.path).record()
    if expected is None:
        return Result(case, None, actual, ["no recording: run scripts/record-conformance " + case.path])
    return Result(case, expected, actual, differences(expected, actual))


# --------------------------------------------------------------------- xfail

def load_xfail() -> dict[str, str]:
    """case path -> reason (empty string when the line gives none)."""
    entries = {}
    if XFAIL_FILE.exists():
        for line in XFAIL_FILE.read_text(encoding="utf-8").splitlines():
            body, _, reason = line.partition("#")
            if body.strip():
                entries[body.strip()] = reason.strip()
    return entries


def structure_problems(cases: list[Case]) -> list[str]:
    """Recordings without a case, cases without a recording or a slide
    comment, xfail entries naming no case or giving no reason."""
    problems = []
    known = {c.expected_path for c in cases}
    for path in SUITE.rglob("*.expected"):
        if path not in known:
            problems.append(f"{path.relative_to(ROOT)}: recording without a case")
    for case in cases:
        if not case.expected_path.exists():
            problems.append(f"{case.path}: no recording (run scripts/record-conformance {case.path})")
        with open(ROOT / case.path, encoding="utf-8") as f:
            if not FIRST_COMMENT.match(f.readline().strip()):
                problems.append(f"{case.path}: first line must be '# Slide N: rule' "
                                "(or '# difftest ...: rule')")
    paths = {c.path for c in cases}
    for path, reason in load_xfail().items():
        if path not in paths:
            problems.append(f"xfail.txt: {path} is not a case")
        elif not reason:
            problems.append(f"xfail.txt: {path} has no '# reason'")
    return problems


def pyco_default() -> Path:
    return ROOT / "build" / "cli" / "pyco"


def build_pyco() -> None:
    """Build build/cli/pyco incrementally (quietly; the log only on failure)."""
    proc = subprocess.run([str(ROOT / "scripts" / "build"), "--target", "pyco"],
                          cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout + proc.stderr)
        sys.exit(f"building pyco failed (scripts/build --target pyco, exit {proc.returncode})")
