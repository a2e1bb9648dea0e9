# SystemExit with an int that does not fit a C long: printed like an object? status?
raise SystemExit(2 ** 100)
