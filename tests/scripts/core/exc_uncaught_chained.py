# An uncaught chained exception (raise from): stdout first, exit 1, last line is the outer error.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"bad input {s!r}") from e
print(parse("12"))
print(parse("x"))
