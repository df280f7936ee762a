# An exception raised while a class body executes: the frame is named after the class.
class Settings:
    debug = True
    level = int("high")
