import_me = 1
x = [1, 2, 3]
print(x[1])
total = (x[0] +
         undefined_name)
