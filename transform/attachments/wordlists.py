"""Word's own list numbering (numbering.xml) -> the label a reader sees: "一、", "（一）", "1.".

A paragraph numbered by Word stores no number in its text; the number comes from its list
(`w:numId`), its level (`w:ilvl`) and the counters of the paragraphs before it. Lists reached
through a paragraph style (标题 1 numbered 一、) count too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from transform.attachments.xmlparts import local

_CN = "零一二三四五六七八九"
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"


def chinese(n: int, digits: str = _CN, ten: str = "十") -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 21 -> 二十一, 105 -> 一百零五 (as 一、 headings print)."""
    if n <= 0:
        return str(n)
    if n < 10:
        return digits[n]
    if n < 20:
        return ten + (digits[n % 10] if n % 10 else "")
    if n < 100:
        return digits[n // 10] + ten + (digits[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        head = digits[n // 100] + "百"
        if not rest:
            return head
        return head + ("零" + digits[rest] if rest < 10 else (digits[1] if rest < 20 else "") + chinese(rest))
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                       (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):  # fmt: skip
        while n >= value:
            out, n = out + sym, n - value
    return out


def _letters(n: int) -> str:
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """A counter in a Word number format (w:numFmt)."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
               "japaneseCounting", "koreanCounting", "ideographDigital"):  # fmt: skip
        return chinese(n)
    if fmt == "chineseLegalSimplified":
        return chinese(n, _CN_LEGAL, "拾")
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle"):
        return _CIRCLED[n - 1] if 0 < n <= len(_CIRCLED) else str(n)
    if fmt in ("ideographTraditional",):
        return _TIANGAN[(n - 1) % 10]
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return "".join(chr(ord(d) - ord("0") + ord("０")) for d in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "upperLetter":
        return _letters(n)
    if fmt == "lowerLetter":
        return _letters(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    return str(n)


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # w:lvlRestart: reset after this level (1-based), 0: never
    legal: bool = False


@dataclass
class Numbering:
    """numbering.xml read: abstract lists and the num instances pointing at them."""

    abstract: dict[str, dict[int, Level]] = field(default_factory=dict)
    nums: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)  # numId -> (abstract, starts)
    counters: dict[str, list[int]] = field(default_factory=dict)
    seen: dict[str, set[int]] = field(default_factory=dict)

    @classmethod
    def read(cls, root: etree._Element | None) -> Numbering:
        out = cls()
        if root is None:
            return out
        for el in root:
            name = local(el.tag)
            if name == "abstractNum":
                out.abstract[_attr(el, "abstractNumId")] = {
                    int(_attr(lvl, "ilvl") or 0): _level(lvl) for lvl in el if local(lvl.tag) == "lvl"
                }
            elif name == "num":
                abstract, starts = "", {}
                for child in el:
                    if local(child.tag) == "abstractNumId":
                        abstract = _attr(child, "val")
                    elif local(child.tag) == "lvlOverride":
                        for sub in child:
                            if local(sub.tag) == "startOverride":
                                starts[int(_attr(child, "ilvl") or 0)] = _int(_attr(sub, "val"), 1)
                out.nums[_attr(el, "numId")] = (abstract, starts)
        return out

    def label(self, num_id: str, ilvl: int) -> str:
        """The label of the next paragraph of list `num_id` at level `ilvl` ('' for bullets)."""
        if num_id not in self.nums or not 0 <= ilvl <= 8:
            return ""
        abstract, starts = self.nums[num_id]
        levels = self.abstract.get(abstract)
        if not levels:
            return ""
        key = num_id if starts else abstract
        counts = self.counters.setdefault(key, [0] * 9)
        seen = self.seen.setdefault(key, set())
        lvl = levels.get(ilvl, Level())
        start = starts.get(ilvl, lvl.start)
        counts[ilvl] = counts[ilvl] + 1 if ilvl in seen else start
        seen.add(ilvl)
        for deeper in range(ilvl + 1, 9):
            d = levels.get(deeper, Level())
            if d.restart == 0 or (d.restart is not None and d.restart < ilvl + 1):
                continue
            seen.discard(deeper)
        if lvl.fmt in ("bullet", "none"):
            return ""
        text = lvl.text
        for k in range(9):
            token = f"%{k + 1}"
            if token in text:
                level_k = levels.get(k, Level())
                value = counts[k] if k in seen else starts.get(k, level_k.start)
                fmt = "decimal" if (lvl.legal and k != ilvl) else level_k.fmt
                text = text.replace(token, format_number(value, fmt))
        return text


def _attr(el: etree._Element, name: str) -> str:
    for key, value in el.attrib.items():
        if local(key) == name:
            return str(value)
    return ""


def _int(value: str, default: int) -> int:
    try:
        return int(value)
    except ValueError:
        return default


def _level(el: etree._Element) -> Level:
    lvl = Level()
    for child in el:
        name = local(child.tag)
        val = _attr(child, "val")
        if name == "start":
            lvl.start = _int(val, 1)
        elif name == "numFmt":
            lvl.fmt = val or "decimal"
        elif name == "lvlText":
            lvl.text = val
        elif name == "lvlRestart":
            lvl.restart = _int(val, 0)
        elif name == "isLgl":
            lvl.legal = val not in ("0", "false")
    return lvl
