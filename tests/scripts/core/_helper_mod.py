# Helper module for the module_* cases (not a case itself: leading underscore).
print("_helper_mod executing, __name__ =", __name__)
GREETING = "hello from helper"
counter = 0
def double(x):
    return 2 * x
def bump():
    global counter
    counter += 1
    return counter
class Shape:
    def __init__(self, sides):
        self.sides = sides
    def __repr__(self):
        return f"Shape({self.sides})"
_private = "underscore"
if __name__ == "__main__":
    print("never printed when imported")
