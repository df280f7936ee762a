# An uncaught AssertionError with a message, raised inside a function.
def withdraw(balance, amount):
    assert amount <= balance, f"insufficient funds: {balance} < {amount}"
    return balance - amount
print(withdraw(10, 3))
withdraw(10, 30)
