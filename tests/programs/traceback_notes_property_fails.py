# __notes__ that cannot be read: "Ignored error getting __notes__", inside a group as well.
class NoNotes(Exception):
    @property
    def __notes__(self):
        raise AttributeError("notes unavailable")


class BadNotes(Exception):
    @property
    def __notes__(self):
        raise KeyError("broken")


raise ExceptionGroup("group", [NoNotes("x"), BadNotes("y")])
