# pass and ... as placeholder statements in functions, classes and loops.
def todo():
    pass
def later():
    ...
class Empty:
    pass
for _ in range(2):
    pass
print(todo(), later(), Empty.__name__)
