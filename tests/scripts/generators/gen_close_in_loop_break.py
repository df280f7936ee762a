# Breaking out of a for loop over a generator leaves it suspended; close() then runs its finally.
def g():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator finalised")
gen = g()
for v in gen:
    if v == 2:
        break
print("broke at", v)
gen.close()
print("end")
