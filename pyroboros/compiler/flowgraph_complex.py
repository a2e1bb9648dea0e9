"""Complex arithmetic as CPython 3.14 does it, for the constant folder.

Mirrors the 3.14 Objects/complexobject.c operations that differ from older hosts: mixed-mode
arithmetic (a real operand is not turned into a complex with a +0.0 imaginary part, so signs
of zeros survive: 0.0 - 0j is -0j), and the C11 Annex G recovery of infinities in products and
quotients that would otherwise come out as nan+nanj. Left out: powers (folded by the host).
"""
from __future__ import annotations

import math
import operator

_INF = math.inf


def _real(value: object) -> float:
    """A real operand as a double (PyLong_AsDouble may overflow, which stops the fold)."""
    return float(value)


def _prod(a: float, b: float, c: float, d: float) -> complex:
    """_Py_c_prod: (a+bj)*(c+dj)."""
    ac, bd, ad, bc = a * c, b * d, a * d, b * c
    real, imag = ac - bd, ad + bc
    if math.isnan(real) and math.isnan(imag):
        recalc = False
        if math.isinf(a) or math.isinf(b):
            a = math.copysign(1.0 if math.isinf(a) else 0.0, a)
            b = math.copysign(1.0 if math.isinf(b) else 0.0, b)
            c = math.copysign(0.0, c) if math.isnan(c) else c
            d = math.copysign(0.0, d) if math.isnan(d) else d
            recalc = True
        if math.isinf(c) or math.isinf(d):
            c = math.copysign(1.0 if math.isinf(c) else 0.0, c)
            d = math.copysign(1.0 if math.isinf(d) else 0.0, d)
            a = math.copysign(0.0, a) if math.isnan(a) else a
            b = math.copysign(0.0, b) if math.isnan(b) else b
            recalc = True
        if not recalc and any(map(math.isinf, (ac, bd, ad, bc))):
            a, b, c, d = (math.copysign(0.0, x) if math.isnan(x) else x for x in (a, b, c, d))
            recalc = True
        if recalc:
            real = _INF * (a * c - b * d)
            imag = _INF * (a * d + b * c)
    return complex(real, imag)


def _quot(ar: float, ai: float, br: float, bi: float) -> complex:
    """_Py_c_quot: (ar+ai j)/(br+bi j), Smith's algorithm with Annex G recovery."""
    abs_br, abs_bi = abs(br), abs(bi)
    if abs_br >= abs_bi:
        if abs_br == 0.0:
            raise ZeroDivisionError("division by zero")
        ratio = bi / br
        denom = br + bi * ratio
        real = (ar + ai * ratio) / denom
        imag = (ai - ar * ratio) / denom
    elif abs_bi >= abs_br:
        ratio = br / bi
        denom = br * ratio + bi
        real = (ar * ratio + ai) / denom
        imag = (ai * ratio - ar) / denom
    else:
        real = imag = math.nan
    if math.isnan(real) and math.isnan(imag):
        if (math.isinf(ar) or math.isinf(ai)) and math.isfinite(br) and math.isfinite(bi):
            x = math.copysign(1.0 if math.isinf(ar) else 0.0, ar)
            y = math.copysign(1.0 if math.isinf(ai) else 0.0, ai)
            real = _INF * (x * br + y * bi)
            imag = _INF * (y * br - x * bi)
        elif (math.isinf(abs_br) or math.isinf(abs_bi)) and math.isfinite(ar) \
                and math.isfinite(ai):
            x = math.copysign(1.0 if math.isinf(br) else 0.0, br)
            y = math.copysign(1.0 if math.isinf(bi) else 0.0, bi)
            real = 0.0 * (ar * x + ai * y)
            imag = 0.0 * (ai * x - ar * y)
    return complex(real, imag)


def _rc_quot(a: float, br: float, bi: float) -> complex:
    """_Py_rc_quot: a real divided by a complex (no imaginary part in the numerator)."""
    abs_br, abs_bi = abs(br), abs(bi)
    if abs_br >= abs_bi:
        if abs_br == 0.0:
            raise ZeroDivisionError("division by zero")
        ratio = bi / br
        denom = br + bi * ratio
        real = a / denom
        imag = (-a * ratio) / denom
    elif abs_bi >= abs_br:
        ratio = br / bi
        denom = br * ratio + bi
        real = (a * ratio) / denom
        imag = (-a) / denom
    else:
        real = imag = math.nan
    if math.isnan(real) and math.isnan(imag):
        if math.isinf(a) and math.isfinite(br) and math.isfinite(bi):
            x = math.copysign(1.0, a)
            real = _INF * (x * br)
            imag = _INF * (-x * bi)
        elif (math.isinf(abs_br) or math.isinf(abs_bi)) and math.isfinite(a):
            x = math.copysign(1.0 if math.isinf(br) else 0.0, br)
            y = math.copysign(1.0 if math.isinf(bi) else 0.0, bi)
            real = 0.0 * (a * x)
            imag = 0.0 * (-a * y)
    return complex(real, imag)


def _parts(value: object) -> tuple[float, float | None]:
    """(real, imaginary) of a complex; (value, None) of a real operand."""
    if isinstance(value, complex):
        return value.real, value.imag
    return _real(value), None


def complex_binop(op: object, v: object, w: object) -> complex:
    """v op w where at least one operand is complex and the other is complex, int or float;
    `op` is one of operator.add, sub, mul, truediv."""
    a, b = _parts(v)
    c, d = _parts(w)
    if op is operator.add:
        if b is None:
            return complex(a + c, d)
        return complex(a + c, b if d is None else b + d)
    if op is operator.sub:
        if b is None:
            return complex(a - c, -d)
        return complex(a - c, b if d is None else b - d)
    if op is operator.mul:
        if b is None:
            return complex(a * c, a * d)
        if d is None:
            return complex(a * c, b * c)
        return _prod(a, b, c, d)
    if d is None:
        if c == 0.0:
            raise ZeroDivisionError("division by zero")
        return complex(a / c, b / c)
    if b is None:
        return _rc_quot(a, c, d)
    return _quot(a, b, c, d)


def is_complex_operation(v: object, w: object) -> bool:
    """Whether arithmetic on v and w is complex arithmetic that complex_binop does."""
    numbers = (int, float, complex)
    return (isinstance(v, numbers) and isinstance(w, numbers)
            and (type(v) is complex or type(w) is complex))
