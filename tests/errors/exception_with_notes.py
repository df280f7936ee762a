# 3.11 exception notes: add_note() lines are printed after the exception line.
def check(x):
    try:
        raise ValueError(f"bad value {x}")
    except ValueError as e:
        e.add_note("while checking the input")
        e.add_note("hint: use a positive number")
        raise
check(-1)
