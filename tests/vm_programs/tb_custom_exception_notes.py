class MyError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
def check(v):
    if v > 2:
        e = MyError(f"too big: {v}", 7)
        e.add_note("a note")
        raise e
for i in range(5):
    print(i)
    check(i)
