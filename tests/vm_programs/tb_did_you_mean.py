class Account:
    def deposit(self, x): pass
try:
    Account().depositt(1)
except AttributeError as e:
    print(e)
def f():
    lenght = 3
    return lenght + lengt
f()
