# With no arguments sys.argv has just the script path.
import sys
print(sys.argv, sys.argv[0].endswith("sys_argv_none.py"))
