# sys.exit with a string after output: message on stderr, exit status 1, no traceback.
import sys
print("working")
sys.exit("stopped: bad input")
