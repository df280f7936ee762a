# finally runs on return/break/continue; a return in finally overrides and swallows.
def f():
    try:
        return "try"
    finally:
        print("finally runs before return")
def g():
    try:
        return "try"
    finally:
        return "finally wins"
def h():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"
print(f(), g(), h())
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
