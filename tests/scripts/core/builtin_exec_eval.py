# eval and exec on strings with explicit namespace dicts.
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}))
ns = {}
exec("def f(a):\n    return a + 1\ny = f(1)", ns)
print(ns["y"], ns["f"](10))
