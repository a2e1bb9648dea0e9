# SystemExit(-1): exit status 255.
raise SystemExit(-1)
