# list.sort with key/reverse is stable; reverse(); sorted() returns a new list.
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
pairs.sort(key=lambda p: p[0])
print(pairs)
nums = [5, 2, 8, 1]
nums.reverse()
print(nums, sorted(nums, reverse=True), nums)
print(sorted((3, 1, 2)), sorted({3: "x", 1: "y"}), sorted("cba"))
