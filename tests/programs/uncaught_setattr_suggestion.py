# Setting an attribute a __slots__ class lacks: the AttributeError carries name and obj, so the
# traceback suggests the slot.
class A:
    __slots__ = ("abc",)
A().abd = 1
