# __new__ runs before __init__; __init__ is skipped when __new__ returns another type.
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            print("creating")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print("init")
a = Singleton()
b = Singleton()
print(a is b)
class Weird:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Weird())
