# Dicts of every index width (1-byte slots up to 128, 2-byte up to 32768,
# 4-byte beyond): insertion order, lookups, deletion and re-insertion, and
# rebuilds across each boundary.

def check(n):
    d = {}
    for i in range(n):
        d[i * 7919 % (n + 13)] = i
    keys = list(d)
    assert len(d) == n, (len(d), n)
    assert all(d[k] == v for k, v in zip(keys, d.values()))
    # Delete every third key, look everything up, put some back.
    for k in keys[::3]:
        del d[k]
    missing = sum(1 for k in keys if k not in d)
    for k in keys[::6]:
        d[k] = "back"
    order_ok = list(d)[-len(keys[::6]):] == keys[::6]
    # str keys too (hash collisions in the low bits are likely at these sizes).
    s = {str(i): i for i in range(n)}
    s_ok = all(s[str(i)] == i for i in range(0, n, max(1, n // 97)))
    for i in range(0, n, 2):
        del s[str(i)]
    s_ok = s_ok and len(s) == n // 2 and list(s)[:1] == (["1"] if n > 1 else [])
    # popitem drains from the end.
    last = []
    for _ in range(min(5, len(d))):
        last.append(d.popitem()[0])
    print(n, len(d), missing, order_ok, s_ok, last == list(reversed(keys[::6]))[:len(last)])

for n in (0, 1, 5, 6, 85, 86, 127, 128, 129, 171, 172, 5461, 5462, 21845, 21846, 70000):
    check(n)

# A dict that grows one key at a time through every width, then shrinks.
d = {}
for i in range(40000):
    d["k%d" % i] = i
    if i in (4, 5, 84, 85, 86, 170, 171, 21844, 21845, 21846):
        assert d["k0"] == 0 and d["k%d" % i] == i
print(len(d), d["k39999"], list(d)[:3], list(d)[-2:])
for i in range(39990):
    del d["k%d" % i]
print(d)
d.clear()
d["again"] = 1
print(d, d.copy(), dict(d, more=2))
