#!/usr/bin/env python3
"""Script tests: run Python programs under pyco and compare with CPython.

Every case is a file tests/scripts/<area>/<name>.py or tests/errors/<name>.py
(files and folders whose name starts with "_" are helpers, not cases). Next
to each case, <name>.expected holds what python3 did with it, recorded by
`record`, never typed by hand:

    {"exit_code": 0, "stdout": [...lines...], "stderr_last_line": "...",
     "stderr": [...lines...]}          # "stderr" only for tests/errors cases

Text is stored as a list of lines (str.split("\\n"), so a trailing newline is
a final ""). Outside tests/errors only the last line of stderr is compared
(the exception line, e.g. "ZeroDivisionError: division by zero"); under
tests/errors the whole stderr is compared, traceback included.

Every program runs with the repository root as working directory, under its
path relative to the root, in a fixed environment (PATH=/usr/local/bin:
/usr/bin:/bin, LC_ALL=C.UTF-8, PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8,
PYTHONDONTWRITEBYTECODE=1; only HOME, TMPDIR and the sanitizer options come
from the caller), stdin = /dev/null, and a 10 s timeout. CPython prints absolute paths in tracebacks; stderr is
normalised by turning "<repo root>/" into "", so recordings hold relative
paths. A line "# args: a 'b c'" among the first lines of a case gives its
command-line arguments (shell-quoted).

tests/scripts/xfail.txt lists known failures, one case path per line with a
"# reason". A listed case passes while pyco's output differs and fails with
"unexpectedly passed" once it matches, so the list cannot rot.

Commands (see docs/testing.md):
    run --pyco BIN CASE            one case (what each ctest entry runs)
    all --pyco BIN [PATTERN...]    every (matching) case, with a summary
    record [PATTERN...]            (re)write .expected files from python3
    check-expectations             re-run python3 on every case: no drift
    update-xfail --pyco BIN        rewrite xfail.txt from the current binary
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import re
import shlex
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASE_DIRS = ("tests/scripts", "tests/errors")
FULL_STDERR_DIR = "tests/errors/"
XFAIL_FILE = ROOT / "tests/scripts/xfail.txt"
# Per-run wall-clock limit. Sanitizer builds run several times slower:
# script_tests.cmake sets PYCO_TIMEOUT_SCALE for them.
TIMEOUT_SECONDS = 10 * float(os.environ.get("PYCO_TIMEOUT_SCALE", "1"))
ARGS_DIRECTIVE = re.compile(r"^#\s*args:(.*)$")
DIRECTIVE_LINES = 5  # directives must appear among a case's first lines


# --------------------------------------------------------------------- cases

def discover_cases() -> list[str]:
    """All case paths, relative to the root, sorted."""
    cases = []
    for top in CASE_DIRS:
        for path in (ROOT / top).rglob("*.py"):
            # Helpers: any file or folder whose name starts with "_".
            if any(part.startswith("_") for part in path.relative_to(ROOT / top).parts):
                continue
            cases.append(path.relative_to(ROOT).as_posix())
    return sorted(cases)


def select_cases(patterns: list[str]) -> list[str]:
    """Cases matching any pattern: a glob on the relative path when it has
    glob characters, otherwise a substring (so a file path works too)."""
    cases = discover_cases()
    if not patterns:
        return cases
    chosen = []
    for case in cases:
        for pattern in patterns:
            pattern = pattern.removeprefix("./")
            if any(c in pattern for c in "*?["):
                hit = fnmatch.fnmatch(case, pattern) or fnmatch.fnmatch(case, f"*{pattern}*")
            else:
                hit = pattern in case
            if hit:
                chosen.append(case)
                break
    return chosen


def expected_path(case: str) -> Path:
    return ROOT / (case.removesuffix(".py") + ".expected")


def case_args(case: str) -> list[str]:
    with open(ROOT / case, encoding="utf-8") as f:
        for _, line in zip(range(DIRECTIVE_LINES), f):
            m = ARGS_DIRECTIVE.match(line.strip())
            if m:
                return shlex.split(m.group(1))
    return []


def wants_full_stderr(case: str) -> bool:
    return case.startswith(FULL_STDERR_DIR)


# ------------------------------------------------------------------- running

# Variables passed through from the caller; everything else is fixed, so a
# program sees the same environment (and even the same memory layout, which
# decides the order of id-hashed sets) whether run by hand, through a pyenv
# shim or under ctest.
PASSED_THROUGH = ("HOME", "TMPDIR", "ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS")


def fixed_env() -> dict[str, str]:
    env = {k: os.environ[k] for k in PASSED_THROUGH if k in os.environ}
    env.update(PATH="/usr/local/bin:/usr/bin:/bin", LC_ALL="C.UTF-8",
               PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8",
               PYTHONDONTWRITEBYTECODE="1")
    return env


def normalise(text: str) -> str:
    """Make tracebacks independent of where the repository lives."""
    for prefix in {str(ROOT), os.path.realpath(ROOT)}:
        text = text.replace(prefix + os.sep, "")
    return text


def split_lines(text: str) -> list[str]:
    return text.split("\n")


def last_line(text: str) -> str:
    lines = [line for line in text.split("\n") if line.strip()]
    return lines[-1] if lines else ""


class Outcome:
    """What one run of a program did (exit_code None: timed out)."""

    def __init__(self, exit_code: int | None, stdout: str, stderr: str):
        self.exit_code, self.stdout, self.stderr = exit_code, stdout, stderr

    def record(self, full_stderr: bool) -> dict:
        rec = {"exit_code": self.exit_code,
               "stdout": split_lines(self.stdout),
               "stderr_last_line": last_line(self.stderr)}
        if full_stderr:
            rec["stderr"] = split_lines(self.stderr)
        return rec


def run_program(interpreter: str, case: str) -> Outcome:
    cmd = [interpreter, case, *case_args(case)]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=fixed_env(), stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    try:
        out, err = proc.communicate(timeout=TIMEOUT_SECONDS)
        code: int | None = proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        code = None
    return Outcome(code, decode_output(out), decode_output(err))


OUTPUT_LIMIT = 1 << 20  # runaway output is cut, so diffs stay cheap


def decode_output(data: bytes) -> str:
    cut = len(data) > OUTPUT_LIMIT
    text = data[:OUTPUT_LIMIT].decode("utf-8", errors="backslashreplace")
    return normalise(text) + (f"\n[... {len(data) - OUTPUT_LIMIT} more bytes cut]" if cut else "")


# ----------------------------------------------------------------- comparing

def describe_exit(code) -> str:
    if code is None:
        return f"timed out after {TIMEOUT_SECONDS:g} s"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


def differences(expected: dict, actual: dict) -> list[str]:
    """Human-readable mismatches between two records (empty: they agree)."""
    problems = []
    if expected["exit_code"] != actual["exit_code"]:
        problems.append(f"{describe_exit(actual['exit_code'])}, expected "
                        f"{describe_exit(expected['exit_code'])}")
    for key in ("stdout", "stderr"):
        if key in expected and expected[key] != actual.get(key):
            import difflib  # only on failure: keeps the common path fast
            diff = difflib.unified_diff(expected[key], actual.get(key, []),
                                        f"expected {key}", f"actual {key}", lineterm="")
            problems.append(f"{key} differs:\n" + "\n".join(diff))
    if "stderr" not in expected and expected["stderr_last_line"] != actual["stderr_last_line"]:
        problems.append("last stderr line differs:\n"
                        f"  expected: {expected['stderr_last_line']!r}\n"
                        f"  actual:   {actual['stderr_last_line']!r}")
    return problems


def short_reason(expected: dict, actual: dict) -> str:
    """One line saying why a case fails (for new xfail.txt entries)."""
    code = actual["exit_code"]
    if code is None or code < 0:
        return describe_exit(code)
    if expected["exit_code"] != code and actual["stderr_last_line"]:
        return f"exit {code}: {actual['stderr_last_line']}"[:120]
    for key in ("stdout", "stderr"):
        want, got = expected.get(key), actual.get(key)
        if want is not None and want != got:
            n = next((i for i, (a, b) in enumerate(zip(want, got)) if a != b),
                     min(len(want), len(got)))
            line = lambda lines: repr(lines[n]) if n < len(lines) else "nothing"
            return f"{key} line {n + 1}: {line(got)}, expected {line(want)}"[:160]
    if expected["stderr_last_line"] != actual["stderr_last_line"]:
        return f"stderr: {actual['stderr_last_line']}"[:120]
    return f"exit {code}, expected {expected['exit_code']}"


def load_expected(case: str) -> dict | None:
    path = expected_path(case)
    if not path.exists():
        return None
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def write_expected(case: str, rec: dict) -> bool:
    """Write a recording; return True if it changed."""
    path = expected_path(case)
    text = json.dumps(rec, indent=1, ensure_ascii=False) + "\n"
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    return True


# --------------------------------------------------------------------- xfail

def load_xfail() -> dict[str, str]:
    """case path -> reason."""
    entries = {}
    if not XFAIL_FILE.exists():
        return entries
    for line in XFAIL_FILE.read_text(encoding="utf-8").splitlines():
        body, _, reason = line.partition("#")
        body = body.strip()
        if body:
            entries[body] = reason.strip()
    return entries


XFAIL_HEADER = """\
# Known script-test failures of pyco: one case path per line, "# reason".
# A listed case passes while pyco's output differs from the recording and
# FAILS once it matches ("unexpectedly passed"): then delete its line.
# Regenerate with scripts/update-xfail (keeps the reasons of remaining
# entries). The goal is an empty list.
"""


def write_xfail(entries: dict[str, str]) -> None:
    lines = [XFAIL_HEADER]
    for case in sorted(entries):
        lines.append(f"{case}  # {entries[case] or 'reason unknown'}\n")
    XFAIL_FILE.write_text("".join(lines), encoding="utf-8")


# ------------------------------------------------------------------ commands

def parallel(fn, items, jobs: int):
    import concurrent.futures  # not needed by `run`, the per-case command
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        return list(pool.map(fn, items))


def check_case(pyco: str, case: str) -> tuple[str, dict | None, dict, list[str]]:
    expected = load_expected(case)
    actual = run_program(pyco, case).record(wants_full_stderr(case))
    if expected is None:
        return case, None, actual, ["no recording: run scripts/record-expected " + case]
    return case, expected, actual, differences(expected, actual)


def cmd_run(opts) -> int:
    case = opts.case.removeprefix("./")
    if not (ROOT / case).exists():
        print(f"no such case: {case}")
        return 1
    _, expected, _, problems = check_case(opts.pyco, case)
    if expected is None:
        print("\n".join(problems))
        return 1
    xfail = load_xfail()
    if case in xfail:
        if not problems:
            print(f"{case}: unexpectedly passed — remove from tests/scripts/xfail.txt")
            return 1
        print(f"{case}: expected failure ({xfail[case]}); currently:")
        print("\n".join(problems))
        return 0
    if problems:
        print(f"{case}: FAILED")
        print("\n".join(problems))
        return 1
    return 0


def cmd_all(opts) -> int:
    cases = select_cases(opts.patterns)
    xfail = load_xfail()
    results = parallel(lambda c: check_case(opts.pyco, c), cases, opts.jobs)
    counts = {"pass": 0, "xfail": 0, "FAIL": 0, "XPASS": 0}
    for case, _, _, problems in results:
        if case in xfail:
            status = "XPASS" if not problems else "xfail"
        else:
            status = "FAIL" if problems else "pass"
        counts[status] += 1
        if status in ("FAIL", "XPASS") or opts.verbose:
            print(f"{status:5} {case}")
            if status == "FAIL" and opts.verbose:
                print("\n".join("      " + l for l in "\n".join(problems).splitlines()))
    print(", ".join(f"{n} {k}" for k, n in counts.items()))
    return 1 if counts["FAIL"] or counts["XPASS"] else 0


def cmd_record(opts) -> int:
    cases = select_cases(opts.patterns)
    if not cases:
        print("no case matches", " ".join(opts.patterns))
        return 1
    recs = parallel(lambda c: run_program(opts.python, c).record(wants_full_stderr(c)),
                    cases, opts.jobs)
    changed = 0
    for case, rec in zip(cases, recs):
        if rec["exit_code"] is None:
            print(f"{case}: python3 timed out, not recorded")
            continue
        if write_expected(case, rec):
            changed += 1
            print(f"recorded {case} (exit {rec['exit_code']})")
        if rec["exit_code"] == 0 and rec["stderr_last_line"]:
            # Often a SyntaxWarning or RuntimeWarning the case did not mean.
            print(f"note: {case} exits 0 but writes to stderr: {rec['stderr_last_line']!r}")
    print(f"{len(cases)} cases, {changed} recording(s) changed ({python_version(opts.python)})")
    return 0


def python_version(python: str) -> str:
    out = subprocess.run([python, "--version"], capture_output=True, text=True)
    return (out.stdout or out.stderr).strip()


def cmd_check_expectations(opts) -> int:
    """Re-run python3 on every case: recordings must be genuine and current."""
    cases = discover_cases()
    failures = []
    for case, expected, _, problems in parallel(
            lambda c: check_case(opts.python, c), cases, opts.jobs):
        if problems:
            failures.append(f"{case}:\n" + "\n".join(problems))
    # Every recording belongs to a case; every xfail entry names a case.
    known = {expected_path(c) for c in cases}
    for top in CASE_DIRS:
        for path in (ROOT / top).rglob("*.expected"):
            if path not in known:
                failures.append(f"{path.relative_to(ROOT)}: recording without a case")
    for case, reason in load_xfail().items():
        if case not in cases:
            failures.append(f"xfail.txt: {case} is not a case")
        elif not reason:
            failures.append(f"xfail.txt: {case} has no '# reason'")
    for failure in failures:
        print(failure)
    version = python_version(opts.python)
    if failures:
        print(f"{len(failures)} problem(s) with {version}; re-record with "
              "scripts/record-expected if the change is intended")
        return 1
    print(f"{len(cases)} recordings match {version}")
    return 0


def cmd_update_xfail(opts) -> int:
    cases = discover_cases()
    old = load_xfail()
    new = {}
    for case, expected, actual, problems in parallel(
            lambda c: check_case(opts.pyco, c), cases, opts.jobs):
        if problems:
            reason = old.get(case) or (short_reason(expected, actual) if expected
                                       else "no recording")
            new[case] = reason
    write_xfail(new)
    fixed = sorted(set(old) - set(new))
    added = sorted(set(new) - set(old))
    for case in fixed:
        print(f"now passes: {case}")
    for case in added:
        print(f"new xfail:  {case}  # {new[case]}")
    print(f"{len(cases) - len(new)} pass, {len(new)} xfail "
          f"({len(fixed)} removed, {len(added)} added)")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    jobs = os.cpu_count() or 2

    def add(name, fn, pyco=False, python=False, patterns=False):
        p = sub.add_parser(name)
        p.set_defaults(fn=fn)
        p.add_argument("-j", "--jobs", type=int, default=jobs)
        if pyco:
            p.add_argument("--pyco", required=True, help="the pyco binary")
        if python:
            p.add_argument("--python", default=sys.executable, help="the oracle")
        if patterns:
            p.add_argument("patterns", nargs="*", help="globs or substrings of case paths")
        return p

    add("run", cmd_run, pyco=True).add_argument("case")
    add("all", cmd_all, pyco=True, patterns=True).add_argument("-v", "--verbose",
                                                               action="store_true")
    add("record", cmd_record, python=True, patterns=True)
    add("check-expectations", cmd_check_expectations, python=True)
    add("update-xfail", cmd_update_xfail, pyco=True)
    opts = parser.parse_args()
    if getattr(opts, "pyco", None):
        opts.pyco = os.path.abspath(opts.pyco)
    return opts.fn(opts)


if __name__ == "__main__":
    sys.exit(main())
