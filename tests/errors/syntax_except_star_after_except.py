# except* after plain except clauses on the same try: a SyntaxError at the except*.
try:
    pass
except ValueError:
    pass
except* TypeError:
    pass
