# Helper module for exception_in_imported_module (not a case).
def parse(s):
    return int(s)
