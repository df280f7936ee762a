# NameError hint suggesting a similar local variable inside a function.
def area(width, height):
    result = width * hieght
    return result
print(area(2, 3))
