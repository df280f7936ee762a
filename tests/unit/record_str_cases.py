#!/usr/bin/env python3
"""Record the expectations of tests/unit/str_test.cpp's Python cases.

Each case in the C++ table is {R"py(<expression>)py", R"py(<expected>)py"}:
the expected text is repr() of the expression's value, or "Type: message"
when it raises, exactly as python3 (CPython 3.11) produces them after
running the file's kPrelude, with PYTHONHASHSEED=0. This script evaluates every expression with
python3 and rewrites the expected strings in place; --check only reports
drift (exit status 1).

Usage: python3 tests/unit/record_str_cases.py [--check]
"""
import os
import pathlib
import re
import sys
import warnings

TEST_FILE = pathlib.Path(__file__).with_name("str_test.cpp")
CASE = re.compile(r'\{R"py\((.*?)\)py", R"py\((.*?)\)py"\}', re.S)
PRELUDE = re.compile(r'kPrelude = R"py\((.*?)\)py"', re.S)


def outcome(expr, env):
    try:
        return repr(eval(expr, env))
    except Exception as e:  # the message is the expectation
        return f"{type(e).__name__}: {e}"


def main():
    if os.environ.get("PYTHONHASHSEED") != "0":
        # pyco hashes str like CPython without randomization: record that.
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    check = "--check" in sys.argv[1:]
    warnings.filterwarnings("ignore", category=SyntaxWarning)  # e.g. 'abc'['x'] on purpose
    text = TEST_FILE.read_text(encoding="utf-8")
    env = {}
    exec(PRELUDE.search(text).group(1), env)
    drift = []

    def record(match):
        expr, old = match.group(1), match.group(2)
        new = outcome(expr, env)
        assert ")py\"" not in new, expr
        if new != old:
            drift.append((expr, old, new))
        return '{R"py(%s)py", R"py(%s)py"}' % (expr, new)

    updated = CASE.sub(record, text)
    for expr, old, new in drift:
        print(f"{expr}\n  was: {old}\n  now: {new}")
    if check:
        sys.exit(1 if drift else 0)
    TEST_FILE.write_text(updated, encoding="utf-8")
    print(f"{len(CASE.findall(text))} cases, {len(drift)} updated")


if __name__ == "__main__":
    main()
