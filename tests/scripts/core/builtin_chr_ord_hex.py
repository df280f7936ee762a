# chr, ord, hex, oct, bin, including negatives and errors.
print(chr(65), chr(0x263A), ord("a"), ord("\n"), hex(0), hex(-1), oct(-8), bin(0), bin(2 ** 10))
print(int(hex(12345), 16), int(bin(77), 2), int(oct(99), 8))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
