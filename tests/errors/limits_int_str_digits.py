# int() of a 5,000-digit string: the 3.11 int/str conversion limit (ValueError).
x = int('1' * 5000)
