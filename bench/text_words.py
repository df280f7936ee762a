# String and dict work, no generators: build lines of words, split them,
# count words in a dict, format a report with f-strings and %, join and sort.
# (Our own program: the reference set has none of this kind.)
WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
         "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi"]


def make_lines(n):
    lines = []
    for i in range(n):
        a = WORDS[i % 16]
        b = WORDS[(i * 7) % 16]
        c = WORDS[(i * 13 + 5) % 16]
        lines.append(f"{a} {b} {c} item{i % 97} {a.upper()}")
    return lines


def count(lines):
    counts = {}
    for line in lines:
        for word in line.split():
            key = word.lower()
            counts[key] = counts.get(key, 0) + 1
    return counts


def report(counts):
    rows = []
    for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        rows.append("%-10s %6d" % (word, n))
    text = "\n".join(rows)
    return len(text), text.count("a"), rows[0], rows[-1]


total = 0
for round_ in range(6):
    lines = make_lines(40_000)
    counts = count(lines)
    size, a_count, first, last = report(counts)
    total += size + a_count + len(counts)
print(total, first, last)
