# assert raises AssertionError with the optional message; passing asserts do nothing.
assert 1 + 1 == 2
assert True, "never evaluated"
try:
    assert 1 > 2
except AssertionError as e:
    print("AssertionError args:", e.args)
try:
    x = 5
    assert x < 0, f"x must be negative, got {x}"
except AssertionError as e:
    print("AssertionError:", e)
