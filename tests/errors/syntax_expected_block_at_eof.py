# IndentationError: a function header at the end of the file with no body.
def f():
