# Several builtins composed: enumerate+zip+sorted+map+filter+sum+max.
names = ["carol", "alice", "bob"]
scores = [88, 95, 72]
ranked = sorted(zip(names, scores), key=lambda p: p[1], reverse=True)
for rank, (name, score) in enumerate(ranked, 1):
    print(f"{rank}. {name.title():<6} {score}")
print(sum(s for s in scores if s > 80), max(zip(scores, names))[1], list(map(len, names)))
