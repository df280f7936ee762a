# Escape sequences in literals, raw strings, implicit concatenation, triple quotes.
print("a\tb|", "line1\nline2")
print(r"raw\n\t", len(r"\n"), len("\n"))
print("\x41\u00e9\N{GREEK SMALL LETTER ALPHA}\101")
print("implicit " "concatenation " 'works')
t = """triple
  quoted
string"""
print(t)
print('''single's''', "\\")
