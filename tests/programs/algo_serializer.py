# A JSON-like serializer and parser written from scratch: escapes, nesting, numbers, errors with positions.
class ParseError(ValueError):
    pass
ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}
def dumps(obj, indent=None, level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, int):
        return str(obj)
    if isinstance(obj, float):
        if obj != obj or obj in (float("inf"), float("-inf")):
            raise ValueError(f"cannot serialize {obj!r}")
        return repr(obj)
    if isinstance(obj, str):
        out = []
        for ch in obj:
            if ch in ESCAPES:
                out.append(ESCAPES[ch])
            elif ord(ch) < 0x20 or ord(ch) > 0x7E:
                code = ord(ch)
                if code > 0xFFFF:
                    code -= 0x10000
                    out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
                else:
                    out.append(f"\\u{code:04x}")
            else:
                out.append(ch)
        return '"' + "".join(out) + '"'
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        return "[" + sep.join(pad + dumps(v, indent, level + 1) for v in obj) + end + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = []
        for k, v in obj.items():
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            items.append(pad + dumps(k) + ": " + dumps(v, indent, level + 1))
        return "{" + sep.join(items) + end + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not serializable")
def loads(text):
    pos = 0
    def skip():
        nonlocal pos
        while pos < len(text) and text[pos] in " \t\n\r":
            pos += 1
    def value():
        nonlocal pos
        skip()
        if pos >= len(text):
            raise ParseError(f"unexpected end at {pos}")
        ch = text[pos]
        if ch == "{":
            pos += 1
            result = {}
            skip()
            if text[pos] == "}":
                pos += 1
                return result
            while True:
                skip()
                key = value()
                if not isinstance(key, str):
                    raise ParseError(f"key must be a string at {pos}")
                skip()
                if text[pos] != ":":
                    raise ParseError(f"expected ':' at {pos}")
                pos += 1
                result[key] = value()
                skip()
                if text[pos] == ",":
                    pos += 1
                elif text[pos] == "}":
                    pos += 1
                    return result
                else:
                    raise ParseError(f"expected ',' or '}}' at {pos}")
        if ch == "[":
            pos += 1
            result = []
            skip()
            if text[pos] == "]":
                pos += 1
                return result
            while True:
                result.append(value())
                skip()
                if text[pos] == ",":
                    pos += 1
                elif text[pos] == "]":
                    pos += 1
                    return result
                else:
                    raise ParseError(f"expected ',' or ']' at {pos}")
        if ch == '"':
            pos += 1
            out = []
            while text[pos] != '"':
                if text[pos] == "\\":
                    esc = text[pos + 1]
                    if esc == "u":
                        code = int(text[pos + 2:pos + 6], 16)
                        pos += 6
                        if 0xD800 <= code < 0xDC00 and text[pos:pos + 2] == "\\u":
                            low = int(text[pos + 2:pos + 6], 16)
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                            pos += 6
                        out.append(chr(code))
                        continue
                    out.append({"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}.get(esc, esc))
                    pos += 2
                else:
                    out.append(text[pos])
                    pos += 1
            pos += 1
            return "".join(out)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and text[pos] in "+-0123456789.eE":
            pos += 1
        number = text[start:pos]
        if not number:
            raise ParseError(f"unexpected character {ch!r} at {pos}")
        return float(number) if any(c in number for c in ".eE") else int(number)
    result = value()
    skip()
    if pos != len(text):
        raise ParseError(f"extra data at {pos}")
    return result
data = {"name": "Ünïcode \"quoted\"\n", "list": [1, -2.5, 1e100, True, False, None, [], {}], "nested": {"a": {"b": [{"c": "😀"}]}},
        "big": 2 ** 70, "tab\tkey": "\\backslash"}
text = dumps(data)
print(text)
print(dumps(data, indent=2))
print(loads(text) == data, loads(dumps(data, indent=4)) == data, loads(" [1, [2, [3]], {\"k\": \"v\"}] "))
for bad in ("[1, 2", "{\"a\" 1}", "[1 2]", "{1: 2}", "tru", "[1,]x", "", "\"abc\" x"):
    try:
        print(repr(bad), loads(bad))
    except (ParseError, IndexError, ValueError) as e:
        print(repr(bad), type(e).__name__ + ":", e)
for bad in (float("nan"), {1: 2}, {"s": {1, 2}}, object):
    try:
        dumps(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
