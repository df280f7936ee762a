# SystemExit unwinds like an exception: finally blocks run, and it can be caught.
import sys
try:
    sys.exit(4)
except SystemExit as e:
    print("caught SystemExit", e.code, e.args)
try:
    print("in try")
    raise SystemExit(2)
finally:
    print("finally before exit")
