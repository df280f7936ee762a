# Round-robin interleaving of several generators, a scheduler built from next().
def worker(name, n):
    for i in range(n):
        yield f"{name}{i}"
def round_robin(*gens):
    queue = list(gens)
    while queue:
        g = queue.pop(0)
        try:
            yield next(g)
        except StopIteration:
            continue
        queue.append(g)
print(list(round_robin(worker("a", 3), worker("b", 1), worker("c", 2))))
