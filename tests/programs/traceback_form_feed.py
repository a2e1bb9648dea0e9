# Source lines after a form feed: line numbers count only real newlines (\x0c is not one).

def f():
    
    return "café" + 1


f()
