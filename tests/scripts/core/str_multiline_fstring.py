# f-strings spanning triple quotes and nested format calls.
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for name, price, qty in items:
    print(f"""{name:<8}|{price:>6.2f}|{qty:>4}|{price * qty:>7.2f}""")
total = sum(p * q for _, p, q in items)
print(f"{'TOTAL':<8}|{'':>6}|{'':>4}|{total:>7.2f}")
