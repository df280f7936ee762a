# format() and f-strings call __format__ of user classes.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        s = f"{self.cents // 100}.{self.cents % 100:02d}"
        return f"${s:>{spec}}" if spec else f"${s}"
m = Money(12345)
print(f"{m}", f"[{m:10}]", format(m), "{}".format(m))
