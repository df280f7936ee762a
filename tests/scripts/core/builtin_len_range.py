# len on all builtin containers and range with start/stop/step.
print(len([1, 2]), len((1,)), len("héllo"), len({1: 2}), len({1, 2, 3}), len(range(0, 10, 3)), len(b"ab"))
print(list(range(5)), list(range(2, 5)), list(range(10, 0, -3)), list(range(0, -5, -1)))
print(sum(range(101)), len(range(10 ** 12)))
