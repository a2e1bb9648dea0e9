# Uncaught error deep in a call chain through methods, lambdas, comprehensions and a generator.
class Calculator:
    def __init__(self, values):
        self.values = values
    def ratios(self):
        return [self.ratio(i) for i in range(len(self.values))]
    def ratio(self, i):
        compute = lambda a, b: a / b
        return compute(self.values[0], self.values[i])
def driver():
    calc = Calculator([10, 5, 2, 0, 1])
    print("first ratios", [Calculator([10, 5]).ratio(i) for i in range(2)])
    gen = (r for r in calc.ratios())
    return list(gen)
print("starting")
driver()
