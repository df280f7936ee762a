# while/else: else runs when the loop ends normally, not after break.
i = 0
while i < 3:
    print("loop", i)
    i += 1
else:
    print("else ran, i =", i)
while True:
    i -= 1
    if i == 1:
        break
else:
    print("not printed")
print("after break, i =", i)
n = 0
while n < 0:
    pass
else:
    print("else runs even with zero iterations")
