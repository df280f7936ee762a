# continue inside an except* clause that leaves it is a SyntaxError.
for x in []:
    try:
        pass
    except* ValueError:
        continue
