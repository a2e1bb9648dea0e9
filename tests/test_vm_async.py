"""Async generators and async iteration (genobject.c's async_generator, asend/athrow/aclose,
GET_AITER/GET_ANEXT/END_ASYNC_FOR, aiter/anext), differentially against python3.14."""
from pathlib import Path

import pytest

from vm_features import assert_runs_like_python314

SNIPPETS = {
    "uncaught_in_async_for": """
async def agen():
    yield 1
    raise KeyError("from agen")
async def main():
    async for x in agen():
        print(x)
main().send(None)
""",
    "stop_async_iteration_in_body": """
async def agen():
    yield 1
    raise StopAsyncIteration
g = agen()
g.__anext__().send(None)
""",
    "not_async_iterable": """
async def main():
    async for x in 5:
        pass
main().send(None)
""",
    "reentrant_asend": """
class Suspend:
    def __await__(self):
        yield "s"
async def agen():
    await Suspend()
    yield 1
g = agen()
first = g.asend(None)
print(first.send(None))
second = g.asend(None)
try:
    second.send(None)
except RuntimeError as e:
    print(e)
print(g.ag_running, type(g.ag_await).__name__)
""",
}


@pytest.mark.parametrize("program", ["async_generators.py", "async_awaitables.py"])
def test_async_program(program, tmp_path):
    assert_runs_like_python314(tmp_path, Path(program))


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_async_snippet(name, tmp_path):
    assert_runs_like_python314(tmp_path, SNIPPETS[name])
