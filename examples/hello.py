# hello.py: the smallest pyco program.  Run: scripts/run examples/hello.py [NAME]
import sys

name = sys.argv[1] if len(sys.argv) > 1 else "world"
print(f"Hello, {name}!")
