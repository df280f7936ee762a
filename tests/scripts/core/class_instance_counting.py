# Class-level state shared via the class object, and type(self) vs the class name.
class Base:
    created = []
    def __init__(self):
        Base.created.append(type(self).__name__)
class A(Base): pass
class B(Base): pass
for cls in (A, B, A, Base):
    cls()
print(Base.created, A.created is Base.created)
