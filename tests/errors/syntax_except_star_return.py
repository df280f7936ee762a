# return inside an except* clause is a SyntaxError (also break and continue).
def f():
    try:
        pass
    except* ValueError:
        return 1
