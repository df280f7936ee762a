# Memory: what one suspended small generator costs, all included (object,
# frame, collector header, allocator overhead): the growth of the resident set
# while one million of them are created and started, divided by the count.
# The list that holds them is allocated before the first measurement. The
# figure goes to stderr as a "bench-note:" line (scripts/bench shows it in the
# note column); stdout is the same under every interpreter.
import sys


def g():
    x = yield 1
    return x


def resident_bytes():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


N = 1_000_000
gens = [None] * N
before = resident_bytes()
started = 0
for i in range(N):
    gen = g()
    started += next(gen)
    gens[i] = gen
after = resident_bytes()
print(started, sum(1 for gen in gens if gen.gi_suspended))
print(f"bench-note: {(after - before) / N:.0f} bytes per suspended generator", file=sys.stderr)
