"""Control flow through the exception table: nested try/except/finally/with with break,
continue and return crossing handlers, re-raises, exceptions raised in handlers and in
finally blocks, generators suspended inside handlers, and the handled-exception state."""


class Tracer:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"  enter {self.name}")
        return self

    def __exit__(self, typ, value, tb):
        print(f"  exit {self.name}: {typ.__name__ if typ else None}")
        return self.suppress


def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"finally {i}")
    return out

print(loop_with_finally())


def return_through_layers():
    try:
        with Tracer("outer"):
            try:
                with Tracer("inner"):
                    return "returned"
            finally:
                print("  inner finally")
    finally:
        print("  outer finally")

print(return_through_layers())


def exception_in_except():
    try:
        try:
            raise KeyError("first")
        except KeyError:
            raise ValueError("second")
    except ValueError as exc:
        return f"{exc!r} context={exc.__context__!r} suppress={exc.__suppress_context__}"

print(exception_in_except())


def exception_in_finally():
    try:
        try:
            raise KeyError("body")
        finally:
            raise ValueError("finally")
    except ValueError as exc:
        return f"{exc!r} context={exc.__context__!r}"

print(exception_in_finally())


def bare_raise_in_nested_handler():
    try:
        try:
            raise KeyError("outer")
        except KeyError:
            try:
                raise ValueError("inner")
            except ValueError:
                pass
            raise
    except KeyError as exc:
        return f"re-raised {exc!r}"

print(bare_raise_in_nested_handler())


def suppressed_by_with():
    with Tracer("suppressing", suppress=True):
        raise RuntimeError("swallowed")
    return "continued after with"

print(suppressed_by_with())


def with_in_loop():
    results = []
    for i in range(3):
        with Tracer(f"loop {i}", suppress=True):
            if i == 0:
                continue
            if i == 1:
                raise IndexError(i)
            break
        results.append(i)
    return results

print(with_in_loop())


def raise_from_variants():
    for cause in (None, KeyError("cause"), KeyError):
        try:
            try:
                raise IndexError("ctx")
            except IndexError:
                raise ValueError("v") from cause
        except ValueError as exc:
            print(" ", repr(exc.__cause__), repr(exc.__context__), exc.__suppress_context__)

raise_from_variants()


def bad_raise_from():
    try:
        raise ValueError from 5
    except TypeError as exc:
        return str(exc)

print(bad_raise_from())


def raise_non_exception():
    for obj in (5, "text", int, None):
        try:
            raise obj
        except TypeError as exc:
            print(" ", exc)

raise_non_exception()


def except_non_class():
    try:
        try:
            raise ValueError
        except 5:
            pass
    except TypeError as exc:
        return str(exc)

print(except_non_class())


def except_tuple_with_non_class():
    try:
        try:
            raise ValueError
        except (KeyError, "text"):
            pass
    except TypeError as exc:
        return str(exc)

print(except_tuple_with_non_class())


def except_star_non_class():
    try:
        try:
            raise ExceptionGroup("g", [ValueError()])
        except* 5:
            pass
    except TypeError as exc:
        return str(exc)

print(except_star_non_class())


def except_star_group_type():
    try:
        try:
            raise ExceptionGroup("g", [ValueError()])
        except* ExceptionGroup:
            pass
    except TypeError as exc:
        return str(exc)

print(except_star_group_type())


def gen_suspended_in_handler():
    try:
        raise KeyError("in generator")
    except KeyError as exc:
        yield repr(exc)
        yield "still handling"
    yield "after handler"

g = gen_suspended_in_handler()
print(next(g))
try:
    raise ValueError("caller")
except ValueError as exc:
    print(next(g), "| caller still handles", repr(exc))
print(next(g))


def deleted_name_after_except():
    try:
        raise KeyError
    except KeyError as err:
        pass
    try:
        return err
    except UnboundLocalError as exc:
        return str(exc)

print(deleted_name_after_except())


def finally_return_overrides():
    try:
        raise KeyError("lost")
    finally:
        return "finally wins"

print(finally_return_overrides())


def nested_loops_break_continue():
    out = []
    for i in range(3):
        for j in range(3):
            try:
                if j == 1:
                    continue
                if i == 2:
                    break
                out.append((i, j))
            finally:
                out.append("f")
        else:
            out.append("inner else")
    return out

print(nested_loops_break_continue())


def while_try_else():
    n = 0
    while n < 3:
        try:
            n += 1
            if n == 2:
                raise ValueError
        except ValueError:
            print("  handled at", n)
        else:
            print("  else at", n)
        finally:
            print("  finally at", n)
    return n

print(while_try_else())


def assert_flows():
    for value in (1, 0):
        try:
            assert value, f"value was {value}"
            print("  assert passed")
        except AssertionError as exc:
            print("  assert failed:", exc)

assert_flows()
