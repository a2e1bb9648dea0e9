# KeyboardInterrupt raised while handling another exception, with a message and a note.
try:
    [][0]
except IndexError:
    stop = KeyboardInterrupt("stop now")
    stop.add_note("pressed by the program")
    raise stop
