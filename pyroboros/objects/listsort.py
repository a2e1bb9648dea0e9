"""list.sort as CPython 3.14 runs it: the same comparisons, in the same order.

Mirrors Objects/listobject.c: list_sort_impl and its timsort (count_run as 3.13 rewrote it,
binarysort, gallop_left/gallop_right, merge_lo/merge_hi with the adaptive min_gallop, merge_at,
powersort's found_new_run/powerloop, merge_force_collapse, merge_compute_minrun), the pre-sort
check choosing unsafe_object_compare or unsafe_tuple_compare, the key array, the reverse-twice
trick that keeps a descending sort stable, the list looking empty while it is sorted, and what
the list holds after a comparison fails. When every key is an exact int, str, bytes or bool, or
a float that is not a NaN, all of one type (or tuples of such, one type per position), no
comparison can run guest code or fail and the order is total, so every stable sort gives the
same list: the host's much faster sort runs then. Left out: CPython also reports "list modified
during sort" for a change undone before the sort ends (an append then a pop); here the list must
be non-empty at the end.
"""
from __future__ import annotations

from typing import Any, Callable

from ..runtime.errors import raise_error, raise_type_error
from ..runtime.getargs import Signature
from .typeobject import type_of

MIN_GALLOP = 7
MAX_MINRUN = 64
_ORDERED = (int, str, bytes, bool, float)
_SIGNATURE = Signature("sort", ("key", "reverse"), (None, False), 0, 0)


def list_sort(self: list, /, *args: Any, **kwargs: Any) -> None:
    """Mirrors listobject.c: list_sort_impl, with its argument clinic (`*, key=None, reverse=False`)."""
    if not isinstance(self, list):
        raise_type_error(f"descriptor 'sort' for 'list' objects doesn't apply to a "
                         f"'{type_of(self).name}' object")
    keyfunc, reverse = _SIGNATURE.unpack(args, kwargs)
    reverse = bool(reverse)
    items = list.copy(self)
    # Guest code run by the key function or a comparison sees an empty list.
    list.clear(self)
    try:
        keys = items if keyfunc is None else [keyfunc(item) for item in items]
    except BaseException:
        _restore(self, items)
        raise
    values = None if keyfunc is None else items
    done = False
    try:
        if len(items) > 1:
            if reverse:
                keys.reverse()
                if values is not None:
                    values.reverse()
            if _totally_ordered(keys):
                _host_sort(keys, values)
            else:
                MergeState(keys, values).sort()
        done = True
    finally:
        modified = list.__len__(self) != 0
        if reverse and len(items) > 1:
            items.reverse()
        _restore(self, items)
    if done and modified:
        raise_error("ValueError", "list modified during sort")


def _restore(lst: list, items: list) -> None:
    list.clear(lst)
    list.extend(lst, items)


def _host_sort(keys: list, values: list | None) -> None:
    """A stable host sort of keys (and values in lockstep), for keys no comparison can observe."""
    if values is None:
        keys.sort()
        return
    order = sorted(range(len(keys)), key=keys.__getitem__)
    values[:] = [values[i] for i in order]


def _totally_ordered(keys: list) -> bool:
    """Whether the keys are of one plain type (or tuples of them, one type per position) with
    no NaN, so comparing them runs no guest code, cannot fail and is a total order."""
    kind = type(keys[0])
    if kind is tuple:
        return _tuples_totally_ordered(keys)
    if kind not in _ORDERED:
        return False
    if kind is float:
        return all(type(k) is float and k == k for k in keys)
    return all(type(k) is kind for k in keys)


def _tuples_totally_ordered(keys: list) -> bool:
    kinds: list[type] = []
    for key in keys:
        if type(key) is not tuple:
            return False
        for i, item in enumerate(key):
            kind = type(item)
            if i == len(kinds):
                if kind not in _ORDERED:
                    return False
                kinds.append(kind)
            elif kind is not kinds[i]:
                return False
            if kind is float and item != item:
                return False
    return True


# --- comparisons: the pre-sort check's choice -------------------------------------------------

def safe_object_compare(v: Any, w: Any) -> bool:
    """Mirrors listobject.c: safe_object_compare (PyObject_RichCompareBool(v, w, Py_LT))."""
    return bool(v < w)


def _unsafe_object_compare(key_type: type) -> Callable[[Any, Any], bool]:
    """Mirrors listobject.c: unsafe_object_compare: the keys' own richcompare slot called
    directly, falling back to a full comparison when it returns NotImplemented."""
    key_lt = key_type.__lt__

    def compare(v: Any, w: Any) -> bool:
        lt = type(v).__lt__
        if lt is not key_lt:
            return bool(v < w)
        result = lt(v, w)
        if result is NotImplemented:
            return bool(v < w)
        return result is True or (result is not False and bool(result))
    return compare


def _unsafe_tuple_compare(first_compare: Callable[[Any, Any], bool]) -> Callable[[Any, Any], bool]:
    """Mirrors listobject.c: unsafe_tuple_compare: the first differing items decide, the
    first position with the pre-sort check's comparison."""
    def compare(v: tuple, w: tuple) -> bool:
        for i in range(min(len(v), len(w))):
            x, y = v[i], w[i]
            if not (x is y or bool(x == y)):
                return first_compare(x, y) if i == 0 else bool(x < y)
        return len(v) < len(w)
    return compare


def choose_compare(keys: list) -> Callable[[Any, Any], bool]:
    """Mirrors the pre-sort check of list_sort_impl (its latin-1, bounded-int and float
    comparisons behave as unsafe_object_compare does on those types)."""
    first = keys[0]
    in_tuples = type(first) is tuple and len(first) > 0
    key_type = type(first[0] if in_tuples else first)
    same_type = True
    for key in keys:
        if in_tuples and not (type(key) is tuple and len(key) > 0):
            in_tuples = same_type = False
            break
        if type(key[0] if in_tuples else key) is not key_type:
            same_type = False
            if not in_tuples:
                break
    compare = _unsafe_object_compare(key_type) if same_type else safe_object_compare
    if in_tuples:
        return _unsafe_tuple_compare(safe_object_compare if key_type is tuple else compare)
    return compare


# --- timsort ----------------------------------------------------------------------------------

def merge_compute_minrun(n: int) -> int:
    """Mirrors listobject.c: merge_compute_minrun."""
    r = 0
    while n >= MAX_MINRUN:
        r |= n & 1
        n >>= 1
    return n + r


def powerloop(s1: int, n1: int, n2: int, n: int) -> int:
    """Mirrors listobject.c: powerloop: the depth of the boundary between two adjacent runs
    in powersort's conceptual merge tree."""
    result = 0
    a = 2 * s1 + n1
    b = a + n1 + n2
    while True:
        result += 1
        if a >= n:
            a -= n
            b -= n
        elif b >= n:
            return result
        a <<= 1
        b <<= 1


class MergeState:
    """Mirrors listobject.c: MergeState: the keys being sorted, the values moved in lockstep
    with them (None without a key function), and the stack of pending runs, each a list
    [start, length, power]."""

    def __init__(self, keys: list, values: list | None) -> None:
        self.keys = keys
        self.values = values
        self.lt = choose_compare(keys)
        self.min_gallop = MIN_GALLOP
        self.pending: list[list[int]] = []

    def sort(self) -> None:
        """The main loop of list_sort_impl: natural runs, extended to minrun, merged."""
        n = len(self.keys)
        minrun = merge_compute_minrun(n)
        lo = 0
        remaining = n
        while remaining:
            run = self.count_run(lo, remaining)
            if run < minrun:
                force = min(remaining, minrun)
                self.binarysort(lo, force, run)
                run = force
            self.found_new_run(run)
            self.pending.append([lo, run, 0])
            lo += run
            remaining -= run
        self.merge_force_collapse()

    def _reverse(self, lo: int, hi: int) -> None:
        """Mirrors listobject.c: sortslice_reverse of [lo, hi)."""
        self.keys[lo:hi] = self.keys[lo:hi][::-1]
        if self.values is not None:
            self.values[lo:hi] = self.values[lo:hi][::-1]

    def binarysort(self, lo: int, n: int, ok: int) -> None:
        """Mirrors listobject.c: binarysort of keys[lo:lo+n] whose first `ok` are sorted."""
        keys, values, lt = self.keys, self.values, self.lt
        for ok in range(max(ok, 1), n):
            pivot = keys[lo + ok]
            left, right = 0, ok
            while left < right:
                middle = (left + right) >> 1
                if lt(pivot, keys[lo + middle]):
                    right = middle
                else:
                    left = middle + 1
            keys[lo + left + 1:lo + ok + 1] = keys[lo + left:lo + ok]
            keys[lo + left] = pivot
            if values is not None:
                value = values[lo + ok]
                values[lo + left + 1:lo + ok + 1] = values[lo + left:lo + ok]
                values[lo + left] = value

    def count_run(self, lo: int, remaining: int) -> int:
        """Mirrors listobject.c: count_run (3.13's): the length of the run starting at lo,
        a descending one (with its all-equal stretches) reversed in place to ascending."""
        keys, lt = self.keys, self.lt
        n = 1
        while n < remaining and not lt(keys[lo + n], keys[lo + n - 1]):
            n += 1
        if n == remaining:
            return n
        if n > 1:
            if lt(keys[lo], keys[lo + n - 1]):
                return n
            self._reverse(lo, lo + n)
        n += 1
        equal = 0
        while n < remaining:
            if lt(keys[lo + n], keys[lo + n - 1]):
                if equal:
                    self._reverse(lo + n - equal - 1, lo + n)
                    equal = 0
            elif lt(keys[lo + n - 1], keys[lo + n]):
                break
            else:
                equal += 1
            n += 1
        if equal:
            self._reverse(lo + n - equal - 1, lo + n)
        self._reverse(lo, lo + n)
        while n < remaining and not lt(keys[lo + n], keys[lo + n - 1]):
            n += 1
        return n

    def gallop_left(self, key: Any, a: list, base: int, n: int, hint: int) -> int:
        """Mirrors listobject.c: gallop_left: k with a[k-1] < key <= a[k] in a[base:base+n]."""
        lt = self.lt
        lastofs, ofs = 0, 1
        if lt(a[base + hint], key):
            maxofs = n - hint
            while ofs < maxofs:
                if not lt(a[base + hint + ofs], key):
                    break
                lastofs = ofs
                ofs = (ofs << 1) + 1
            ofs = min(ofs, maxofs)
            lastofs += hint
            ofs += hint
        else:
            maxofs = hint + 1
            while ofs < maxofs:
                if lt(a[base + hint - ofs], key):
                    break
                lastofs = ofs
                ofs = (ofs << 1) + 1
            ofs = min(ofs, maxofs)
            lastofs, ofs = hint - ofs, hint - lastofs
        lastofs += 1
        while lastofs < ofs:
            m = lastofs + ((ofs - lastofs) >> 1)
            if lt(a[base + m], key):
                lastofs = m + 1
            else:
                ofs = m
        return ofs

    def gallop_right(self, key: Any, a: list, base: int, n: int, hint: int) -> int:
        """Mirrors listobject.c: gallop_right: k with a[k-1] <= key < a[k] in a[base:base+n]."""
        lt = self.lt
        lastofs, ofs = 0, 1
        if lt(key, a[base + hint]):
            maxofs = hint + 1
            while ofs < maxofs:
                if not lt(key, a[base + hint - ofs]):
                    break
                lastofs = ofs
                ofs = (ofs << 1) + 1
            ofs = min(ofs, maxofs)
            lastofs, ofs = hint - ofs, hint - lastofs
        else:
            maxofs = n - hint
            while ofs < maxofs:
                if lt(key, a[base + hint + ofs]):
                    break
                lastofs = ofs
                ofs = (ofs << 1) + 1
            ofs = min(ofs, maxofs)
            lastofs += hint
            ofs += hint
        lastofs += 1
        while lastofs < ofs:
            m = lastofs + ((ofs - lastofs) >> 1)
            if lt(key, a[base + m]):
                ofs = m
            else:
                lastofs = m + 1
        return ofs

    def _move(self, dest: int, source: list, source_values: list | None, start: int, n: int) -> None:
        """Copy n keys (and values) from source[start:] to self.keys[dest:]."""
        self.keys[dest:dest + n] = source[start:start + n]
        if self.values is not None:
            self.values[dest:dest + n] = source_values[start:start + n]

    def merge_lo(self, pa: int, na: int, pb: int, nb: int) -> None:
        """Mirrors listobject.c: merge_lo: merge keys[pa:pa+na] (copied aside, na <= nb) with
        the run after it, left to right. On failure the copied-aside keys go back."""
        keys, values, lt = self.keys, self.values, self.lt
        temp = keys[pa:pa + na]
        temp_values = values[pa:pa + na] if values is not None else None
        a, b, dest = 0, pb, pa
        self._move(dest, keys, values, b, 1)
        dest += 1
        b += 1
        nb -= 1
        copy_b = False
        try:
            if nb == 0:
                return
            if na == 1:
                copy_b = True
                return
            min_gallop = self.min_gallop
            while True:
                acount = bcount = 0
                while True:
                    if lt(keys[b], temp[a]):
                        self._move(dest, keys, values, b, 1)
                        dest += 1
                        b += 1
                        bcount += 1
                        acount = 0
                        nb -= 1
                        if nb == 0:
                            return
                        if bcount >= min_gallop:
                            break
                    else:
                        self._move(dest, temp, temp_values, a, 1)
                        dest += 1
                        a += 1
                        acount += 1
                        bcount = 0
                        na -= 1
                        if na == 1:
                            copy_b = True
                            return
                        if acount >= min_gallop:
                            break
                min_gallop += 1
                while True:
                    min_gallop -= min_gallop > 1
                    self.min_gallop = min_gallop
                    k = acount = self.gallop_right(keys[b], temp, a, na, 0)
                    if k:
                        self._move(dest, temp, temp_values, a, k)
                        dest += k
                        a += k
                        na -= k
                        if na == 1:
                            copy_b = True
                            return
                        if na == 0:
                            return
                    self._move(dest, keys, values, b, 1)
                    dest += 1
                    b += 1
                    nb -= 1
                    if nb == 0:
                        return
                    k = bcount = self.gallop_left(temp[a], keys, b, nb, 0)
                    if k:
                        self._move(dest, keys, values, b, k)
                        dest += k
                        b += k
                        nb -= k
                        if nb == 0:
                            return
                    self._move(dest, temp, temp_values, a, 1)
                    dest += 1
                    a += 1
                    na -= 1
                    if na == 1:
                        copy_b = True
                        return
                    if acount < MIN_GALLOP and bcount < MIN_GALLOP:
                        break
                min_gallop += 1
                self.min_gallop = min_gallop
        finally:
            if copy_b:
                # the last key of run a belongs at the end of the merge
                self._move(dest, keys, values, b, nb)
                self._move(dest + nb, temp, temp_values, a, 1)
            elif na:
                self._move(dest, temp, temp_values, a, na)

    def merge_hi(self, pa: int, na: int, pb: int, nb: int) -> None:
        """Mirrors listobject.c: merge_hi: merge keys[pa:pa+na] with the run after it
        (copied aside, nb <= na), right to left. On failure the copied-aside keys go back."""
        keys, values, lt = self.keys, self.values, self.lt
        temp = keys[pb:pb + nb]
        temp_values = values[pb:pb + nb] if values is not None else None
        dest = pb + nb - 1
        a = pa + na - 1
        b = nb - 1
        self._move(dest, keys, values, a, 1)
        dest -= 1
        a -= 1
        na -= 1
        copy_a = False
        try:
            if na == 0:
                return
            if nb == 1:
                copy_a = True
                return
            min_gallop = self.min_gallop
            while True:
                acount = bcount = 0
                while True:
                    if lt(temp[b], keys[a]):
                        self._move(dest, keys, values, a, 1)
                        dest -= 1
                        a -= 1
                        acount += 1
                        bcount = 0
                        na -= 1
                        if na == 0:
                            return
                        if acount >= min_gallop:
                            break
                    else:
                        self._move(dest, temp, temp_values, b, 1)
                        dest -= 1
                        b -= 1
                        bcount += 1
                        acount = 0
                        nb -= 1
                        if nb == 1:
                            copy_a = True
                            return
                        if bcount >= min_gallop:
                            break
                min_gallop += 1
                while True:
                    min_gallop -= min_gallop > 1
                    self.min_gallop = min_gallop
                    k = acount = na - self.gallop_right(temp[b], keys, pa, na, na - 1)
                    if k:
                        dest -= k
                        a -= k
                        self._move(dest + 1, keys, values, a + 1, k)
                        na -= k
                        if na == 0:
                            return
                    self._move(dest, temp, temp_values, b, 1)
                    dest -= 1
                    b -= 1
                    nb -= 1
                    if nb == 1:
                        copy_a = True
                        return
                    k = bcount = nb - self.gallop_left(keys[a], temp, 0, nb, nb - 1)
                    if k:
                        dest -= k
                        b -= k
                        self._move(dest + 1, temp, temp_values, b + 1, k)
                        nb -= k
                        if nb == 1:
                            copy_a = True
                            return
                        if nb == 0:
                            return
                    self._move(dest, keys, values, a, 1)
                    dest -= 1
                    a -= 1
                    na -= 1
                    if na == 0:
                        return
                    if acount < MIN_GALLOP and bcount < MIN_GALLOP:
                        break
                min_gallop += 1
                self.min_gallop = min_gallop
        finally:
            if copy_a:
                # the first key of run b belongs at the front of the merge
                self._move(dest + 1 - na, keys, values, a + 1 - na, na)
                self._move(dest - na, temp, temp_values, b, 1)
            elif nb:
                self._move(dest - nb + 1, temp, temp_values, 0, nb)

    def merge_at(self, i: int) -> None:
        """Mirrors listobject.c: merge_at: merge the pending runs i and i + 1."""
        pa, na, _ = self.pending[i]
        pb, nb, _ = self.pending[i + 1]
        self.pending[i][1] = na + nb
        del self.pending[i + 1]
        keys = self.keys
        k = self.gallop_right(keys[pb], keys, pa, na, 0)
        pa += k
        na -= k
        if na == 0:
            return
        nb = self.gallop_left(keys[pa + na - 1], keys, pb, nb, nb - 1)
        if nb <= 0:
            return
        if na <= nb:
            self.merge_lo(pa, na, pb, nb)
        else:
            self.merge_hi(pa, na, pb, nb)

    def found_new_run(self, n2: int) -> None:
        """Mirrors listobject.c: found_new_run: powersort merges the runs deeper in the merge
        tree than the boundary before the new run of length n2."""
        pending = self.pending
        if not pending:
            return
        s1, n1, _ = pending[-1]
        power = powerloop(s1, n1, n2, len(self.keys))
        while len(pending) > 1 and pending[-2][2] > power:
            self.merge_at(len(pending) - 2)
        pending[-1][2] = power

    def merge_force_collapse(self) -> None:
        """Mirrors listobject.c: merge_force_collapse."""
        pending = self.pending
        while len(pending) > 1:
            n = len(pending) - 2
            if n > 0 and pending[n - 1][1] < pending[n + 1][1]:
                n -= 1
            self.merge_at(n)
