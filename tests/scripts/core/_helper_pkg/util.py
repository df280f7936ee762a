# Helper submodule of _helper_pkg.
def shout(s):
    return s.upper() + "!"
