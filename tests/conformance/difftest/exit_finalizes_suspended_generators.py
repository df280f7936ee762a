# difftest seed 1 program 99: at exit, suspended generators still referenced from module globals (here through a list) are closed: their finally blocks run
def gen(name):
    try:
        yield name
    finally:
        print("finally of", name)

def main():
    g = gen("in a list")
    next(g)
    holder.append(g)

holder = []
main()
direct = gen("in a global")
next(direct)
print("end of the program")
