# from-import binds names; rebinding them does not change the module.
from _helper_mod import double, GREETING as G, Shape
import _helper_mod
print(double(5), G, Shape(4))
G = "changed locally"
print(_helper_mod.GREETING)
from _helper_mod import *
print(counter, "_private" in dir())
