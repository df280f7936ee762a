# Importing a missing module raises ModuleNotFoundError; a missing name raises ImportError.
try:
    import _no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from _helper_mod import does_not_exist
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
print(issubclass(ModuleNotFoundError, ImportError))
