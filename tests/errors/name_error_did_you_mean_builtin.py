# NameError with the 3.11 traceback hint "Did you mean: 'print'?"
pritn("hello")
