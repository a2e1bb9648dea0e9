# Carets suppressed when they would cover the whole line (a plain call statement), shown for
# part of a line, and for an attribute chain.
class Thing:
    @property
    def broken(self):
        return self.missing_attribute


def call_it():
    Thing().broken


def wrapper():
    call_it()


wrapper()
