# args: one "two words" 3 --flag=x
# sys.argv holds the script path as given on the command line, then the arguments.
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[1:])
