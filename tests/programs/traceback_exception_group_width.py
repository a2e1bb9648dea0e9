# An exception group with more than 15 members: the "and N more exceptions" box.
raise ExceptionGroup("many", [ValueError(i) for i in range(20)])
