# raise ... from sets __cause__ and __suppress_context__; from None hides the context.
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("converted") from e
except ValueError as err:
    print(repr(err), repr(err.__cause__), err.__suppress_context__, err.__context__ is err.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("hidden") from None
except RuntimeError as err:
    print(err.__cause__, err.__suppress_context__, type(err.__context__).__name__)
