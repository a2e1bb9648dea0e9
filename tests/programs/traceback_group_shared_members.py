# An exception group whose members are the same exception, and members with causes and notes.
leaf = ValueError("leaf")
leaf.add_note("leaf note")
try:
    raise KeyError("cause of other")
except KeyError as k:
    other = TypeError("other")
    other.__cause__ = k
group = ExceptionGroup("shared", [leaf, leaf, other])
group.add_note("group note 1")
group.add_note("group note 2")
raise group
