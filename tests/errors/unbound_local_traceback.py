# UnboundLocalError traceback (3.11 message: "cannot access local variable ... where it is not associated with a value").
count = 0
def increment():
    count += 1
increment()
