"""The Run phase: the eval loop over 3.14 bytecode. Mirrors Python/ceval.c and bytecodes.c."""
