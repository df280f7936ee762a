#!/usr/bin/env python3
"""Command-line tests: pyco and python3 run side by side, outputs compared.

What a script case cannot express (tests/run_script_test.py always runs
`pyco case.py`): a directory or a missing file as the program, a signal
sent from outside, stdout closed by the reader. Each case builds its files
in a fresh temporary directory, runs the same command line with python3 and
with pyco there, and compares exit status, stdout and stderr. python3 is the
oracle at test time (nothing is recorded by hand); the only normalisation:
each program's own path becomes PROG (CPython names itself by argv[0]),
object addresses become 0xADDR, and
traceback lines for CPython's frozen runpy frames (a directory's
__main__.py runs through runpy) are dropped.

    cli_test.py list                 case names (for ctest)
    cli_test.py run --pyco BIN CASE  one case
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

TIMEOUT = 20


@dataclass
class Case:
    files: dict[str, str | bytes]  # relative path -> content ("/" suffix: a directory)
    args: list[str]
    # plain | sigint (SIGINT once stdout says "ready") | head (stdout piped into
    # `head -1`) | merged (stderr into the same pipe as stdout: their order)
    mode: str = "plain"
    needs_non_root: bool = False
    env: dict[str, str] = field(default_factory=dict)


MAIN_PRINTS = "import sys\nprint(__name__, sys.argv, sys.path[0] == __file__.rsplit('/', 1)[0])\n"
CASES: dict[str, Case] = {
    "directory_without_main": Case({"d/": "", "d/x.py": "print(1)\n"}, ["d"]),
    "directory_trailing_slash": Case({"d/": ""}, ["./d/"]),
    "directory_main_is_a_directory": Case({"d/__main__.py/": ""}, ["d"]),
    "directory_with_main": Case({"d/__main__.py": MAIN_PRINTS + "print(__file__)\n"}, ["d", "a"]),
    "directory_with_main_raises": Case({"d/__main__.py": "print('out')\nraise ValueError('bad')\n"}, ["./d/"]),
    "directory_main_imports_sibling": Case(
        {"d/__main__.py": "import helper\nprint(helper.X)\n", "d/helper.py": "X = 42\n"}, ["d"]),
    "missing_file": Case({}, ["nope.py"]),
    "file_as_directory": Case({"f.py": "print(1)\n"}, ["f.py/"]),
    "unreadable_file": Case({"u.py": "print(1)\n"}, ["u.py"], needs_non_root=True),
    "sigint_keyboard_interrupt": Case(
        # "ready" is printed inside the loop, right before the long sleep: a
        # signal sent after it lands in the sleep (line 4) even when the
        # program is descheduled for a while on a loaded machine.
        {"s.py": "import time\nwhile True:\n    print('ready', flush=True)\n    time.sleep(30)\n"},
        ["s.py"], mode="sigint"),
    "sigint_caught": Case(
        {"s.py": "import time\ntry:\n    while True:\n        print('ready', flush=True)\n        time.sleep(30)\n"
                 "except KeyboardInterrupt:\n    print('caught')\n"},
        ["s.py"], mode="sigint"),
    "sigint_for_loop_back_edge": Case(
        # The only Python instruction that checks for the signal is the for
        # loop's back edge (itertools.count() is native): the traceback names
        # the body's last statement, `pass`, as CPython 3.11's does.
        {"s.py": "import itertools\nprint('ready', flush=True)\nfor i in itertools.count():\n    pass\n"},
        ["s.py"], mode="sigint"),
    "sigint_while_test_back_edge": Case(
        # A while loop's back edge has its test's location (CPython 3.11
        # tests again at the bottom): line 3 with carets under the test.
        {"s.py": "x = 0\nprint('ready', flush=True)\nwhile x < 10**15:\n    x += 1\n"},
        ["s.py"], mode="sigint"),
    "closed_pipe_print_loop": Case({"p.py": "for i in range(100000):\n    print(i)\n"}, ["p.py"], mode="head"),
    # Source files that are not what they claim: read by the file tokenizer
    # (a script), so they cannot be script cases (the runner reads UTF-8).
    "invalid_utf8_mid_file": Case({"b.py": b"x = 1\ny = 2\n# caf\xe9\nprint(x)\n"}, ["b.py"]),
    "invalid_utf8_in_string": Case({"b.py": b"print('ok')\ns = 'caf\xe9'\n"}, ["b.py"]),
    "invalid_utf8_first_line": Case({"b.py": b"\xff\xfe = 1\n"}, ["b.py"]),
    "coding_latin1_declared": Case({"b.py": b"# -*- coding: latin-1 -*-\ns = 'caf\xe9'\nprint(s, len(s))\n"},
                                   ["b.py"]),
    "coding_latin1_second_line": Case({"b.py": b"#!/usr/bin/env python3\n# coding=iso-8859-1\nprint('\xe9')\n"},
                                      ["b.py"]),
    "coding_unknown": Case({"b.py": b"# coding: klingon\nprint(1)\n"}, ["b.py"]),
    "coding_utf8_with_bom": Case({"b.py": b"\xef\xbb\xbfprint('bom')\n"}, ["b.py"]),
    "coding_latin1_with_bom": Case({"b.py": b"\xef\xbb\xbf# coding: latin-1\nprint(1)\n"}, ["b.py"]),
    "null_byte_in_script": Case({"b.py": b"print(1)\nx = 1\x00 + 2\n"}, ["b.py"]),
    "block_missing_at_eof": Case({"b.py": b"def f():\n    pass\ndef g():\n\n\n"}, ["b.py"]),
    # Output order: what was printed is flushed before the traceback.
    "stdout_flushed_before_traceback": Case({"b.py": "print('before')\nraise ValueError('after')\n"}, ["b.py"],
                                            mode="merged"),
    "stdout_flushed_on_sys_exit": Case({"b.py": "import sys\nprint('out')\nsys.exit('bye')\n"}, ["b.py"],
                                       mode="merged"),
    # CPython writes "Exception ignored" to stderr at once while stdout waits
    # in its buffer; pyco flushes stdout first. Only what is written is
    # compared for these (separate pipes), not the interleaving.
    "stdout_flushed_exit_from_finalizer": Case(
        {"b.py": "import sys\nclass A:\n    def __del__(self):\n        print('del')\n        sys.exit(3)\n"
                 "a = A()\nprint('main')\ndel a\nprint('end')\n"}, ["b.py"]),
    "stdout_flushed_generator_finalizer_at_exit": Case(
        {"b.py": "def g():\n    try:\n        yield 1\n    finally:\n        print('finally')\n"
                 "        raise ValueError('in finalizer')\nit = g()\nnext(it)\nprint('main')\n"}, ["b.py"]),
    "closed_pipe_big_write": Case({"p.py": "import sys\nsys.stdout.write('x\\n' * 1000000)\n"}, ["p.py"],
                                  mode="head"),
}


def make_files(root: Path, files: dict[str, str]) -> None:
    for rel, content in files.items():
        path = root / rel
        if rel.endswith("/"):
            path.mkdir(parents=True, exist_ok=True)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content)
        if rel == "u.py":
            path.chmod(0)


def run(program: str, case: Case, workdir: Path) -> tuple[int, str, str]:
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LC_ALL": "C.UTF-8", "PYTHONHASHSEED": "0",
           "PYTHONDONTWRITEBYTECODE": "1", **case.env}
    for key in ("HOME", "TMPDIR", "ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
        if key in os.environ:
            env[key] = os.environ[key]
    command = [program, *case.args]
    if case.mode == "head":
        # The shell reports the program's own status (PIPESTATUS[0]).
        quoted = " ".join("'" + a.replace("'", "'\\''") + "'" for a in command)
        shell = f"{quoted} 2>stderr.txt | head -1; echo \"status=${{PIPESTATUS[0]}}\" >&2"
        p = subprocess.run(["bash", "-c", shell], cwd=workdir, env=env, capture_output=True, text=True,
                           timeout=TIMEOUT)
        status = int(p.stderr.strip().rsplit("=", 1)[1])
        return status, p.stdout, (workdir / "stderr.txt").read_text(errors="backslashreplace")
    stderr = subprocess.STDOUT if case.mode == "merged" else subprocess.PIPE
    proc = subprocess.Popen(command, cwd=workdir, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=stderr, text=True, errors="backslashreplace")
    if case.mode == "sigint":
        assert proc.stdout is not None
        first = proc.stdout.readline()
        time.sleep(0.2)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=TIMEOUT)
        return proc.returncode, first + out, err
    out, err = proc.communicate(timeout=TIMEOUT)
    return proc.returncode, out, err or ""


def normalise(text: str, program: str) -> str:
    text = re.sub(r"\b0x[0-9a-f]+\b", "0xADDR", text.replace(program, "PROG"))
    lines = [line for line in text.split("\n") if not line.startswith('  File "<frozen ')]
    return "\n".join(lines)


def run_case(name: str, pyco: str) -> int:
    case = CASES[name]
    if case.needs_non_root and os.geteuid() == 0:
        print(f"{name}: skipped (root reads any file)")
        return 77
    python = os.path.realpath(sys.executable)
    results = {}
    for label, program in (("python3", python), ("pyco", os.path.abspath(pyco))):
        with tempfile.TemporaryDirectory(prefix="pyco-cli-") as tmp:
            workdir = Path(tmp)
            make_files(workdir, case.files)
            status, out, err = run(program, case, workdir)
            results[label] = (status, normalise(out.replace(tmp, "TMP"), program),
                              normalise(err.replace(tmp, "TMP"), program))
    if results["python3"] == results["pyco"]:
        print(f"{name}: ok")
        return 0
    print(f"{name}: FAILED")
    for label, (status, out, err) in results.items():
        print(f"--- {label}: exit {status}\nstdout:\n{out}\nstderr:\n{err}")
    return 1


def main() -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("list")
    run_parser = sub.add_parser("run")
    run_parser.add_argument("--pyco", required=True)
    run_parser.add_argument("case", nargs="?")
    args = parser.parse_args()
    if args.command == "list":
        print(";".join(CASES))
        return 0
    names = [args.case] if args.case else list(CASES)
    statuses = [run_case(n, args.pyco) for n in names]
    return max(statuses) if args.case else int(any(s == 1 for s in statuses))


if __name__ == "__main__":
    sys.exit(main())
