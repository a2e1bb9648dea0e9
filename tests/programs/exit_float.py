# SystemExit(1.5): not an int, printed, status 1.
raise SystemExit(1.5)
