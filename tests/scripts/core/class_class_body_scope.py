# Class bodies execute top to bottom; names defined there become attributes; methods don't see class scope.
x = "global"
class C:
    x = "class"
    y = x + "!"
    print("in body:", x, y)
    def method(self):
        return x
    items = [i * 2 for i in range(3)]
print(C.y, C().method(), C.items)
