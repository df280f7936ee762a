# The global statement rebinds module-level names from inside functions.
counter = 0
def bump():
    global counter
    counter += 1
def define():
    global created
    created = "made in function"
bump(); bump()
define()
print(counter, created)
x = "module"
def shadow():
    x = "local"
    return x
print(shadow(), x)
