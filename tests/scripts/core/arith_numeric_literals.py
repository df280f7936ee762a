# Numeric literal forms: underscores, hex/octal/binary, exponents.
print(1_000_000, 0x_FF, 0o17, 0b1010_1010)
print(1e3, 1.5E-3, .5, 5., 1_0.0_1)
print(0xDEADBEEF, 0O777, 0B11)
print(123456789012345678901234567890)
print(0, 00, 0.0)
