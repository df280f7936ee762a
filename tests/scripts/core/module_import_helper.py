# import of a helper module next to the script: runs once, attributes, module globals.
import _helper_mod
import _helper_mod as again
print(_helper_mod.GREETING, _helper_mod.double(21), _helper_mod is again)
print(_helper_mod.bump(), _helper_mod.bump(), _helper_mod.counter)
print(_helper_mod.Shape(3), _helper_mod.__name__, type(_helper_mod).__name__)
