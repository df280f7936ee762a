# A syntax error late in the file: the whole file is compiled first, so nothing is printed.
print("this line never runs")
def ok():
    return 1
x = ok(
y = 2
