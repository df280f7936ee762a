# Returning tuples, implicit None return, early returns.
def minmax(xs):
    return min(xs), max(xs)
def nothing():
    x = 1
def early(n):
    if n:
        return "early"
    print("fell through")
lo, hi = minmax([4, 2, 9])
print(lo, hi, nothing(), early(1), early(0))
