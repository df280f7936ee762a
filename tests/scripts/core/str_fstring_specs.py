# f-string format specs: width, alignment, fill, precision, sign, grouping, types.
x = 3.14159
n = 1234567
print(f"[{x:.2f}] [{x:10.3f}] [{x:<10.1f}] [{x:^10.2f}] [{x:+.1e}]")
print(f"[{n:,}] [{n:_}] [{n:>12,}] [{n:012d}] [{-n:+d}]")
print(f"[{'ab':*^8}] [{'ab':>5}] [{'ab':<5}] [{'abcdef':.3}]")
print(f"[{255:x}] [{255:X}] [{255:#x}] [{255:o}] [{255:#b}] [{255:08b}]")
print(f"[{0.5:%}] [{0.125:.1%}] [{1e10:g}] [{1234.5:g}] [{1e-7:g}]")
width, prec = 10, 3
print(f"[{x:{width}.{prec}f}]")
