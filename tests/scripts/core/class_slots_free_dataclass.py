# A hand-written record class with __eq__, __repr__ and ordering via tuples.
class Card:
    RANKS = "23456789TJQKA"
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def key(self):
        return (Card.RANKS.index(self.rank), self.suit)
    def __lt__(self, other):
        return self.key() < other.key()
    def __eq__(self, other):
        return self.key() == other.key()
    def __repr__(self):
        return f"{self.rank}{self.suit}"
hand = [Card("K", "h"), Card("2", "s"), Card("A", "d"), Card("T", "c"), Card("2", "c")]
print(sorted(hand), max(hand), Card("2", "s") == Card("2", "s"))
