# Using an object without __enter__/__exit__ in with raises TypeError (3.11 message).
class NoCtx:
    pass
try:
    with NoCtx():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
