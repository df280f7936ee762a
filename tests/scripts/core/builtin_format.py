# format() builtin with various specs, including the empty spec and errors.
print(format(12.5), format(12.5, ""), format(7, "03"), format(-7, "+05"), format(255, "#06x"))
print(format(1234.5678, ",.2f"), format(0.000012, ".2e"), format("left", "<8") + "|", format(True, "d"))
print(format(1e100, ".3g"), format(65, "c"), format(-0.0, ".1f"))
try:
    format(1, "q")
except ValueError as e:
    print("ValueError:", e)
