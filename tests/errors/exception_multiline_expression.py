# A failing call inside a multi-line expression: the traceback shows the right source line.
data = {"a": [1, 2], "b": None}
total = (
    len(data["a"])
    + len(data["b"])
)
