# Single inheritance: overriding, extending with super(), isinstance/issubclass.
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} says {self.speak()}"
class Cat(Animal):
    def speak(self):
        return "meow"
class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def speak(self):
        return super().speak().upper()
for a in (Animal("thing"), Cat("tom"), Lion("leo", 5)):
    print(a.describe())
l = Lion("x", 1)
print(isinstance(l, Cat), isinstance(l, Animal), issubclass(Lion, Animal), issubclass(Animal, Cat))
print(l.pride, [c.__name__ for c in Lion.__mro__])
