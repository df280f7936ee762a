# with calls __enter__/__exit__, binds the __enter__ result, and runs __exit__ on exit.
class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et)
        return False
with Ctx("a") as v:
    print("body", v)
with Ctx("x"), Ctx("y") as w:
    print("body2", w)
