# An exception raised in a helper module function: the traceback shows the helper's relative path.
import _err_helper
print(_err_helper.parse("7"))
_err_helper.parse("seven")
