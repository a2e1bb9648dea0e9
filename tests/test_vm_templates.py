"""t-strings: string.templatelib.Template and Interpolation (templateobject.c,
interpolationobject.c, BUILD_TEMPLATE/BUILD_INTERPOLATION), differentially against python3.14."""
from pathlib import Path

import pytest

from vm_features import assert_runs_like_python314

SNIPPETS = {
    "conversions_and_specs": """
v = "é\\n"
for t in (t"{v!s}", t"{v!r:10}", t"{v!a}", t"{v=}", t"{v=!s:^9}", t"{'{'}{v}"):
    print(repr(t))
""",
    "host_worded_errors": """
x = 1
tt = t"{x}"
for bad in (lambda: tt[0], lambda: len(tt), lambda: tt < tt, lambda: -tt):
    try:
        bad()
    except TypeError as e:
        print(e)
try:
    tt.missing
except AttributeError as e:
    print(e)
raise SystemExit(t"{x}".strings)
""",
    "iteration_skips_empty_strings": """
a = b = 2
print(list(t"{a}{b}"), list(t"-{a}-"), len(t"{a}{b}".strings))
""",
}


def test_templates_program(tmp_path):
    assert_runs_like_python314(tmp_path, Path("templates.py"))


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_template_snippet(name, tmp_path):
    assert_runs_like_python314(tmp_path, SNIPPETS[name])
