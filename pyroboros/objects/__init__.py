"""The object model: type objects and the objects the interpreter defines. Mirrors Objects/.

typeobject.py is imported first: instance.py (GuestProtocol) and typeobject.py need each
other, and this order lets both finish.
"""
from . import typeobject  # noqa: F401
