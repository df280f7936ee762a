# List +, *, in, ==, <, len, nested lists and aliasing.
a = [1, 2]
b = a
b += [3]
print(a, a is b, a + [4], [0] * 3, 2 in a, 5 not in a)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid, len(grid))
alias = [[0]] * 2
alias[0][0] = 7
print(alias)
