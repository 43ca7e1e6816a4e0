"""A simplified working copy of a page's text, and the way back to the text as printed.

Mirrors serve plans in traditional characters (達到, 萬, 億, 實) or with pinyin after characters
("落實(shí)", "動(dòng)"). The parsing rules are written for simplified text, so such a text is parsed in
a working copy: pinyin noise removed, then converted with OpenCC t2s. `WorkingCopy` keeps, for
every character of the copy, where it came from in the printed text, so every output string can
be mapped back to the printed span it was read from (`printed`): the tables show the text as
printed, noise included, while numbers and labels were read as simplified text.

A Word document typed in full-width mode ("２０２３年", "〔２０２３〕５号", "５％") and a text copied
from HTML (no-break spaces, "1\u00a0实施…") are read the same way: their full-width digits, ％,
Latin letters and decimal points as ASCII and their odd spaces as spaces, in a working copy of the
same length (no t2s where no traditional character calls for it). (Line separators, U+2028 and
U+2029, are line breaks before the page is read: `without_format_marks`.)

Years in Chinese numerals ("二〇二三年", "二○二四—二○二六年", not a whole date 二〇二三年七月三十一日) are
read as their digits, same length (transform/numerals.py `cn_year_spans`), printed as found.

A PDF's stray spaces inside words ("区 商务局") are read as none (transform/stray_spaces.py); names
and document fields are printed without them, other strings as found; a target's unit as its own text
prints it. Long module: the working copy and the way back for every kind of output string, one concern.
Most pages have none of these: `working_copy` returns None for them after one regex scan, and
nothing else is paid.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from transform.lexicons import words
from transform.numerals import cn_year_spans, with_cn_years
from transform.pinyin_noise import TONES, pinyin_spans
from transform.stray_spaces import stray_spaces

# Full-width digits, ％ and Latin letters (a Word document typed in full-width mode: "２０２３年",
# "〔２０２３〕５号", "提高５％", "ＰＭ２.５"): read as ASCII in the working copy, printed as found
_FULL_WIDTH = "０１２３４５６７８９％ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ"
# Spaces other than the ASCII one that a page copied from HTML or a word processor keeps (a
# no-break space, the typographic spaces U+2000–U+200A, a narrow no-break space, a math space),
# read as the space NFKC makes of them ("1\u00a0实施…", "文\u00a0号"). U+3000 stays: the rules read
# it as the ideographic space it is.
_ODD_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"
_AS_ASCII = {ord(c): ord(c) - 0xFEE0 for c in _FULL_WIDTH} | dict.fromkeys(map(ord, _ODD_SPACES), ord(" "))
_READ_AS_ASCII = _FULL_WIDTH + _ODD_SPACES
_AS_ASCII_CHAR = re.compile("[" + _READ_AS_ASCII + "]")
# a full-width point between two digits is a decimal point ("１．５万吨"); one after a number that
# starts a line or a heading ("１．加强…") stays the numbering mark it is
_FULL_WIDTH_POINT = re.compile(r"(?<=[0-9０-９])．(?=[0-9０-９])")


def _markers() -> str:
    """The characters that call for t2s, escaped for a character class: traditional markers
    and tone marks."""
    markers = "".join(words("traditional_markers")) + "".join(
        w.split()[0] for w in words("traditional_words") if len(w.split()[0]) == 1
    )
    return re.escape(markers) + TONES


@lru_cache(maxsize=1)
def _traditional() -> re.Pattern[str]:
    """A character that calls for t2s: a traditional marker or a tone mark."""
    return re.compile("[" + _markers() + "]")


def needs_t2s(text: str) -> bool:
    """Does the text print a character that calls for t2s (a traditional marker or a tone mark)?"""
    return _traditional().search(text) is not None


@lru_cache(maxsize=1)
def _needs_work() -> re.Pattern[str]:
    """A character that calls for the working copy: a traditional marker, a tone mark, a
    full-width digit, ％ or Latin letter or an odd space."""
    return re.compile("[" + _markers() + _READ_AS_ASCII + "]")


def _as_ascii(text: str) -> str:
    """`text` with its full-width digits, ％, Latin letters and decimal points read as ASCII and
    its odd spaces as spaces (same length, same positions)."""
    return _FULL_WIDTH_POINT.sub(".", text.translate(_AS_ASCII))


@lru_cache(maxsize=1)
def _mainland_words() -> tuple[dict[int, int], re.Pattern[str] | None, dict[str, str]]:
    """The lexicon traditional_words: a table of its characters (衞 -> 卫), a pattern of its
    words (longest first) and the mainland form of each word."""
    table: dict[int, int] = {}
    phrases: dict[str, str] = {}
    for line in words("traditional_words"):
        old, new = line.split()
        if len(old) == 1:
            table[ord(old)] = ord(new)
        else:
            phrases[old] = new
    keys = sorted(phrases, key=len, reverse=True)
    return table, re.compile("|".join(map(re.escape, keys))) if keys else None, phrases


def _as_mainland(simple: str, plain: str) -> tuple[str, str, dict[str, str]]:
    """`simple` (the t2s text of `plain`) with the variant characters of traditional_words read
    as mainland ones, and that text with its words too: (characters only, characters and words,
    mainland word -> the word as printed). Both texts keep the length of `simple`."""
    table, pattern, phrases = _mainland_words()
    chars = simple.translate(table)
    if pattern is None:
        return chars, chars, {}
    back: dict[str, str] = {}

    def mainland(m: re.Match[str]) -> str:
        new = phrases[m.group(0)]
        back.setdefault(new, plain[m.start() : m.end()])
        return new

    text = pattern.sub(mainland, chars)
    # a word the page also prints in its mainland form is no word to put back
    return chars, text, {new: old for new, old in back.items() if new not in chars}


def as_mainland(simple: str) -> str:
    """`simple` (a line read as simplified, character by character) with the words of the
    lexicon traditional_words read as mainland ones (释出日期 -> 发布日期): same length."""
    return _as_mainland(simple, simple)[1]


@lru_cache(maxsize=1)
def _phrases() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The lexicon traditional_phrases: a pattern of its printed phrases (longest first) and the
    mainland word of each."""
    phrases = dict(line.split() for line in words("traditional_phrases"))
    keys = sorted(phrases, key=len, reverse=True)
    return (re.compile("|".join(map(re.escape, keys))) if keys else None), phrases


def _phrase_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, mainland word) of each Taiwan phrase of `text` whose mainland word has
    another length (網際網路 -> 互联网)."""
    pattern, phrases = _phrases()
    if pattern is None:
        return []
    return [(m.start(), m.end(), phrases[m.group(0)]) for m in pattern.finditer(text)]


@lru_cache(maxsize=1)
def _t2s():
    import opencc  # imported on the first traditional page only

    return opencc.OpenCC("t2s")


_JOINED_MAX = 200  # characters of a document field joined from its lines (a title)
_NEAR = 4000  # characters either side of a task's span searched for a string read from that task
# Characters `WorkingCopy.locate` may search on one page, in copies' lengths: a search for a string
# that is no span (a rebuilt indicator) scans all it searches, and a long page may ask for thousands
# of them; past this, a string is put back character by character, as one found nowhere is.
_FAR_BUDGET = 64
_LINE_BREAK = re.compile(r"[ \t\u3000]*\n\s*")


@dataclass
class WorkingCopy:
    """`text` is the working copy of `source`; `start[i]`/`end[i]` delimit the printed span of
    the working character i (`end` also covers pinyin noise printed right after it)."""

    source: str
    text: str
    start: list[int]
    end: list[int]
    chars: dict[str, str] = field(default_factory=dict)  # working char -> printed char, where they differ
    words: dict[str, str] = field(default_factory=dict)  # mainland word -> printed word (traditional_words)
    gaps: tuple[int, ...] = ()  # printed positions of stray spaces (sorted), left out of names and fields
    scanned: int = field(default=0, repr=False)  # characters `locate` has searched so far

    def locate(self, s: str, lo: int = 0, hi: int | None = None) -> tuple[int, int] | None:
        """(a, b) of a string read from [lo, hi) of the copy: its first occurrence there, else
        the first within `_NEAR` characters around it, else the first in the whole copy. All the
        searches of a page together scan at most `_FAR_BUDGET` copies' worth of characters (a
        string not found anywhere scans all it searched): a page of thousands of targets whose
        indicators are no spans stays linear. Past the budget, a string is found nowhere."""
        if not s:
            return None
        n = len(self.text)
        ranges = [(0, n)]
        if lo or hi is not None:
            top = n if hi is None else hi
            ranges = [(lo, top), (max(0, lo - _NEAR), min(n, top + _NEAR)), (0, n)]
        for a, b in ranges:
            if self.scanned > _FAR_BUDGET * n:
                return None
            found = self.span(s, a, b)
            self.scanned += (found[1] if found else b) - a
            if found:
                return found
        return None

    def span(self, s: str, lo: int = 0, hi: int | None = None) -> tuple[int, int] | None:
        """(a, b) of the first occurrence of `s` in the working copy within [lo, hi), or None."""
        if not s:
            return None
        a = self.text.find(s, lo, len(self.text) if hi is None else hi)
        return None if a < 0 else (a, a + len(s))

    def joined_span(self, s: str) -> tuple[int, int] | None:
        """(a, b) of `s` in the working copy with line breaks between its characters (a title
        joined from the lines it is printed on), or None where `s` needs no line break."""
        if not s or len(s) > _JOINED_MAX or "\n" in s:
            return None
        m = re.compile(r"\s*".join(map(re.escape, s))).search(self.text)
        return (m.start(), m.end()) if m and "\n" in m.group(0) else None

    def printed_joined(self, a: int, b: int, s: str = " ") -> str:
        """The printed text of working span [a, b) with its line breaks (and the spaces around
        them) left out, as the lines were joined; with every space left out where the joined
        string `s` has none ("關於印發…的\n通 知" read as "…的通知")."""
        printed = _LINE_BREAK.sub("", self.printed_span(a, b))
        return printed if re.search(r"\s", s) else re.sub(r"[ \t\u3000]+", "", printed)

    def printed_span(self, a: int, b: int) -> str:
        """The printed text of working span [a, b), with the noise printed after its last character."""
        return self.source[self.start[a] : self.end[b - 1]]

    def printed_name(self, s: str, lo: int = 0, hi: int | None = None) -> str:
        """A name read from the working copy (a unit) as printed, without the stray spaces the
        page prints inside it ("区 商务局" -> "区商务局")."""
        found = self.locate(s, lo, hi)
        return (self.printed(s, lo, hi) or s) if found is None else self.printed_solid(*found)

    def printed_solid(self, a: int, b: int) -> str:
        """`printed_span(a, b)` without the stray spaces inside it (a name, a document field)."""
        lo, hi = self.start[a], self.end[b - 1]
        i = bisect_left(self.gaps, lo)
        out: list[str] = []
        while i < len(self.gaps) and self.gaps[i] < hi:
            out.append(self.source[lo : self.gaps[i]])
            lo = self.gaps[i] + 1
            i += 1
        out.append(self.source[lo:hi])
        return "".join(out)

    def printed_chars(self, s: str) -> str:
        """`s` with each converted character put back as printed (no noise): for strings that
        are no span of the copy (rebuilt table rows, measure words, indicators)."""
        if not self.chars:
            return s
        for new, old in self.words.items():
            s = s.replace(new, old)
        return "".join(self.chars.get(c, c) for c in s)

    def printed_words(self, s: str, lo: int = 0, hi: int | None = None) -> str:
        """`s` as printed without noise: the characters of its span (looked for in [lo, hi)
        first), a phrase of traditional_phrases once for the characters read from it; character
        by character where `s` is no span (an indicator rebuilt from two pieces)."""
        found = self.locate(s, lo, hi)
        if found is None:
            return self.printed_chars(s)
        out: list[str] = []
        i, b = found
        while i < b:
            j = i + 1
            while j < b and self.start[j] == self.start[i] and self.end[j] == self.end[i]:
                j += 1  # the characters read from one printed phrase
            a = self.start[i]
            out.append(self.source[a : self.end[i]] if j - i > 1 else self.source[a : a + 1])
            i = j
        return "".join(out)

    def printed(self, s: str | None, lo: int = 0, hi: int | None = None) -> str | None:
        """`s` (a string read from the working copy) as printed: its span when it is one (looked
        for in [lo, hi) first), line by line when its lines are, else character by character."""
        if s is None or s == "" or s == self.text:
            return self.source if s == self.text else s
        found = self.locate(s, lo, hi)
        if found:
            return self.printed_span(*found)
        if "\n" in s:
            return "\n".join(self.printed(line, lo, hi) or "" for line in s.split("\n"))
        return self.printed_chars(s)


def working_copy(text: str) -> WorkingCopy | None:
    """The simplified, noise-free working copy of `text`, or None when it needs none."""
    if not text:
        return None
    strays = stray_spaces(text) if " " in text else []
    if not strays and _needs_work().search(text) is None and not cn_year_spans(text):
        return None
    # pinyin noise and stray spaces are dropped; a phrase is read as its mainland word, each of
    # whose characters stands for the whole phrase as printed
    noise = sorted(pinyin_spans(text) + strays)
    stray_set = set(strays)
    edits = sorted([(a, b, "") for a, b in noise] + _phrase_spans(text))
    pieces: list[str] = []
    start: list[int] = []
    end: list[int] = []
    pos = 0
    for a, b, new in edits:
        if a < pos:
            continue  # (overlapping another edit)
        pieces.append(text[pos:a])
        start.extend(range(pos, a))
        end.extend(range(pos + 1, a + 1))
        if new:
            pieces.append(new)
            start.extend([a] * len(new))
            end.extend([b] * len(new))
        elif end and (a, b) not in stray_set:
            end[-1] = b  # the noise belongs to the character before it (a stray space to none)
        pos = b
    pieces.append(text[pos:])
    start.extend(range(pos, len(text)))
    end.extend(range(pos + 1, len(text) + 1))
    plain = "".join(pieces)
    if _traditional().search(text) is None:  # full-width characters or odd spaces only: no t2s
        single = simple = _as_ascii(plain)
        back: dict[str, str] = {}
    else:
        single, simple, back = _as_mainland(_convert(plain), plain)
        if _AS_ASCII_CHAR.search(plain):
            single, simple = _as_ascii(single), _as_ascii(simple)
    years = cn_year_spans(plain)
    if simple == text and not edits and not years:
        return None
    for a, b, new in edits:  # a phrase's mainland word prints as the phrase where it is only that
        if new and new not in back and single.count(new) == sum(e[2] == new for e in edits):
            back[new] = text[a:b]
    chars: dict[str, str] = {}  # (from the characters only: a word's letters are no pairs)
    for w, p in zip(single, plain, strict=False):
        if w != p:
            chars.setdefault(w, p)
    gaps = tuple(a for a, _ in strays)
    return WorkingCopy(text, with_cn_years(simple, years), start, end, chars, back, gaps)


def _convert(plain: str) -> str:
    """t2s of `plain`, character for character (same length, same positions).

    OpenCC converts phrases, which may change the length of a line in rare cases: such a line
    is converted one character at a time instead."""
    conv = _t2s().convert
    simple = conv(plain)
    if len(simple) == len(plain):
        return simple
    out = []
    for line in plain.split("\n"):
        c = conv(line)
        out.append(
            c if len(c) == len(line) else "".join(cc if len(cc := conv(ch)) == 1 else ch for ch in line)
        )
    return "\n".join(out)


# Characters that print nothing: the NULs of a scan, and what a Word or WPS export leaves in its
# text (a soft hyphen, zero-width spaces and joiners, a word joiner, a byte-order mark inside it)
_FORMAT_MARKS = "\x00\u00ad\u200b\u200c\u200d\u2060\ufeff"
_NO_FORMAT_MARKS = dict.fromkeys(map(ord, _FORMAT_MARKS))


# line and paragraph separators (a text exported from a script or a word processor): line breaks
_LINE_SEPARATORS = "\u2028\u2029"
_NO_FORMAT_MARKS.update(dict.fromkeys(map(ord, _LINE_SEPARATORS), "\n"))


def without_format_marks(text: str, *, nul_free: bool = False) -> str:
    """`text` without the characters that print nothing ("牵头\u00ad单位" -> "牵头单位"): they would
    break a label, a number or a name the rules read; with line breaks for its line separators.
    A text without them is returned as it is. `nul_free`: the caller knows it holds no NUL."""
    # (`find` of a NUL beats `in` on CJK text; the others, one after the other, spare a generator)
    if (
        (nul_free or text.find("\x00") < 0)
        and "\u00ad" not in text
        and "\u200b" not in text
        and "\u200c" not in text
        and "\u200d" not in text
        and "\u2060" not in text
        and "\ufeff" not in text
        and "\u2028" not in text
        and "\u2029" not in text
    ):
        return text
    return text.translate(_NO_FORMAT_MARKS)


DOC_FIELDS = ("title", "plan_title", "issuer", "doc_number", "index_no", "category", "validity", "summary")


class PageWork:
    """Working copies of the texts of one page (body, metadata text, <title>), and the post-pass
    that maps the parsed rows back to the printed text. Falsy when no text needs a copy."""

    def __init__(self, **texts: str) -> None:
        self.copies = {name: working_copy(t) for name, t in texts.items() if t}
        self.body = self.copies.get("body")

    def __bool__(self) -> bool:
        return any(c is not None for c in self.copies.values())

    def text(self, name: str, printed: str) -> str:
        """The working copy of the page text `name` (`printed` itself when it needs none)."""
        c = self.copies.get(name)
        return printed if c is None else c.text

    def _doc_value(self, s):
        if not isinstance(s, str) or not s:
            return s
        copies = [c for name, c in self.copies.items() if c is not None and name != "body"]
        copies += [self.body] if self.body is not None else []
        for c in copies:
            found = c.span(s)
            if found:
                return c.printed_solid(*found)
        for c in copies:  # a title joined from the lines it is printed on
            found = c.joined_span(s)
            if found:
                return c.printed_joined(*found, s)
        return copies[0].printed(s) if copies else s

    def printed_field(self, s: str | None) -> str | None:
        """A document field read in a working copy, printed as the page prints it."""
        return self._doc_value(s)

    def restore(self, doc: dict, tasks: list[dict], task_units: list[dict], targets: list[dict]) -> None:
        """Put every output string of the rows back as printed (in place)."""
        for key in DOC_FIELDS:
            doc[key] = self._doc_value(doc.get(key))
        w = self.body
        if w is None:
            return
        spans: dict[str, tuple[int, int | None]] = {}
        names: dict[tuple[str, str], str] = {}
        cursor = 0
        for t in tasks:
            found = w.span(t.get("body") or "", cursor) or w.span(t.get("body") or "")
            lo, hi = (found[0], found[1]) if found else (0, None)
            if found:
                cursor = found[0] + 1
            spans[t["task_id"]] = (lo, hi)
            t["body"] = w.printed(t.get("body"), lo, hi)
            t["title"] = w.printed(t.get("title"), lo, hi)
            t["section"] = w.printed(t.get("section"))
            # (a chapter or section label as printed: 第一節 where the working copy reads 第一节, 貳 for 贰)
            t["path"] = [w.printed(p) or p if p[:1] in "第贰叁参陆" else p for p in t.get("path") or []]
            if isinstance(t.get("deadline_text"), str):
                t["deadline_text"] = w.printed(t["deadline_text"], lo, hi)
            for role in ("lead_units", "participating_units"):
                new = [w.printed_name(u, lo, hi) for u in t.get(role) or []]
                names.update(((t["task_id"], u), n) for u, n in zip(t.get(role) or [], new, strict=False))
                t[role] = new
        for u in task_units:
            u["unit"] = names.get((u["task_id"], u["unit"]), u["unit"])
        for g in targets:
            lo, hi = spans.get(g.get("task_id") or "", (0, None))
            unit, at = g.get("unit"), w.locate(g["text"], lo, hi) if g.get("unit") and g.get("text") else None
            g["text"] = w.printed(g.get("text"), lo, hi)
            if isinstance(g.get("indicator"), str):
                g["indicator"] = w.printed_words(g["indicator"], lo, hi)
            if isinstance(unit, str):
                g["unit"] = _printed_unit(w, unit, at)


def _printed_unit(w: WorkingCopy, unit: str, at: tuple[int, int] | None) -> str:
    """The unit as its target's text (span `at`) prints it, at its last place there (a page mixing 万
    and 萬 prints "820万人次" where it does); character by character where the text does not hold it."""
    k = w.text.rfind(unit, at[0], at[1]) if at is not None else -1
    return (
        "".join(w.source[w.start[i] : w.start[i] + 1] for i in range(k, k + len(unit)))
        if k >= 0
        else w.printed_chars(unit)
    )
