# Formatting a tabular report: column widths, alignment, number formats, totals, and text truncation.
rows = [
    ("Widget", 4, 3.5, "A sturdy widget for everyday use"),
    ("Gadget", 12, 12.25, "Gadget"),
    ("Thingamajig", 1, 1999.999, "Rare and expensive"),
    ("Doohickey", 250, 0.1, ""),
    ("Ünïcödé ítem", 3, 42.0, "Has non-ASCII name"),
]
headers = ("Item", "Qty", "Price", "Subtotal", "Notes")
def truncate(text, width):
    return text if len(text) <= width else text[: width - 1] + "…"
table = [(name, str(qty), f"{price:,.2f}", f"{qty * price:,.2f}", truncate(note, 16)) for name, qty, price, note in rows]
widths = [max(len(h), *(len(r[i]) for r in table)) for i, h in enumerate(headers)]
aligns = ["<", ">", ">", ">", "<"]
def line(cells):
    return "| " + " | ".join(f"{c:{a}{w}}" for c, a, w in zip(cells, aligns, widths)) + " |"
sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
print(sep)
print(line(headers))
print(sep.replace("-", "="))
for r in table:
    print(line(r))
print(sep)
total = sum(q * p for _, q, p, _ in rows)
print(f"{'Total':>{sum(widths[:3]) + 6}} | {total:>{widths[3]},.2f} |")
print(f"{'Mean price':<12}{sum(p for _, _, p, _ in rows) / len(rows):>12.4f}")
print(f"{'Max qty':<12}{max(q for _, q, _, _ in rows):>12d}")
print(f"{'Share':<12}" + " ".join(f"{q * p / total:6.1%}" for _, q, p, _ in rows))
for value in (0, 1, -1, 1234.5, -0.000123, 1e10, 123456789, 0.5):
    print(f"{value!r:>14} | {value:>12,.2f} | {value:>10.3e} | {value:>8.3g} | {value:>+9.1f} | {value:^10.0f}|")
print("%-10s|%10s|%-10.3s|" % ("left", "right", "truncated"))
print("{:>10}|{:<10}|{:^10}|{:*^10}".format("r", "l", "c", "star"))
print("\n".join(f"{i:3d} {'#' * (i * 3 % 17)}" for i in range(1, 8)))
