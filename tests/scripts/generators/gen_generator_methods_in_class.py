# Generator methods in classes, including a generator __iter__ and classmethod generators.
class Deck:
    suits = "SH"
    def __init__(self, ranks):
        self.ranks = ranks
    def __iter__(self):
        for s in self.suits:
            for r in self.ranks:
                yield r + s
    @classmethod
    def suits_gen(cls):
        yield from cls.suits
d = Deck("AK")
print(list(d), list(Deck.suits_gen()), len(list(iter(d))))
