# raise ... from: both tracebacks joined by "The above exception was the direct cause of the following exception:".
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("could not load") from e
load("12x")
