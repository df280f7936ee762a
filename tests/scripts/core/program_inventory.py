# A program mixing closures, inheritance, chained exceptions, comprehensions, f-strings, big ints, dict/list/str methods and a local module import.
import _helper_mod
class InventoryError(Exception):
    pass
class OutOfStock(InventoryError):
    def __init__(self, item, wanted, have):
        super().__init__(f"{item}: wanted {wanted}, have {have}")
        self.item = item
class Item:
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.qty})"
class Perishable(Item):
    def __init__(self, name, price, qty, days):
        super().__init__(name, price, qty)
        self.days = days
    def value(self):
        base = super().value()
        return base // 2 if self.days < 3 else base
def make_ledger():
    log = []
    def record(event, **details):
        log.append(f"{event}: " + ", ".join(f"{k}={v}" for k, v in sorted(details.items())))
        return len(log)
    return record, log
record, log = make_ledger()
stock = {i.name: i for i in [Item("bolt", 3, 1000), Perishable("milk", 2, 40, 2), Item("gear", 250, 7)]}
def take(name, n):
    item = stock[name]
    if item.qty < n:
        raise OutOfStock(name, n, item.qty)
    item.qty -= n
    record("take", item=name, n=n)
for name, n in [("bolt", 10), ("gear", 9), ("milk", 5), ("nail", 1)]:
    try:
        try:
            take(name, n)
        except KeyError as e:
            raise InventoryError(f"unknown item {name!r}") from e
    except OutOfStock as e:
        record("short", item=e.item)
        print("short:", e)
    except InventoryError as e:
        print("error:", e, "| cause:", repr(e.__cause__))
print(sorted(stock.values(), key=lambda i: i.value(), reverse=True))
print({n: i.value() for n, i in stock.items()})
print("\n".join(log))
total = sum(i.value() for i in stock.values())
print(f"total={total:,} squared={total ** 2} big={_helper_mod.double(total) ** 8}")
print(" | ".join(w.capitalize() for w in "the end of the report".split()).center(40, "~"))
