# A failing assert with a message, uncaught: exit 1 and "AssertionError: message".
def check(v):
    assert v > 0, f"value must be positive: {v}"
    return v
print(check(3))
check(-2)
