# At exit, garbage cycles are collected while module globals are still set
# (CPython's finalize_modules collects before clearing modules): a __del__ in
# a cycle still sees the globals; objects kept by globals are finalized after.
GREETING = "globals still set"

class InCycle:
    def __del__(self):
        print("cycle member finalized:", GREETING)

class Global:
    def __del__(self):
        print("global finalized")

def make_cycle():
    a = InCycle()
    a.me = a

make_cycle()
kept = Global()
print("end of the program")
