"""Role labels in a task's text: "牵头单位：", "【配合单位】", "（责任单位县发改局" (colon lost), and the
end of each label's value. The label words are data (units_roles.toml, through transform.unit_words).

`_label_matches` looks only at the few characters before each colon or closing square bracket,
which is much cheaper than scanning the text with the label alternation; `_LABEL_BEFORE_COLON`
is that alternation, kept as the reference the tests compare the fast path with.
"""

from __future__ import annotations

import re

from transform.gazetteer import is_unit_like
from transform.lexicons import words
from transform.unit_label_roles import implementing_beside_responsible, lead_and_part
from transform.unit_names import CLOSE as _CLOSE
from transform.unit_names import OPEN as _OPEN
from transform.unit_names import has_prose_word, split_units
from transform.unit_roled import roled, roled_label
from transform.unit_verb_labels import verb_label_in_prose
from transform.unit_words import (
    COLON_ONLY_LABELS,
    COPULA_NOUNS,
    COPULAS,
    LABEL_BRACKET_NOUNS,
    LABEL_KIND,
    LABELS,
    NO_COLON_NOUNS,
    alternation,
    simplified,
)

_KIND_GROUPS = (
    ("lead", "lead"),
    ("resp", "resp"),
    ("part", "part"),
    ("person", "person"),
    ("other", "other"),
)
# The label before a colon, as a regex: _label_before gives its answer without running it (kept as
# the reference the tests compare _label_before with).


_LABEL_BEFORE_COLON = re.compile(
    "(?:"
    + "|".join(f"(?P<{g}>{alternation(LABELS[k])}{roled(k)})" for g, k in _KIND_GROUPS)
    + f")(?:[ \t\u3000]*[（(](?:{alternation(LABEL_BRACKET_NOUNS)})[）)])?"
    + r"\s*$"
)
_BRACKET_CLOSERS = frozenset("）)")
_LABEL_GAP = frozenset(" \t\u3000")  # spaces a label may leave before its bracketed noun

# Every label _LABEL_BEFORE_COLON knows, with the kind of the first group that has it.
_LABEL_KIND: dict[str, str] = LABEL_KIND
# last character of a label -> the lengths of the labels that end with it, shortest first
_LABEL_LENGTHS_BY_LAST: dict[str, tuple[int, ...]] = {
    last: tuple(sorted({len(k) for k in _LABEL_KIND if k[-1] == last}))
    for last in {k[-1] for k in _LABEL_KIND}
}
# label -> the longer labels that end with it, longest first (责任单位 -> 牵头责任单位)
_LONGER_LABELS: dict[str, tuple[str, ...]] = {
    k: tuple(sorted((m for m in _LABEL_KIND if len(m) > len(k) and m.endswith(k)), key=len, reverse=True))
    for k in _LABEL_KIND
}
_LABEL_WINDOW = max(10, max(len(k) for k in _LABEL_KIND))


def _label_before(text: str, colon: int) -> tuple[int, int, str] | None:
    r"""(label start, value start, kind) of the label right before the colon at `colon`, else None.

    The value starts after the colon and the spaces that follow it. The label is the
    answer of `_LABEL_BEFORE_COLON.search(text, max(0, colon - _LABEL_WINDOW), colon)` (start, lastgroup), at
    a fraction of its cost: labels hold no whitespace, so a match is a label that ends exactly where
    the whitespace before the colon starts; the leftmost match is the longest such label inside the
    10-character window, and its group is the first kind that lists it. (\s is str.isspace.)
    The longest label is found from the shortest one, which it ends with: that is one dict lookup
    for the usual 牵头单位：.
    """
    window = colon - _LABEL_WINDOW if colon > _LABEL_WINDOW else 0
    j = colon
    while j > window:
        lengths = _LABEL_LENGTHS_BY_LAST.get(text[j - 1])
        if lengths is not None:  # (a label character is no whitespace)
            break
        if text[j - 1] in _BRACKET_CLOSERS:  # "责任单位（部门）：": the label ends before the bracket
            roled = roled_label(text, j, window, colon, _LABEL_LENGTHS_BY_LAST)
            if roled is not None:
                return roled
            j = _bracket_start(text, j, window)
            while j > window and text[j - 1] in _LABEL_GAP:  # "责任单位 （部门）：" (a space before it)
                j -= 1
            lengths = _LABEL_LENGTHS_BY_LAST.get(text[j - 1]) if j > window else None
            if lengths is None:
                return None
            break
        if not text[j - 1].isspace():  # most colons that end no label stop here
            return None
        j -= 1
    else:
        return None  # only whitespace in the window
    for n in lengths:  # shortest first
        start = j - n
        if start < window:
            return None
        label = text[start:j]
        kind = _LABEL_KIND.get(label)
        if kind is not None:
            for longer in _LONGER_LABELS[label]:
                if j - len(longer) >= window and text.startswith(longer, j - len(longer)):
                    start, kind = j - len(longer), _LABEL_KIND[longer]
                    break
            value = colon + 1
            while value < len(text) and text[value] in " \t\u3000":
                value += 1
            return start, value, kind
    return None


def _bracket_start(text: str, j: int, window: int) -> int:
    """Where the bracketed noun that ends at j starts ("（部门）" of "责任单位（部门）"), else `window`."""
    for noun in LABEL_BRACKET_NOUNS:
        s = j - len(noun) - 2
        if s >= window and text[s] in "（(" and text.startswith(noun, s + 1) and s + 1 + len(noun) == j - 1:
            return s
    return window


#: a label a PDF line break cut ("牵头单\n位：县商务局") has the break among its last few characters
_WRAP_WINDOW = 6


def _wrapped_label_before(text: str, colon: int) -> tuple[int, int, str] | None:
    """The label before `colon` that one line break inside it cut ("配合单\n位：", a PDF page's wrap):
    read with the break taken out; the label must hold it (a label ending a line is read as it is)."""
    k = text.rfind("\n", max(0, colon - _WRAP_WINDOW), colon)
    if k <= 0 or text[k - 1].isspace() or text[k + 1 : colon].strip() != text[k + 1 : colon]:
        return None
    base = max(0, k - _LABEL_WINDOW)
    joined = text[base:k] + text[k + 1 : colon + 1]
    found = _label_before(joined, len(joined) - 1)
    if found is None or base + found[0] >= k:
        return None  # no label, or one after the break (read by _label_before)
    value = colon + 1
    while value < len(text) and text[value] in " \t\u3000":
        value += 1
    return base + found[0], value, found[2]


#: the fewest characters of a letter-spaced label ("牵 头 单 位：")
_SPACED_MIN = 3


def _spaced_label_before(text: str, colon: int) -> tuple[int, int, str] | None:
    """The label before `colon` that a PDF conversion printed letter-spaced ("牵 头 单 位：县商务局",
    "责\u3000任\u3000单\u3000位："): read with the single spaces taken out (round 41k)."""
    j = colon
    while j > 0 and text[j - 1] in _LABEL_GAP:
        j -= 1
    starts: list[int] = []  # where each spaced character stands, last first
    while j > 0 and len(starts) < _LABEL_WINDOW and not text[j - 1].isspace():
        starts.append(j - 1)
        if j < 3 or text[j - 2] not in _LABEL_GAP or text[j - 3].isspace():
            break
        j -= 2
    if len(starts) < _SPACED_MIN:
        return None
    starts.reverse()
    joined = "".join(text[k] for k in starts) + "："
    found = _label_before(joined, len(joined) - 1)
    if found is None or len(starts) - found[0] < _SPACED_MIN:
        return None
    value = colon + 1
    while value < len(text) and text[value] in " \t\u3000":
        value += 1
    return starts[found[0]], value, found[2]


# Labels whose colon may be lost ("（牵头单位县发改局；配合单位各镇街）"): the ones that end with a noun,
# after a bracket or a separator.
_NO_COLON_LABELS = {
    k: [w for w in LABELS[k] if w.endswith(NO_COLON_NOUNS) and w not in COLON_ONLY_LABELS]
    for k in ("lead", "resp", "part", "person")
}
_LABEL_NO_COLON = re.compile(
    r"(?:^|(?<=[（(【\[；;，,。\s]))(?:"
    + "|".join(f"(?P<{k}>{alternation(v)})" for k, v in _NO_COLON_LABELS.items())
    + r")(?=\s*[\u4e00-\u9fff])"
)

# 机关 and 主体 labels read without a colon only before a copula: "主办机关为社会工作局", "责任主体为县教育局"
_LABEL_COPULA = re.compile(
    r"(?:^|(?<=[（(【\[；;，,。\s]))(?:"
    + "|".join(
        f"(?P<{k}>{alternation([w for w in LABELS[k] if w.endswith(COPULA_NOUNS)])})"
        for k in ("lead", "resp", "part")
    )
    + r")(?="
    + alternation(list(COPULAS))
    + r")"
)


# scope words glued before a label ("省直牵头单位："): all two characters long
_LABEL_SCOPES = frozenset(words("units_label_scopes"))
# labels that themselves open with a scope word ("县级责任领导"): where the window before the colon cut
# one short, the shorter label found is left as it is
_SCOPED_LABELS = tuple(k for k in _LABEL_KIND if k[:2] in _LABEL_SCOPES)
# a scope word after one of these ends a name ("配合单位：各乡镇\n责任单位："), no scope of the label
_NAME_HEADS = frozenset("各关沿涉")


def _with_scope(text: str, found: tuple[int, int, str]) -> tuple[int, int, str]:
    """The label found, started earlier over a scope word glued before it ("；省直配合单位：")."""
    start = found[0]
    if (
        start >= 2
        and text[start - 2 : start] in _LABEL_SCOPES
        and not text.startswith(_SCOPED_LABELS, start - 2)
        and (start < 3 or text[start - 3] not in _NAME_HEADS)
    ):
        return start - 2, found[1], found[2]
    return found


def _label_matches(text: str) -> list[tuple[int, int, str]]:
    """(label start, value start, kind) for every 'label：' in the text.

    Looks only at the few characters before each colon: much cheaper than scanning the whole
    text with the label alternation.
    """
    out: list[tuple[int, int, str]] = []
    for colon in ("：", ":"):
        i = text.find(colon)
        while i >= 0:
            found = _label_before(text, i)
            if found is None and text.find("\n", i - _WRAP_WINDOW if i > _WRAP_WINDOW else 0, i) >= 0:
                found = _wrapped_label_before(text, i)
            if found is None and i > 2 and (text[i - 2] in _LABEL_GAP or text[i - 1] in _LABEL_GAP):
                found = _spaced_label_before(text, i)  # "牵 头 单 位："
            if found is not None and not verb_label_in_prose(text, found[0], i):
                out.append(_with_scope(text, found))
            i = text.find(colon, i + 1)
    if "—" in text:  # "责任单位——县发改局": a dash in place of the colon (round 44a)
        out.extend(_dashed_labels(text))
    # labels in square brackets: "【牵头单位】县发改局", "[责任单位]县财政局"
    for close, open_ in (("】", "【"), ("]", "[")):
        i = text.find(close)
        while i >= 0:
            found = _label_before(text, i)
            if found is not None:
                found = _with_scope(text, found)
                if found[0] > 0 and text[found[0] - 1] == open_:
                    out.append(found)
            i = text.find(close, i + 1)
    # labels whose colon was lost in extraction: "（牵头单位县发改局；配合单位各镇街）"
    if _more_label_nouns_than(text, len(out)):
        out.extend(_joined_labels(_LABEL_NO_COLON, text, {s for s, _, _k in out}))
    if ("机关" in text or "主体" in text) and ("为" in text or "是" in text):
        # 机关 and 主体 labels joined to their names by a copula ("主办机关为社会工作局")
        out.extend(_joined_labels(_LABEL_COPULA, text, {s for s, _, _k in out}))
    if len(out) > 1:
        out.sort()
        first_unit = next((s for s, _v, kind in out if kind != "person"), -1)
        if first_unit >= 0 and any(kind == "person" for _s, _v, kind in out):
            out = [
                m
                for m in out
                if m[2] != "person" or m[0] < first_unit or not _person_note_in_list(text, m[0])
            ]
        if "落实" in text:
            out = implementing_beside_responsible(text, out)
    if out and ("及" in text or "和" in text):
        out = lead_and_part(text, out)
    return out


_DASHES = "—－-"


def _dashed_labels(text: str) -> list[tuple[int, int, str]]:
    """Labels that end with a noun (单位, 部门, 科室, 主体 …) followed by a dash run instead of a colon
    ("责任单位——县发改局", "配合部门—县财政局"), the value starting after the dashes (round 44a)."""
    out: list[tuple[int, int, str]] = []
    i = text.find("—")
    while i >= 0:
        if i > 0 and text[i - 1] not in _DASHES:
            found = _label_before(text, i)
            if found is not None and text[found[0] : i].rstrip().endswith(_DASH_LABEL_ENDS):
                value = i
                while value < len(text) and (text[value] in _DASHES or text[value] in " \t\u3000"):
                    value += 1
                first = _FIRST_NAME_END.split(text[value : value + 30], maxsplit=1)[0]
                if is_unit_like(first):  # names follow ("建立“责任单位—专班—专员”机制" names none)
                    out.append(_with_scope(text, (found[0], value, found[2])))
        i = text.find("—", i + 1)
    return out


#: the nouns a label read before a dash ends with ("牵头—" alone is a clause mark, no label)
_DASH_LABEL_ENDS = ("单位", "部门", "科室", "处室", "股室", "站所", "主体", "机关", "领导", "责任人")

#: how far a bracketed person note may run ("（责任人：王强）", "（负责人：李华 电话：…）")
_NOTE_SPAN = 40
_NOTE_OPEN = frozenset("（(")
_LIST_GOES_ON = frozenset("、，,；;")


def _person_note_in_list(text: str, start: int) -> bool:
    """Is the person label at `start` a note in brackets on one name of a unit list, which goes on
    after it ("责任单位：县教体局（责任人：王强）、县卫健局（责任人：赵敏）", round 43a)? Then it ends no
    list: the names after it are the list's, and the note is cut from the name (unit_names). Asked
    only of person labels after a unit label."""
    if start == 0 or text[start - 1] not in _NOTE_OPEN:
        return False
    end = min(len(text), start + _NOTE_SPAN)
    for i in range(start, end):
        ch = text[i]
        if ch in "）)":
            return i + 1 < len(text) and text[i + 1] in _LIST_GOES_ON
        if ch in "（(\n。":
            return False
    return False


def _joined_labels(pattern: re.Pattern[str], text: str, starts: set[int]) -> list[tuple[int, int, str]]:
    """Labels `pattern` finds with no colon, each followed by names, not starting where a label
    found before starts."""
    out: list[tuple[int, int, str]] = []
    for m in pattern.finditer(text):
        kind = m.lastgroup or "lead"
        value = m.end(kind)
        # "牵头单位为市发改委", "牵头单位均为县农业农村局": the copula joins label and names
        value += next((len(c) for c in COPULAS if text.startswith(c, value)), 0)
        if m.start(kind) not in starts and _names_follow(text, value, kind):
            out.append((m.start(kind), value, kind))
    return out


_FIRST_NAME_END = re.compile(r"[，,；;。、\n（()）【】\[\]〔〕：:]")


def _names_follow(text: str, start: int, kind: str) -> bool:
    """Does a unit name (a person, for a person label) follow a label whose colon was lost?
    "（牵头单位县发改局" yes; "，协同单位积极配合" no (the words are used in a sentence)."""
    if kind == "person":
        return True
    while start < len(text) and text[start].isspace():
        start += 1
    m = _FIRST_NAME_END.search(text, start, start + 40)
    first = text[start : m.start() if m else min(len(text), start + 40)]
    if has_prose_word(first[:4]):
        return False  # "责任单位要积极配合…", "责任单位尤其是各乡镇…": the label word is a subject
    names = split_units(first)
    return bool(names) and is_unit_like(names[0])


def _more_label_nouns_than(text: str, k: int) -> bool:
    """text.count("单位") + text.count("部门") + text.count("领导") + text.count("责任人") > k.

    The counts are never negative, so the sum can stop growing once it passes k; with k == 0 a
    plain `in` (which stops at the first hit) does.
    """
    if k == 0:  # any occurrence is enough: `in` stops at the first one, count reads to the end
        return "单位" in text or "部门" in text or "领导" in text or "责任人" in text
    total = text.count("单位")
    if total == k:  # (the usual case: every label found so far is a …单位) one more noun is enough
        return "部门" in text or "领导" in text or "责任人" in text
    for noun in ("部门", "领导", "责任人"):
        if total > k:
            return True
        total += text.count(noun)
    return total > k


_VALUE_STOP = re.compile("[" + re.escape(_OPEN + _CLOSE) + "。\n]")


def _value_end(text: str, start: int, limit: int) -> int:
    """End of a label's value: `limit` (the next label), 。, newline, or a bracket that closes
    outside the value."""
    first = _VALUE_STOP.search(text, start, limit)
    if first is None:  # most values: no bracket, 。 or newline before the next label
        return limit
    if text[first.start()] not in _OPEN:  # a close bracket, 。 or newline at depth 0 ends the value
        return first.start()
    depth = 0
    opened = limit  # the bracket still open: where the depth last rose from 0
    for m in _VALUE_STOP.finditer(text, first.start(), limit):  # only the characters that matter
        ch = m.group()
        if ch in _OPEN:
            if depth == 0:
                opened = m.start()
            depth += 1
        elif ch in _CLOSE:
            if depth == 0:
                return m.start()
            depth -= 1
        elif depth == 0:  # 。 or a newline
            return m.start()
    # the next label stands inside a bracket this value opened ("区司法局（综合科 负责人：刘洋）"):
    # the bracket is a note on the name, which ends before it
    return opened if depth and limit < len(text) else limit


# a unit role label and its colon ("牵头单位：", "责任单位:", "配合单位：")
_UNIT_LABEL = re.compile(
    r"(?:" + alternation(LABELS["lead"] + LABELS["resp"] + LABELS["part"]) + r")[ \t\u3000]*[:：]"
)


def is_labelled_units(text: str) -> bool:
    """A cell of labelled unit fields and nothing else ("牵头单位：市文广旅游局 责任单位：各县（市、区）政府"):
    it opens with a unit label, and after each label stand unit names only."""
    view = simplified(text.strip())
    if _UNIT_LABEL.match(view) is None:
        return False
    for piece in _UNIT_LABEL.split(view)[1:]:
        names = split_units(piece)
        if not names or not all(is_unit_like(n) for n in names):
            return False
    return True
