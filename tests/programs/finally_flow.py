# Control flow leaving finally blocks: return/break/continue in finally (with 3.14's SyntaxWarning via compile), and overrides.
src = '''
def returns_in_finally():
    try:
        raise ValueError("discarded")
    finally:
        return "finally wins"
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "broke out with " + str(i)
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise TypeError
            out.append(i)
        finally:
            continue
    return out
def return_overrides_return():
    try:
        return "try"
    finally:
        return "finally"
'''
namespace = {}
exec(compile(src, "<finally>", "exec"), namespace)
for name in ("returns_in_finally", "break_in_finally", "continue_in_finally", "return_overrides_return"):
    print(name, "->", namespace[name]())
def nested_finally_order():
    log = []
    try:
        try:
            try:
                log.append("body")
                return log
            finally:
                log.append("inner finally")
        finally:
            log.append("middle finally")
    finally:
        log.append("outer finally")
print(nested_finally_order())
def finally_modifies_returned_list():
    result = []
    try:
        return result
    finally:
        result.append("added in finally")
print(finally_modifies_returned_list())
def finally_rebinding_does_not_change_return():
    x = "original"
    try:
        return x
    finally:
        x = "rebound"
print(finally_rebinding_does_not_change_return())
def exception_in_finally_replaces():
    try:
        try:
            raise ValueError("first")
        finally:
            raise KeyError("second")
    except KeyError as e:
        return repr(e), repr(e.__context__)
print(exception_in_finally_replaces())
def loop_with_finally_counts():
    count = 0
    for i in range(5):
        try:
            if i % 2:
                continue
            if i == 4:
                break
        finally:
            count += 1
    return count, i
print(loop_with_finally_counts())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("finally pass", n)
print(while_finally())
def generator_finally():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
for v in generator_finally():
    print("value", v)
