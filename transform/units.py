"""Lead and participating units of a task.

Forms met in real plans (the words are data: transform/lexicons/units_roles.toml):
- labelled: 牵头单位/牵头责任单位/主办/责任单位/责任科室/配合单位/协同责任单位/数据提供单位…, followed
  by ：or :, inside （）()【】[]〔〕, mid-sentence, on a line of their own, or with the colon lost;
  a list may run on over the next lines of a table cell, one unit a line;
- clauses (transform.unit_clauses): "X牵头，Y配合" / "由X牵头" / "（X负责，Y参与，Z负责落实）" /
  "A、B分别牵头", also inside a labelled value ("责任单位：A牵头，B配合");
- a section heading that states who leads its work ("县示范区管委会牵头工作（8项）", `heading=True`);
- notes inside a list ("（列第一位者为牵头单位，下同）") are cut from the names and applied as a rule;
- "按职责分工负责" after a list is no unit; people (责任领导, 责任人, 张三副县长) are never units.

When both 牵头/主办 units and 责任/配合/协同 units are named, 牵头 units lead and the others
participate; when only 责任单位 is named it leads (or only its first unit does, when the document
or the list says 列第一位者为牵头单位). Traditional pages are read through a simplified working
copy of the same length; names are returned as printed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from transform.gazetteer import is_unit_like
from transform.unit_clauses import find_clauses, heading_clause, resolve
from transform.unit_names import CLOSE as _CLOSE
from transform.unit_names import NO_NOTE, Note, split_units, split_value
from transform.unit_names import OPEN as _OPEN
from transform.unit_tables import column_units
from transform.unit_words import (
    LABEL_KIND,
    LABELS,
    NO_COLON_NOUNS,
    VERB_KIND,
    alternation,
    simplified,
    word_search,
)

__all__ = ["Units", "extract_units", "first_is_lead_rule", "split_units", "strip_spans"]

_FIRST_IS_LEAD = re.compile(r"(列|排)(在|名)?(第一位?|首位)(的|者)?(单位|部门)?为(工作)?牵头|第一个?(单位|部门)?为(工作)?牵头(单位|部门)|"
                            r"首位(单位|部门)?为(工作)?牵头|牵头(单位|部门)(列|排)(在)?(第一|首)位")
# Words that start a unit clause or name a unit role: a text with none of them names no unit.
_ANY_UNIT_WORD = re.compile(r"牵头|责任|主办|主责|主体|实施|承办|承担|落实|配合|参与|协办|协同|协助|协作|参加|负责|"
                            r"提供单位|支持单位")


@dataclass
class Units:
    lead: list[str] = field(default_factory=list)
    participating: list[str] = field(default_factory=list)
    #: (start, end) spans of the unit blocks in the text, to keep them out of target extraction.
    spans: list[tuple[int, int]] = field(default_factory=list)
    #: a list in the text says its first unit leads (列第一位者为牵头单位) ...
    first_is_lead_note: bool = False
    #: ... for the following tasks too (下同)
    note_following: bool = False
    #: the lead units come from 责任单位-type labels only: a first-is-lead rule may apply to them
    lead_from_responsible: bool = False

    def __bool__(self) -> bool:
        return bool(self.lead or self.participating)


_VERB = word_search(tuple(VERB_KIND))
_KIND_GROUPS = (("lead", "lead"), ("resp", "resp"), ("part", "part"), ("person", "person"), ("other", "other"))
# The label before a colon, as a regex: _label_before gives its answer without running it (kept as
# the reference the tests compare _label_before with).
_LABEL_BEFORE_COLON = re.compile(
    "(?:" + "|".join(f"(?P<{g}>{alternation(LABELS[k])})" for g, k in _KIND_GROUPS) + r")\s*$")

# Every label _LABEL_BEFORE_COLON knows, with the kind of the first group that has it.
_LABEL_KIND: dict[str, str] = LABEL_KIND
# last character of a label -> the lengths of the labels that end with it, shortest first
_LABEL_LENGTHS_BY_LAST: dict[str, tuple[int, ...]] = {
    last: tuple(sorted({len(k) for k in _LABEL_KIND if k[-1] == last}))
    for last in {k[-1] for k in _LABEL_KIND}}
# label -> the longer labels that end with it, longest first (责任单位 -> 牵头责任单位)
_LONGER_LABELS: dict[str, tuple[str, ...]] = {
    k: tuple(sorted((m for m in _LABEL_KIND if len(m) > len(k) and m.endswith(k)), key=len, reverse=True))
    for k in _LABEL_KIND}
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


# Labels whose colon may be lost ("（牵头单位县发改局；配合单位各镇街）"): the ones that end with a noun,
# after a bracket or a separator.
_NO_COLON_LABELS = {k: [w for w in LABELS[k] if w.endswith(NO_COLON_NOUNS)] for k in ("lead", "resp", "part", "person")}
_LABEL_NO_COLON = re.compile(
    r"(?:^|(?<=[（(【\[；;，,。\s]))(?:" + "|".join(f"(?P<{k}>{alternation(v)})" for k, v in _NO_COLON_LABELS.items())
    + r")(?=\s*[\u4e00-\u9fff])")


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
            if found is not None:
                out.append(found)
            i = text.find(colon, i + 1)
    # labels in square brackets: "【牵头单位】县发改局", "[责任单位]县财政局"
    for close, open_ in (("】", "【"), ("]", "[")):
        i = text.find(close)
        while i >= 0:
            found = _label_before(text, i)
            if found is not None and found[0] > 0 and text[found[0] - 1] == open_:
                out.append(found)
            i = text.find(close, i + 1)
    # labels whose colon was lost in extraction: "（牵头单位县发改局；配合单位各镇街）"
    if _more_label_nouns_than(text, len(out)):
        starts = {s for s, _, _k in out}
        for m in _LABEL_NO_COLON.finditer(text):
            kind = m.lastgroup or "lead"
            if m.start(kind) not in starts and _names_follow(text, m.end(kind), kind):
                out.append((m.start(kind), m.end(kind), kind))
    if len(out) > 1:
        out.sort()
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
    first = text[start:m.start() if m else min(len(text), start + 40)]
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


def first_is_lead_rule(text: str) -> bool:
    """Does the text say the first unit listed is the lead (列第一位者为牵头单位)?

    Same as `_FIRST_IS_LEAD.search` on the simplified text: every match holds 第一 or 首位 and is at
    most 14 characters long, so only the windows around those words are searched.
    """
    text = simplified(text)
    for hint in ("第一", "首位"):
        i = text.find(hint)
        while i >= 0:
            if _FIRST_IS_LEAD.search(text, max(0, i - 8), i + 24):
                return True
            i = text.find(hint, i + 1)
    return False


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
    for m in _VALUE_STOP.finditer(text, first.start(), limit):  # only the characters that matter
        ch = m.group()
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            if depth == 0:
                return m.start()
            depth -= 1
        elif depth == 0:  # 。 or a newline
            return m.start()
    return limit


def _block_start(text: str, label_start: int) -> int:
    """Start of the bracket that encloses a label (e.g. the （ of （牵头单位：…）), else the label."""
    j = label_start - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    if j >= 0 and text[j] in _OPEN:
        return j
    return label_start


def _block_end(text: str, value_end: int, start: int) -> int:
    if start < len(text) and text[start] in _OPEN and value_end < len(text) and text[value_end] in _CLOSE:
        return value_end + 1
    return value_end


def _block(text: str, label_start: int, value_end: int) -> tuple[int, int]:
    """(_block_start, _block_end) of a label and its value, in one call (it runs for every label).

    A label never starts with a bracket, so the block can only close when it starts at one.
    """
    j = label_start - 1
    while j >= 0:
        ch = text[j]
        if ch in _OPEN:
            if value_end < len(text) and text[value_end] in _CLOSE:  # （label：value） closes here
                return j, value_end + 1
            return j, value_end
        if ch != " " and ch != "\t":
            break
        j -= 1
    return label_start, value_end


def _balance(s: str) -> int:
    """Opening minus closing brackets (_OPEN / _CLOSE), counted at C speed."""
    return (s.count("（") + s.count("(") + s.count("【") + s.count("[") + s.count("〔")
            - s.count("）") - s.count(")") - s.count("】") - s.count("]") - s.count("〕"))


def extract_units(text: str, *, first_is_lead: bool = False, heading: bool = False,
                  columns: tuple[tuple[str, ...], ...] = ()) -> Units:
    """Find the lead and participating units stated in a task's text.

    first_is_lead: the document says the first unit of a 责任单位 list leads. heading: the first
    line of the text is a section heading, which may say who leads its work ("X牵头工作").
    columns: the kinds of the trailing columns of the space-separated tables of the document
    (`unit_tables.table_columns`): a row's last fields may name its units.
    """
    if not text:
        return Units()
    view = simplified(text)
    # "牵头" is one of _ANY_UNIT_WORD's words and is in most task texts: `in` finds it for less than
    # the regex search costs.
    if "牵头" not in view and not _ANY_UNIT_WORD.search(view):
        units = Units()
        if heading:
            _heading_units(text, view, units)
        if columns and not units.lead:
            _column_units(text, columns, units, first_is_lead)
        return units
    units = _labelled_units(text, view, first_is_lead)
    if not units.lead and not units.participating:  # (not units, without the __bool__ call)
        _clause_units(text, view, units)
        if heading and not units.lead and not units.participating:
            _heading_units(text, view, units)
        if columns and not units.lead and not units.participating:
            _column_units(text, columns, units, first_is_lead)
    if units.lead:
        _marked_leads(units)
        if units.participating:
            _drop_leads_from_participating(units)
    return units


def _labelled_units(text: str, view: str, first_is_lead: bool) -> Units:
    """The units of the labelled lists ("牵头单位：…；配合单位：…") of a text."""
    matches = _label_matches(view)
    n = len(view)
    buckets: dict[str, list[str]] = {"lead": [], "resp": [], "part": []}
    spans: list[tuple[int, int]] = []
    run_ons: list[tuple[int, int]] = []    # the lines lists ran on over (after the label blocks)
    note = NO_NOTE
    for k, (m_start, m_end, kind) in enumerate(matches):
        # the value runs at most to the first later label that starts after m_end (matches are
        # sorted by start: this is bisect_right over the later starts, without building that list)
        j = k + 1
        while j < len(matches) and matches[j][0] <= m_end:
            j += 1
        limit = matches[j][0] if j < len(matches) else n
        end = _value_end(view, m_end, limit)
        if kind in buckets:
            more = end + 1 if _closes_line(view, end) else end     # the lines a list may run on over
            run = _run_on(view, more, limit)
            if run == more:
                value, value_view = text[m_end:end], view[m_end:end]
            else:
                value, value_view = text[m_end:end] + text[more:run], view[m_end:end] + view[more:run]
            value_note = _value_roles(value, value_view, kind, buckets)
            if run > more:
                run_ons.append((more, run))
            if value_note is not NO_NOTE:
                note = Note(note.first_is_lead or value_note.first_is_lead, note.following or value_note.following)
        spans.append(_block(view, m_start, end))
    strong, resp, part = buckets["lead"], buckets["resp"], buckets["part"]
    if strong:
        lead, participating = strong, _dedupe(resp + part)
    else:
        lead, participating = resp, part
    units = Units(lead, participating, _block_spans(view, spans) + run_ons, note.first_is_lead, note.following,
                  bool(resp) and not strong)
    if units.lead_from_responsible and (first_is_lead or note.first_is_lead) and len(lead) > 1:
        units.lead, units.participating = lead[:1], _dedupe(lead[1:] + participating)
    return units


def _dedupe(names: list[str]) -> list[str]:
    out: list[str] = []
    for n in names:
        if n not in out:
            out.append(n)
    return out


def _value_roles(value: str, view: str, kind: str, buckets: dict[str, list[str]]) -> Note:
    """Put the units of one labelled value into the buckets; the note the value states.

    A value is a plain list (every unit takes the label's kind) or clauses ("A牵头，B配合": the
    verbs say the roles; 负责-type verbs and lists without a verb keep the label's kind).
    """
    names, note = split_value(value)
    if _VERB.search(view) is None:   # a plain list: most values
        _add(buckets[kind], names)
        return note
    clauses = find_clauses(value, view, 0, len(view), strict=False, loose_role="label")
    if not any(c.role != "label" for c in clauses):
        _add(buckets[kind], names)
        return note
    has_lead = any(c.role == "lead" for c in clauses)
    seen_lead = False
    for c in clauses:
        if c.role == "lead":
            role = "lead"
        elif c.role in ("part", "tail"):
            role = "part"
        elif c.role == "resp":
            role = "part" if has_lead else kind
        elif c.role == "impl":
            role = "part" if seen_lead else kind
        else:
            role = kind
        seen_lead = seen_lead or role in ("lead", "resp") or c.role == "resp"
        _add(buckets[role], list(c.names))
    return note


def _add(bucket: list[str], names: list[str] | tuple[str, ...]) -> None:
    for name in names:
        if name not in bucket:
            bucket.append(name)


def _closes_line(view: str, end: int) -> bool:
    """Does a bracket that closes the value end its line ("…；配合单位：东城街道）\n西城街道")?"""
    return end + 1 < len(view) and view[end] in _CLOSE and view[end + 1] == "\n"


def _run_on(view: str, end: int, limit: int) -> int:
    """The end of a list that runs on over the next lines, one unit (or list) a line, as a table
    cell flattened to text does: "配合单位：东城街道\n西城街道\n县发改局"."""
    pos = end
    while pos < limit and view[pos] == "\n":
        nl = view.find("\n", pos + 1, limit)
        line_end = nl if nl >= 0 else limit
        line = view[pos + 1:line_end].strip()
        if not line or len(line) > 40 or "。" in line or "：" in line or ":" in line:
            break
        names = split_value(line)[0]
        if not names or not all(is_unit_like(u) for u in names):
            break
        pos = line_end
    if pos > end and _DATE_LINE.match(view, pos + 1):   # an issuer and a date: the signature
        return end
    return pos


# the date line under a signature: 2024年5月8日, 2024-05-08, 二〇二四年五月八日
_DATE_LINE = re.compile(r"\s*(?:\d{4}\s*年\s*\d{1,2}\s*月|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|[〇零一二三四五六七八九]{4}年)")


_SEGMENT_CHARS = re.compile("[" + re.escape(_OPEN + _CLOSE) + "]")


def _bracket_blocks(view: str) -> list[tuple[int, int, int, int]]:
    """(start, inner start, inner end, end) of the outermost bracket groups; a group still open at
    the end of the text (a cut-off page) runs to its end."""
    out: list[tuple[int, int, int, int]] = []
    depth = 0
    start = 0
    for m in _SEGMENT_CHARS.finditer(view):
        ch = m.group()
        if ch in _OPEN:
            if depth == 0:
                start = m.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                out.append((start, start + 1, m.start(), m.end()))
    if depth:
        out.append((start, start + 1, len(view), len(view)))
    return out


def _clause_units(text: str, view: str, units: Units) -> None:
    """Units stated by clauses: "（X牵头，Y配合）" / "由X牵头，Y配合落实。" / "（X、Y按职责分工负责）".

    Inside brackets every clause counts (a block of 配合 clauses only when it holds nothing else);
    in running text a clause counts when it leads (牵头), or, for 负责-type verbs, when it is a
    sentence of its own; 配合 clauses count beside those.
    """
    blocks = [(s, e, outer_s, outer_e) for outer_s, s, e, outer_e in _bracket_blocks(view)]
    blocks.append((0, len(view), -1, -1))
    for s, e, outer_s, outer_e in blocks:
        bracketed = outer_s >= 0
        clauses = find_clauses(text, view, s, e, strict=True)
        if not clauses:
            continue
        kept = _accepted(clauses, bracketed, view, s, e)
        if not kept:
            continue
        lead, part = resolve(kept)
        _add(units.lead, lead)
        _add(units.participating, part)
        # one span for the block, as for a bracketed one (its clauses are one unit statement)
        units.spans.append((outer_s, outer_e) if bracketed else (kept[0].start, kept[-1].end))


# "负责" alone ends many a sentence about work ("对县发改局负责"): in running text it needs a sentence of
# its own; 按职责分工负责-like verbs say who is responsible wherever they stand
_WEAK_VERBS = frozenset(("负责", "具体负责"))


def _specific(names: tuple[str, ...]) -> bool:
    """Does a clause name a body, not only everyone ("各部门按职责分工负责" is a closing formula)?"""
    return any(not simplified(n).startswith(("各", "有关", "相关", "全县", "全市", "全区", "全省")) for n in names)


def _accepted(clauses: list, bracketed: bool, view: str, s: int, e: int) -> list:
    """The clauses of a block that state units (see _clause_units)."""
    if bracketed:
        if any(c.role in ("lead", "resp", "impl") for c in clauses):
            return clauses
        covered = sum(c.end - c.start for c in clauses)
        return clauses if covered >= len(view[s:e].strip(" 。；;，,")) else []
    if any(c.role == "lead" or (c.role == "resp" and c.verb not in _WEAK_VERBS and _specific(c.names))
           for c in clauses):
        return clauses        # 负责/落实 beside a 牵头 or 按职责分工负责 clause take part
    return [c for c in clauses if c.sentence] if any(c.sentence for c in clauses) else []


def _column_units(text: str, columns: tuple[tuple[str, ...], ...], units: Units, first_is_lead: bool) -> None:
    """The units in the last fields of a space-separated table row (see transform.unit_tables)."""
    found = column_units(text, columns)
    if found is None:
        return
    strong, resp, part, span = found
    if strong:
        units.lead, units.participating = strong, _dedupe(resp + part)
    else:
        units.lead, units.participating = resp, part
        units.lead_from_responsible = True
        if first_is_lead and len(resp) > 1:
            units.lead, units.participating = resp[:1], _dedupe(resp[1:] + part)
    units.spans.append(span)


def _heading_units(text: str, view: str, units: Units) -> None:
    """A section heading that says who leads its work: "县示范区管委会牵头工作（8项）"."""
    nl = view.find("\n")
    end = nl if nl >= 0 else len(view)
    clause = heading_clause(text[:end], view[:end])
    if clause is not None:
        _add(units.lead, list(clause.names))
        units.spans.append((0, end))


def _drop_leads_from_participating(units: Units) -> None:
    """units.participating = [u for u in units.participating if u not in units.lead], building the
    list only when some unit is in both (rarely: the comprehension costs more than the test)."""
    lead = units.lead
    for u in units.participating:
        if u in lead:
            units.participating = [p for p in units.participating if p not in lead]
            return


_MARKED_LEAD = re.compile(r"[（(]\s*(牵头|主办|牵头单位)\s*[）)]$")


def _marked_leads(units: Units) -> None:
    """"县发改局（牵头）、县财政局": the marked unit leads, the others participate."""
    joined = "".join(units.lead)
    if "）" not in joined and ")" not in joined:  # _MARKED_LEAD ends with one of them: nothing marked
        return
    marked = [u for u in units.lead if _MARKED_LEAD.search(u)]
    if not marked:
        return
    others = [u for u in units.lead if not _MARKED_LEAD.search(u)]
    units.lead = [_MARKED_LEAD.sub("", u) for u in marked]
    units.participating = others + [u for u in units.participating if u not in others]


def _units_of(values: list[str]) -> list[str]:
    """The units of several lists, each once, in order."""
    if len(values) == 1:  # split_units never repeats a name: nothing to drop
        return split_units(values[0])
    out: list[str] = []
    for v in values:
        _add(out, split_units(v))
    return out


def _merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _close_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Extend a block that opened a bracket to its closing bracket: （牵头单位：…；配合单位：…）.

    (extract_units calls _block_spans, which merges and closes in one pass.)"""
    return [_closed(text, s, e) for s, e in spans]


def _block_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`_close_spans(text, _merge_spans(spans))` in one pass, without the intermediate list."""
    if len(spans) < 2:  # nothing to merge
        return [_closed(text, s, e) for s, e in spans]
    ordered = sorted(spans)
    out: list[tuple[int, int]] = []
    cur_s, cur_e = ordered[0]
    for s, e in ordered[1:]:
        if s <= cur_e + 1:  # touches or overlaps the current block: merge
            if e > cur_e:
                cur_e = e
        else:
            out.append(_closed(text, cur_s, cur_e))
            cur_s, cur_e = s, e
    out.append(_closed(text, cur_s, cur_e))
    return out


def _closed(text: str, s: int, e: int) -> tuple[int, int]:
    """The span, one longer when it is followed by a bracket it opened."""
    if e < len(text) and text[e] in _CLOSE and _opens_more(text, s, e):
        return s, e + 1
    return s, e


_OPENING = re.compile("[" + re.escape(_OPEN) + "]")
_CLOSING = re.compile("[" + re.escape(_CLOSE) + "]")


def _opens_more(text: str, start: int, end: int) -> bool:
    """_balance(text[start:end]) > 0 (for 0 <= start, end <= len(text)), with regex searches instead
    of a slice and ten str.count calls for the usual block (（牵头单位：…；配合单位：… with no
    closing bracket): then the balance is the number of opening brackets."""
    if _CLOSING.search(text, start, end) is None:
        return (start < end and text[start] in _OPEN) or _OPENING.search(text, start, end) is not None
    return _balance(text[start:end]) > 0


def strip_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """The text without the unit blocks (so 牵头单位 lists never feed target extraction)."""
    if not spans:
        return text
    if len(spans) == 1:  # the usual case; the loop below clamps a negative start or end to 0
        s, e = spans[0]
        return text[:max(s, 0)] + text[max(e, 0):]
    out: list[str] = []
    pos = 0
    for s, e in sorted(spans):
        if s < pos:
            s = pos
        out.append(text[pos:s])
        pos = max(pos, e)
    out.append(text[pos:])
    return "".join(out)
