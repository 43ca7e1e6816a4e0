"""Lead and participating units of a task.

Forms met in real plans:
- labelled: 牵头单位/牵头部门/责任单位/责任部门/主办/配合单位/参与单位/协办/协同…, followed by ：or :,
  inside （）()【】[], mid-sentence, or on a line of their own;
- "X牵头，Y配合" / "由X牵头" / "（X负责）";
- "按职责分工负责" after a list (dropped: it is not a unit);
- person labels (责任领导, 责任人) are skipped, never read as units.

When both 牵头/主办 units and 责任/配合/协同 units are named, 牵头 units lead and the others
participate; when only 责任单位 is named it leads (or only its first unit does, when the document
says 列第一位者为牵头单位).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from transform.gazetteer import is_unit_like, split_glued

_LEAD = r"牵头(?:责任)?单位|牵头(?:责任)?部门|牵头科室|主办单位|主办部门|主责单位|主责部门|牵头(?=\s*[:：])|主办(?=\s*[:：])"
_RESP = r"责任单位|责任部门|主体单位|实施单位|承办单位|落实单位"
_PART = (r"参与单位|参与部门|配合单位|配合部门|协办单位|协办部门|协同单位|协同部门|协助单位|协助部门|参加单位|"
         r"参与|配合(?=\s*[:：])|协办(?=\s*[:：])|协同(?=\s*[:：])")
_PERSON = r"责任领导|牵头领导|分管领导|包保领导|县级领导|市级领导|责任人|联系人|督导领导"
_OTHER = r"完成时限|完成时间|时间节点|时限要求|完成期限|进度安排|时间安排|工作时限|办结时限|督办单位"

_OPEN, _CLOSE = "（(【[〔", "）)】]〕"
_SEP = "、，,；;/／"
_DROP_TAIL = re.compile(r"(按照?职责分工(负责|落实)?|按职责(负责|落实)?|分别负责|共同负责|负责落实|负责|落实|等有关部门|"
                        r"等相关部门|等部门|等单位|等)$")
_FIRST_IS_LEAD = re.compile(r"(列|排)(在)?第一位?(的|者)?(单位|部门)?为牵头|第一个?(单位|部门)?为牵头(单位|部门)|"
                            r"首位(单位|部门)?为牵头|牵头(单位|部门)(列|排)(在)?(第一|首)位")
# "X牵头，Y配合" / "由X牵头" ; X and Y are lists of unit names.
_LEAD_VERB = re.compile(
    r"(?:^|[，,。；;（(\s：:])(?:由)?(?P<lead>[^，,。；;（()）：:\s]{2,80}?)(?:牵头|主办|负责)(?:负责|落实|推进)?"
    r"(?:[，,；;、]\s*(?P<part>[^。；;（()）：:\n]{2,120}?)(?:等有关部门|等相关部门|等部门|等单位)?"
    r"(?:配合|参与|协同|协助|协办)(?:落实|推进)?)?(?=$|[，,。；;）)\s])")


_ANY_UNIT_WORD = re.compile(r"牵头|责任|主办|主责|主体|实施单位|承办|落实单位|配合|参与|协办|协同|协助|参加|负责")


@dataclass
class Units:
    lead: list[str] = field(default_factory=list)
    participating: list[str] = field(default_factory=list)
    #: (start, end) spans of the unit blocks in the text, to keep them out of target extraction.
    spans: list[tuple[int, int]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.lead or self.participating)


_COLON_LOOKAHEAD = "(?=\\s*[:：])"
_LEAD_BARE = _LEAD.replace(_COLON_LOOKAHEAD, "")
_PART_BARE = _PART.replace(_COLON_LOOKAHEAD, "")
# The label before a colon, as a regex: _label_before gives its answer without running it (kept as
# the reference the tests compare _label_before with).
_LABEL_BEFORE_COLON = re.compile(
    rf"(?:(?P<lead>{_LEAD_BARE})|(?P<resp>{_RESP})|(?P<part>{_PART_BARE})|(?P<person>{_PERSON})|"
    rf"(?P<other>{_OTHER}))\s*$")


def _literals(alternation: str) -> list[str]:
    """The strings an alternation of labels matches: '牵头(?:责任)?单位|参与' -> 牵头单位, 牵头责任单位, 参与."""
    out: list[str] = []
    for alt in alternation.split("|"):
        forms = [alt.replace("(?:责任)?", ""), alt.replace("(?:责任)?", "责任")] if "(?:责任)?" in alt else [alt]
        for f in forms:
            if re.escape(f) != f or not f or any(ch.isspace() for ch in f):
                raise ValueError(f"label {f!r} is not a plain word: teach _literals its syntax")
        out.extend(forms)
    return out


# Every label _LABEL_BEFORE_COLON knows, as a plain string, with the kind of the first group that has it
# (the regex tries the groups in this order).
_LABEL_KIND: dict[str, str] = {}
for _kind, _alternation in (("lead", _LEAD_BARE), ("resp", _RESP), ("part", _PART_BARE), ("person", _PERSON),
                            ("other", _OTHER)):
    for _label in _literals(_alternation):
        _LABEL_KIND.setdefault(_label, _kind)
# last character of a label -> the lengths of the labels that end with it, shortest first
_LABEL_LENGTHS_BY_LAST: dict[str, tuple[int, ...]] = {
    last: tuple(sorted({len(k) for k in _LABEL_KIND if k[-1] == last}))
    for last in {k[-1] for k in _LABEL_KIND}}
# label -> the longer labels that end with it, longest first (责任单位 -> 牵头责任单位)
_LONGER_LABELS: dict[str, tuple[str, ...]] = {
    k: tuple(sorted((m for m in _LABEL_KIND if len(m) > len(k) and m.endswith(k)), key=len, reverse=True))
    for k in _LABEL_KIND}


def _label_before(text: str, colon: int) -> tuple[int, int, str] | None:
    """(label start, value start, kind) of the label right before the colon at `colon`, else None.

    The value starts after the colon and the spaces that follow it. The label is the
    answer of `_LABEL_BEFORE_COLON.search(text, max(0, colon - 10), colon)` (start, lastgroup), at
    a fraction of its cost: labels hold no whitespace, so a match is a label that ends exactly where
    the whitespace before the colon starts; the leftmost match is the longest such label inside the
    10-character window, and its group is the first kind that lists it. (\s is str.isspace.)
    The longest label is found from the shortest one, which it ends with: that is one dict lookup
    for the usual 牵头单位：.
    """
    window = colon - 10 if colon > 10 else 0
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


_FULL_LABELS = {
    "lead": r"牵头(?:责任)?单位|牵头(?:责任)?部门|主办单位|主办部门",
    "resp": r"责任单位|责任部门",
    "part": r"参与单位|参与部门|配合单位|配合部门|协办单位|协同单位|协助单位",
    "person": r"责任领导|牵头领导|分管领导|责任人",
}
_LABEL_NO_COLON = re.compile(
    r"[（(【\[；;，,]\s*(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _FULL_LABELS.items())
    + r")(?=[\u4e00-\u9fff])")


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
    # labels whose colon was lost in extraction: "（牵头单位县发改局；配合单位各镇街）"
    if _more_label_nouns_than(text, len(out)):
        starts = {s for s, _, _k in out}
        for m in _LABEL_NO_COLON.finditer(text):
            kind = m.lastgroup or "lead"
            if m.start(kind) not in starts:
                out.append((m.start(kind), m.end(kind), kind))
    if len(out) > 1:
        out.sort()
    return out


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


# Every match of _FIRST_IS_LEAD holds one of these: str.find rules most documents out at once,
# where the regex search would try its alternation at each character of the body.
_FIRST_IS_LEAD_HINTS = ("为牵头", "牵头单位列", "牵头单位排", "牵头部门列", "牵头部门排")


# Each hint is a 牵头 with 为 before it or one of these after it.
_AFTER_LEAD_HINT = ("单位列", "单位排", "部门列", "部门排")


def first_is_lead_rule(text: str) -> bool:
    """Does the document say the first unit listed is the lead (列第一位者为牵头单位)?"""
    if not _has_first_is_lead_hint(text):
        return False
    return bool(_FIRST_IS_LEAD.search(text))


def _has_first_is_lead_hint(text: str) -> bool:
    """any(h in text for h in _FIRST_IS_LEAD_HINTS), in one pass over the text's 牵头 instead of five
    over the whole body (a plan body is long and has a 牵头 in most tasks)."""
    i = text.find("牵头")
    while i >= 0:
        if (i > 0 and text[i - 1] == "为") or text.startswith(_AFTER_LEAD_HINT, i + 2):
            return True
        i = text.find("牵头", i + 2)  # 牵头 cannot overlap itself
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


def split_units(value: str) -> list[str]:
    return list(_split_units(value))


@lru_cache(maxsize=4096)
def _split_units(value: str) -> tuple[str, ...]:
    """Split a printed list of units into unit names, as printed.

    Separators 、，,；; at bracket depth 0; a trailing 等/等部门 and 按职责分工负责 are dropped;
    "全县新能源、新材料产业专班成员单位" stays whole (its first half is no unit on its own);
    glued names are cut with the gazetteer.
    """
    parts: list[str] = []
    depth = 0
    cur: list[str] = []
    for ch in value:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        if depth == 0 and ch in _SEP:
            parts.append("".join(cur))
            cur = []
            continue
        cur.append(ch)
    parts.append("".join(cur))
    cleaned: list[str] = []
    for p in parts:
        p = _clean(p)
        if p:
            cleaned.append(p)
    merged = _merge_halves(cleaned, value)
    out: list[str] = []
    for p in merged:
        for u in _split_spaces(p):
            for g in (split_glued(u) if "、" not in u else [u]):
                g = _clean(g)
                if g and g not in out:
                    out.append(g)
    return tuple(out)


def _clean(p: str) -> str:
    p = p.strip(" \t\u3000:：。.·•")
    # unbalanced trailing/leading brackets left by the cut
    while p and p[-1] in _CLOSE and _balance(p) < 0:
        p = p[:-1].strip()
    while p and p[0] in _OPEN and _balance(p) > 0:
        p = p[1:].strip()
    prev = None
    while p and p != prev:
        prev = p
        p = _DROP_TAIL.sub("", p).strip(" \t\u3000")
    p = re.sub(r"^(由|请|以及|及)(?=[\u4e00-\u9fff]{2})", "", p)
    if re.fullmatch(r"[\d\s.\-—]*", p):
        return ""
    return p


def _balance(s: str) -> int:
    """Opening minus closing brackets (_OPEN / _CLOSE), counted at C speed."""
    return (s.count("（") + s.count("(") + s.count("【") + s.count("[") + s.count("〔")
            - s.count("）") - s.count(")") - s.count("】") - s.count("]") - s.count("〕"))


def _merge_halves(parts: list[str], value: str) -> list[str]:
    """Re-join a name that has a 、 inside it: 全县新能源、新材料产业专班成员单位."""
    out: list[str] = []
    i = 0
    while i < len(parts):
        p = parts[i]
        while (i + 1 < len(parts) and not is_unit_like(p) and len(p) <= 10
               and re.search(r"(专班|成员单位|领导小组|工作组|联席会议)(成员单位)?$", parts[i + 1])
               and f"{p}、{parts[i + 1]}" in value):
            p = f"{p}、{parts[i + 1]}"
            i += 1
        out.append(p)
        i += 1
    return out


def _split_spaces(p: str) -> list[str]:
    """'县发改局 县财政局' -> two units, but keep '中共鄄城县委 鄄城县人民政府'-like pairs only if both are units."""
    bits = [b for b in re.split(r"[ \t\u3000]+", p) if b]
    if len(bits) > 1 and all(is_unit_like(b) for b in bits):
        return bits
    return ["".join(bits)] if bits else []


def extract_units(text: str, *, first_is_lead: bool = False) -> Units:
    """Find the lead and participating units stated in a task's text."""
    # "牵头" is one of _ANY_UNIT_WORD's words and is in most task texts: `in` finds it for less than
    # the regex search costs.
    if not text or ("牵头" not in text and not _ANY_UNIT_WORD.search(text)):
        return Units([], [], [])
    matches = _label_matches(text)
    n = len(text)
    lead_vals: list[str] = []
    resp_vals: list[str] = []
    part_vals: list[str] = []
    spans: list[tuple[int, int]] = []
    for k, (m_start, m_end, kind) in enumerate(matches):
        # the value runs at most to the first later label that starts after m_end (matches are
        # sorted by start: this is bisect_right over the later starts, without building that list)
        limit = n
        for later in matches[k + 1:]:
            if later[0] > m_end:
                limit = later[0]
                break
        end = _value_end(text, m_end, limit)
        value = text[m_end:end]
        spans.append(_block(text, m_start, end))
        if kind == "lead":
            lead_vals.append(value)
        elif kind == "resp":
            resp_vals.append(value)
        elif kind == "part":
            part_vals.append(value)
    lead: list[str] = []
    participating: list[str] = []
    if lead_vals:
        lead = _units_of(lead_vals)
        if resp_vals or part_vals:
            participating = _units_of(resp_vals + part_vals)
    elif resp_vals:
        lead = _units_of(resp_vals)
        if part_vals:
            participating = _units_of(part_vals)
        elif first_is_lead and len(lead) > 1:
            participating = lead[1:]
            lead = lead[:1]
    elif part_vals:
        participating = _units_of(part_vals)
    units = Units(lead, participating, _block_spans(text, spans))
    if not lead and not participating:  # (not units, without the __bool__ call)
        _verb_units(text, units)
    if units.lead:
        _marked_leads(units)
        if units.participating:
            _drop_leads_from_participating(units)
    return units


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
    if len(values) == 1:  # _split_units never repeats a name: nothing to drop
        return list(_split_units(values[0]))
    out: list[str] = []
    for v in values:
        for u in _split_units(v):
            if u not in out:
                out.append(u)
    return out


def _verb_units(text: str, units: Units) -> None:
    """"X牵头，Y配合" / "由X牵头" / "（X负责）" forms, only where X really is a list of units."""
    for m in _LEAD_VERB.finditer(text):
        lead = m.group("lead")
        lead = lead.rsplit("由", 1)[-1]
        leads = split_units(lead)
        if not leads or not all(is_unit_like(u) for u in leads):
            continue
        parts = split_units(m.group("part") or "")
        if parts and not all(is_unit_like(u) for u in parts):
            parts = []
        # "（X负责）" only counts inside brackets or at the end: a sentence "X负责…" is work, not a unit list.
        verb_is_fuze = "牵头" not in m.group(0) and "主办" not in m.group(0)
        if verb_is_fuze and not _in_brackets(text, m.start("lead")):
            continue
        units.lead.extend(u for u in leads if u not in units.lead)
        units.participating.extend(u for u in parts if u not in units.participating)
        bstart = _block_start(text, m.start("lead"))
        units.spans.append((bstart, m.end()))


def _in_brackets(text: str, pos: int) -> bool:
    depth = 0
    for ch in text[:pos]:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
    return depth > 0


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
