# Custom exception classes with extra attributes and inheritance.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name, code=404):
        super().__init__(f"{name} not found")
        self.name = name
        self.code = code
try:
    raise NotFound("page")
except AppError as e:
    print(type(e).__name__, e, e.name, e.code, e.args)
class Plain(Exception):
    pass
e = Plain("a", 1)
print(e.args, str(e), repr(e), repr(Plain()), str(Plain()), str(Plain("one")))
