# try/except inside a loop with continue and break inside handlers.
results = []
for s in ["1", "x", "3", "stop", "5"]:
    try:
        if s == "stop":
            break
        results.append(int(s))
    except ValueError:
        results.append(None)
        continue
    finally:
        results.append("|")
print(results)
