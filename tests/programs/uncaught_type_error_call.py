# Uncaught TypeError from a bad call, with caret markers under a sub-expression.
def area(width, height):
    return width * height
print(area(3, 4))
sizes = {"w": 5, "h": "6"}
result = area(sizes["w"], 2) + area(sizes["w"], sizes["h"]) * 1
