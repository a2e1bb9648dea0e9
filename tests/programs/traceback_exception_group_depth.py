# Exception groups nested deeper than 10: "... (max_group_depth is 10)".
group = ExceptionGroup("leaf", [ValueError("deepest")])
for level in range(12):
    group = ExceptionGroup(f"level {level}", [group, KeyError(level)])
raise group
