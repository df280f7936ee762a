# An error raised while handling another: "During handling of the above exception, another exception occurred:".
def cleanup():
    raise OSError("cleanup failed")
try:
    {}["missing"]
except KeyError:
    cleanup()
