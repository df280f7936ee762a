# return from inside nested loops exits the function at once.
def find(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
g = [[1, 2], [3, 4], [5, 6]]
print(find(g, 4), find(g, 7), find(g, 1))
