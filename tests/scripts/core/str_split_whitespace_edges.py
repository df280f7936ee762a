# str.split() / split(None, n) on whitespace: every ASCII whitespace
# character Python knows (\t-\r, \x1c-\x1f, space), non-ASCII text, maxsplit,
# and the str itself coming back when there is nothing to cut.
cases = ["", " ", "a", "abc", " abc ", "a b", "  a  b  ",
         "a\tb\nc\x0bd\x0ce\rf\x1cg\x1dh\x1ei\x1fj k", "a\x85b\xa0c\u2003d", "x y z", "\x1f", "é è"]
for text in cases:
    for n in (-1, 0, 1, 2):
        print(repr(text), n, text.split(None, n), text.split(maxsplit=n), text.rsplit(None, n))
word = "nospace"
print(word.split()[0] is word, word.split(None, 0)[0] is word)
padded = " padded "
print(padded.split()[0] is padded, padded.split(None, 0))


class Text(str):
    pass


sub = Text("word")
print(type(sub.split()[0]).__name__, sub.split()[0] is sub)
# f-strings join their pieces: sizes, ASCII-ness and the shared small strings
print(f"{1}{'a'}", repr(f""), repr(f"{''}"), f"{'x'}" == "x", f"é{1}", len(f"é{'ü'}x"))
mixed = f"{'a'}{'é'}"
print(mixed, len(mixed), mixed.isascii(), f"{'a'}{'b'}".isascii(), mixed.upper(), f"{'AbC'}".lower())
