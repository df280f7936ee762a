#!/usr/bin/env python3
"""Records the expected results of the parser unit tests from CPython.

Inputs (hand-written sources only, never expected output):
  ast_cases.txt    blocks "### name" followed by the program text
  error_cases.txt  lines "name: <python string literal>" with invalid programs

Outputs (read by tests/unit/parser_test.cpp):
  ast_expected.txt    ast.dump(indent=2) with and without attributes
  error_expected.txt  exception type, message, position, codeop incompleteness

Each record is a sequence of length-prefixed fields:
  @@@ <field> <byte length>\\n<bytes>\\n
Run with python3 == CPython 3.11 (the oracle):
  python3 tests/unit/parser_cases/record.py
"""
import ast
import codeop
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def field(name, text):
    data = text.encode()
    return b"@@@ %s %d\n" % (name.encode(), len(data)) + data + b"\n"


def read_ast_cases():
    cases, name, lines = [], None, []
    with open(os.path.join(HERE, "ast_cases.txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("### "):
                if name:
                    cases.append((name, "".join(lines)))
                name, lines = line[4:].strip(), []
            elif name:
                lines.append(line)
    if name:
        cases.append((name, "".join(lines)))
    return cases


def read_error_cases():
    cases = []
    with open(os.path.join(HERE, "error_cases.txt"), encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            name, literal = line.split(":", 1)
            cases.append((name.strip(), ast.literal_eval(literal.strip())))
    return cases


def record_ast(out):
    for name, source in read_ast_cases():
        tree = ast.parse(source)
        out.write(field("case", name))
        out.write(field("source", source))
        out.write(field("dump", ast.dump(tree, indent=2)))
        out.write(field("locations", ast.dump(tree, indent=2, include_attributes=True)))


def is_incomplete(source):
    try:
        return codeop.compile_command(source, "<input>", "exec") is None
    except (SyntaxError, ValueError, OverflowError):
        return False


def record_errors(out):
    for name, source in read_error_cases():
        try:
            compile(source, "<input>", "exec")
        except SyntaxError as e:
            # pyco's SyntaxErrorInfo is 0-based; CPython's unknown end
            # positions (<= 0) become -1.
            end_col = e.end_offset - 1 if e.end_offset and e.end_offset > 0 else -1
            end_line = e.end_lineno if end_col >= 0 else -1
            position = "%d %d %d %d %d" % (e.lineno, e.offset - 1, end_line, end_col, is_incomplete(source))
            out.write(field("case", name))
            out.write(field("source", source))
            out.write(field("type", type(e).__name__))
            out.write(field("message", e.msg))
            out.write(field("position", position))
        else:
            sys.exit("error case %r compiles without error" % name)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("record.py must run on CPython 3.11")
    with open(os.path.join(HERE, "ast_expected.txt"), "wb") as out:
        record_ast(out)
    with open(os.path.join(HERE, "error_expected.txt"), "wb") as out:
        record_errors(out)


if __name__ == "__main__":
    main()
