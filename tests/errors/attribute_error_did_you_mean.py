# AttributeError with the 3.11 hint "Did you mean: 'value'?"
class Box:
    def __init__(self):
        self.value = 1
b = Box()
print(b.vaule)
