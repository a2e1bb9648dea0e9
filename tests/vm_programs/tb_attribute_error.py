class A:
    def method(self):
        return self.helper()
obj = A()
obj.method()
