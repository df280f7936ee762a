# Dispatching on values with a dict of functions instead of if-chains.
def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
ops = {"+": add, "-": sub, "*": mul}
for expr in ["3 + 4", "10 - 7", "6 * 7"]:
    a, op, b = expr.split()
    print(expr, "=", ops[op](int(a), int(b)))
