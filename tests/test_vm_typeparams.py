"""PEP 695 type parameters: TypeVar/ParamSpec/TypeVarTuple/TypeAliasType/Generic and the
intrinsics building them (typevarobject.c, intrinsics.c), differentially against python3.14."""
from pathlib import Path

import pytest

from vm_features import assert_runs_like_python314

SNIPPETS = {
    "lazy_bound_error_traceback": """
def f[T: Undefined]():
    pass
print("defined")
f.__type_params__[0].__bound__
""",
    "alias_value_evaluated_once": """
calls = []
def value():
    calls.append(1)
    return int
type A = value()
print(calls, A.__value__, A.__value__, calls)
""",
    "generic_subscript_errors": """
class C[T]:
    pass
try:
    C.__mro__[1][int]
except TypeError as e:
    print(e)
print(C[int], C[int].__origin__, C[int].__args__, C[C[int]])
""",
    "type_params_of_classes": """
class C[T]: pass
class D(C[int]): pass
class E: pass
print(C.__type_params__, D.__type_params__, E.__type_params__, int.__type_params__)
print(D.__orig_bases__, D.__mro__, [x for x in dir(C) if "type_params" in x])
""",
    "host_worded_errors": """
def f[T](): pass
T = f.__type_params__[0]
type A = int
for bad in (lambda: T + 1, lambda: T[0], lambda: len(T), lambda: 1 < T, lambda: A + 1):
    try:
        bad()
    except TypeError as e:
        print(e)
print(f.__type_params__[0].__default__, type(f.__type_params__[0].__default__))
""",
}


def test_type_params_program(tmp_path):
    assert_runs_like_python314(tmp_path, Path("type_params.py"))


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_type_params_snippet(name, tmp_path):
    assert_runs_like_python314(tmp_path, SNIPPETS[name])
