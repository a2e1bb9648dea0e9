"""The runtime around the eval loop: exceptions, tracebacks, imports. Mirrors parts of Python/."""
