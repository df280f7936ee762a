# A plain except after except* clauses on the same try: a SyntaxError at the except.
try:
    pass
except* TypeError:
    pass
except ValueError as e:
    pass
