# break and continue in nested loops affect only the innermost loop.
for i in range(4):
    if i == 1:
        continue
    for j in range(4):
        if j == 2:
            break
        if j == 0:
            continue
        print(i, j)
out = []
k = 0
while k < 10:
    k += 1
    if k % 2:
        continue
    if k > 8:
        break
    out.append(k)
print(out)
