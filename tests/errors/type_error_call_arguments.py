# TypeError for a call with a missing argument, uncaught.
def connect(host, port):
    return f"{host}:{port}"
print(connect("a", 1))
connect("b")
