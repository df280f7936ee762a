# Importing a package next to the script: __init__ runs, relative import of a submodule.
import _helper_pkg
from _helper_pkg.util import shout
print(_helper_pkg.NAME, _helper_pkg.util.shout("hi"), shout("yo"))
