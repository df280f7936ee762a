# for/else used to search: else only when no break happened.
def find_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "divisible by", d)
            break
    else:
        print(n, "is prime")
for n in (7, 9, 13, 15):
    find_divisor(n)
for x in []:
    pass
else:
    print("empty loop else")
