# Text processing: word frequencies, wrapping, justification, caesar and run-length coding, palindromes, anagrams.
text = """It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of
foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season of Light, it was
the season of Darkness, it was the spring of hope, it was the winter of despair."""
words = [w.strip(".,").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(len(words), len(freq), sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
def wrap(s, width):
    lines, line = [], ""
    for word in s.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return lines + [line] if line else lines
for line in wrap(text, 38):
    print(f"|{line:<38}|")
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (spaces // gaps + (i < spaces % gaps))
    return out + words[-1]
for line in wrap(text, 30)[:5]:
    print(f"[{justify(line, 30)}]")
def caesar(s, shift):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
secret = caesar("Hello, World! Zebra-123", 3)
print(secret, caesar(secret, -3))
def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)
encoded = rle("aaabccddddde" + "x" * 12)
print(encoded, unrle(encoded))
def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
print([is_palindrome(s) for s in ("A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon")])
groups = {}
for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    groups.setdefault("".join(sorted(w)), []).append(w)
print(sorted(groups.values()))
print(text.count("it was"), text.lower().count("it was"), text.title()[:40], text.swapcase()[:20])
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "-".join(reversed("2024-01-15".split("-"))), "snake_case_name".title().replace("_", ""))
