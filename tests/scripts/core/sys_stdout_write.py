# sys.stdout.write returns the count and does not add newlines; stderr stays separate.
import sys
n = sys.stdout.write("abc")
sys.stdout.write("\n")
print(n)
sys.stderr.write("err line\n")
print("end")
