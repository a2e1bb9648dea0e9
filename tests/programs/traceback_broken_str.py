# Exceptions whose __str__ raises or returns a non-str, with notes and in a chain.
class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str for you")


class NotAStr(Exception):
    def __str__(self):
        return 42


class BadNote(Exception):
    pass


try:
    raise NotAStr("ignored")
except NotAStr:
    try:
        raise BadNote("fine")
    except BadNote as note_holder:
        note_holder.add_note("a note")
        note_holder.__notes__.append(7)
        try:
            raise note_holder
        except BadNote:
            raise BadStr("x")
