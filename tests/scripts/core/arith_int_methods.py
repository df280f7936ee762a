# int methods and helpers: bit_length, to_bytes-free conversions, hex/oct/bin.
print((255).bit_length(), (0).bit_length(), (-256).bit_length(), (2 ** 100).bit_length())
print(hex(255), hex(-255), oct(8), bin(5), bin(-5))
print(hex(2 ** 70))
print((7).real, (7).imag, (3).conjugate())
print(int.from_bytes(b"\x01\x00", "big"), (1024).to_bytes(2, "little"))
print((10).__add__(5), (10).__sub__(3))
