# An object-oriented bank simulation: accounts, transactions, custom exceptions, class hierarchies and reports.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
        self.shortfall = amount - account.balance
class Account:
    next_id = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.id = Account.next_id
        Account.next_id += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def month_end(self):
        pass
    def __repr__(self):
        return f"{type(self).__name__}(#{self.id} {self.owner}: {self.balance})"
class Savings(Account):
    rate = 0.02
    def month_end(self):
        interest = round(self.balance * self.rate, 2)
        self.balance = round(self.balance + interest, 2)
        self.history.append(("interest", interest))
class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def withdraw(self, amount):
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def month_end(self):
        if self.balance < 0:
            self.balance -= 15
            self.history.append(("fee", 15))
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, kind, *args, **kwargs):
        acct = kind(*args, **kwargs)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except InsufficientFunds as e:
            print("transfer failed:", e, "| shortfall", e.shortfall)
            return False
        dst.deposit(amount)
        return True
    def total(self):
        return round(sum(a.balance for a in self.accounts.values()), 2)
bank = Bank()
alice = bank.open(Savings, "alice", 1000)
bob = bank.open(Checking, "bob", 50)
carol = bank.open(Checking, "carol", overdraft=0)
print(alice, bob, carol, bank.total())
print(bank.transfer(alice, bob, 200), bank.transfer(bob, carol, 300), bank.transfer(bob, carol, 340), bank.transfer(carol, alice, 1))
for month in range(3):
    for acct in bank.accounts.values():
        acct.month_end()
    print("month", month + 1, sorted(bank.accounts.values(), key=lambda a: a.balance), bank.total())
try:
    alice.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for acct in bank.accounts.values():
    kinds = {}
    for kind, amount in acct.history:
        kinds[kind] = round(kinds.get(kind, 0) + amount, 2)
    print(acct.owner, acct.history, kinds)
print(isinstance(bob, Account), Savings.__mro__[1].__name__, Account.next_id, [a.id for a in bank.accounts.values()])
