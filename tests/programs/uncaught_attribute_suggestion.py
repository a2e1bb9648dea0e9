# Uncaught AttributeError with a "Did you mean" suggestion, after caught ones printed via str().
class Account:
    def __init__(self):
        self.balance = 100
        self.owner = "ann"
    def deposit(self, amount):
        self.balance += amount
acct = Account()
for name in ("balanse", "ownr", "deposti", "zzzzzz"):
    try:
        getattr(acct, name)
    except AttributeError as e:
        print("caught:", e)
acct.deposit(5)
print(acct.balance)
acct.depositt(10)
