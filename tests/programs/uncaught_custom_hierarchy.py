# An uncaught custom exception from a hierarchy, with extra attributes and a repr-style args display.
class AppError(Exception):
    pass
class DatabaseError(AppError):
    def __init__(self, table, code):
        super().__init__(table, code)
        self.table = table
        self.code = code
class TimeoutError_(DatabaseError):
    pass
def query(table):
    if table == "users":
        return ["ann", "bob"]
    raise TimeoutError_(table, 504)
try:
    query("orders")
except AppError as e:
    print("caught", type(e).__name__, e.table, e.code, e.args, [c.__name__ for c in type(e).__mro__[:4]])
print(query("users"))
query("payments")
