# RecursionError traceback with the "[Previous line repeated N more times]" summary.
def down(n):
    return down(n + 1)
down(0)
