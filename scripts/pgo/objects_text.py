# PGO training: classes, attributes, slots, dunders, exceptions, strings and dicts.
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def __eq__(self, other):
        return self.x == other.x and self.y == other.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

class Account:
    count = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.count += 1
    @property
    def rich(self):
        return self.balance > 1000
    def deposit(self, amount):
        if amount < 0:
            raise ValueError("negative")
        self.balance += amount
        return self

class Savings(Account):
    def deposit(self, amount):
        return super().deposit(amount * 2)

acc = Vec(0, 0)
for i in range(100_000):
    acc = acc + Vec(i, -i)
print(acc.x, acc.y, len({Vec(i % 100, 0) for i in range(50_000)}), sorted([Vec(3, 1), Vec(1, 2)])[0].x)
accounts = [Savings(f"o{i}") if i % 3 else Account(f"o{i}", i) for i in range(30_000)]
errors = 0
for i, a in enumerate(accounts):
    try:
        a.deposit(i - 5)
    except ValueError:
        errors += 1
print(errors, sum(a.rich for a in accounts), Account.count)
words = ("the quick brown fox jumps over the lazy dog " * 20_000).split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
lines = []
for i in range(60_000):
    lines.append(f"{i:>6}|{i * 0.5:.2f}|{'x' * (i % 7)}")
text = "\n".join(lines)
print(len(text), text.count("x"), text[:20].upper(), "%d-%s-%5.1f" % (7, "a", 2.25))
table = {str(i): i for i in range(50_000)}
print(sum(table[k] for k in table if k.endswith("7")), "42" in table, table.pop("1"))
print(repr([1, "a", (2.5, None), {"k": [True]}]), str(b"bytes" + bytes(3)), int("123") + float("1.5"))
