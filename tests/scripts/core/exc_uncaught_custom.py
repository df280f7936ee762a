# An uncaught custom exception: the last stderr line is "module-free" ClassName: message.
class BadThing(Exception):
    pass
def go():
    raise BadThing("it broke", 7)
print("start")
go()
