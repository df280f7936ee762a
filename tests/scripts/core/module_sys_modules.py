# Imported modules are cached in sys.modules; __main__ is the running script.
import sys
import _helper_mod
print("_helper_mod" in sys.modules, sys.modules["_helper_mod"] is _helper_mod)
print(__name__, sys.modules["__main__"].__name__)
