# PGO training: calls of every shape, loops and integer arithmetic.
def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z

def ack(m, n):
    while m:
        if n == 0:
            n = 1
        else:
            n = ack(m, n - 1)
        m -= 1
    return n + 1

def make_counter(step=1):
    count = 0
    def bump(times, *, scale=1):
        nonlocal count
        for _ in range(times):
            count += step * scale
        return count
    return bump

def varargs(*args, **kwargs):
    return len(args) + len(kwargs)

def collatz_steps(limit):
    longest = 0
    for start in range(1, limit):
        n, steps = start, 0
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            steps += 1
        if steps > longest:
            longest = steps
    return longest

def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return [k for k, f in enumerate(flags) if f]

print(tak(18, 12, 6))
print(ack(2, 300))
bump = make_counter(3)
print(bump(50_000), bump(50_000, scale=2))
print(sum(varargs(i, i, k=i) for i in range(50_000)))
print(collatz_steps(30_000))
print(len(sieve(200_000)))
big = 1
for i in range(1, 300):
    big *= i
print(big % 1_000_003, -7 // 2, 7 % -3, 2 ** 100 >> 90, abs(-5), min(3, 1, 2), max([4, 9, 2]))
print(sum(x * x for x in range(100_000) if x & 1), [i for i in range(10) if i % 3])
