"""repr() of str and builtin containers under 3.14's Unicode database (objects/value_repr.py),
differentially against python3.14: characters a 3.11 host escapes but 3.14 prints, and back."""
from vm_features import assert_runs_like_python314

PROGRAM = """
s = "a\\U0001fae8b\\u0378\\n'\\""
print(repr(s), repr([s, (s,), {s: {s}}, frozenset()]), f"{s!r}", "{}".format(repr(s)))
l = [s]; l.append(l); print(repr(l))
d = {}; d[s] = d; print(repr(d), repr(set()), repr((1,)), repr([frozenset([s])]))
print(repr("\\U0001fae8"), ascii("\\U0001fae8"), repr(1), repr(None), f"{'\\u1c89'!r:>5}")
print([s], (s, 1), {s: s}, 5, "x\\U0001fae8", sep="|")
import sys
print([s], {s}, file=sys.stderr)
"""


def test_value_repr(tmp_path):
    assert_runs_like_python314(tmp_path, PROGRAM)
