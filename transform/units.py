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
from bisect import bisect_right
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
_LABEL_BEFORE_COLON = re.compile(
    rf"(?:(?P<lead>{_LEAD_BARE})|(?P<resp>{_RESP})|(?P<part>{_PART_BARE})|(?P<person>{_PERSON})|"
    rf"(?P<other>{_OTHER}))\s*$")


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
    n = len(text)
    for colon in ("：", ":"):
        i = text.find(colon)
        while i >= 0:
            m = _LABEL_BEFORE_COLON.search(text, max(0, i - 10), i)
            if m:
                j = i + 1
                while j < n and text[j] in " \t\u3000":
                    j += 1
                out.append((m.start(), j, m.lastgroup))
            i = text.find(colon, i + 1)
    # labels whose colon was lost in extraction: "（牵头单位县发改局；配合单位各镇街）"
    if text.count("单位") + text.count("部门") + text.count("领导") + text.count("责任人") > len(out):
        starts = {s for s, _, _k in out}
        for m in _LABEL_NO_COLON.finditer(text):
            kind = m.lastgroup or "lead"
            if m.start(kind) not in starts:
                out.append((m.start(kind), m.end(kind), kind))
    out.sort()
    return out


# Every match of _FIRST_IS_LEAD holds one of these: str.find rules most documents out at once,
# where the regex search would try its alternation at each character of the body.
_FIRST_IS_LEAD_HINTS = ("为牵头", "牵头单位列", "牵头单位排", "牵头部门列", "牵头部门排")


def first_is_lead_rule(text: str) -> bool:
    """Does the document say the first unit listed is the lead (列第一位者为牵头单位)?"""
    if not any(h in text for h in _FIRST_IS_LEAD_HINTS):
        return False
    return bool(_FIRST_IS_LEAD.search(text))


_VALUE_STOP = re.compile("[" + re.escape(_OPEN + _CLOSE) + "。\n]")


def _value_end(text: str, start: int, limit: int) -> int:
    """End of a label's value: `limit` (the next label), 。, newline, or a bracket that closes
    outside the value."""
    depth = 0
    for m in _VALUE_STOP.finditer(text, start, limit):  # only the characters that matter
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
    if not text or not _ANY_UNIT_WORD.search(text):
        return Units()
    matches = _label_matches(text)
    starts = [m[0] for m in matches]
    lead_vals: list[str] = []
    resp_vals: list[str] = []
    part_vals: list[str] = []
    spans: list[tuple[int, int]] = []
    for k, (m_start, m_end, kind) in enumerate(matches):
        nxt = bisect_right(starts, m_end, k + 1)  # starts are sorted: the first later label after m_end
        end = _value_end(text, m_end, starts[nxt] if nxt < len(starts) else len(text))
        value = text[m_end:end]
        bstart = _block_start(text, m_start)
        spans.append((bstart, _block_end(text, end, bstart)))
        if kind == "lead":
            lead_vals.append(value)
        elif kind == "resp":
            resp_vals.append(value)
        elif kind == "part":
            part_vals.append(value)
    units = Units(spans=_close_spans(text, _merge_spans(spans)))
    if lead_vals:
        units.lead = _units_of(lead_vals)
        units.participating = _units_of(resp_vals + part_vals)
    elif resp_vals:
        units.lead = _units_of(resp_vals)
        units.participating = _units_of(part_vals)
        if first_is_lead and not part_vals and len(units.lead) > 1:
            units.participating = units.lead[1:]
            units.lead = units.lead[:1]
    elif part_vals:
        units.participating = _units_of(part_vals)
    if not units:
        _verb_units(text, units)
    _marked_leads(units)
    units.participating = [u for u in units.participating if u not in units.lead]
    return units


_MARKED_LEAD = re.compile(r"[（(]\s*(牵头|主办|牵头单位)\s*[）)]$")


def _marked_leads(units: Units) -> None:
    """"县发改局（牵头）、县财政局": the marked unit leads, the others participate."""
    marked = [u for u in units.lead if _MARKED_LEAD.search(u)]
    if not marked:
        return
    others = [u for u in units.lead if not _MARKED_LEAD.search(u)]
    units.lead = [_MARKED_LEAD.sub("", u) for u in marked]
    units.participating = others + [u for u in units.participating if u not in others]


def _units_of(values: list[str]) -> list[str]:
    out: list[str] = []
    for v in values:
        for u in split_units(v):
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
    """Extend a block that opened a bracket to its closing bracket: （牵头单位：…；配合单位：…）."""
    out = []
    for s, e in spans:
        if e < len(text) and text[e] in _CLOSE and _balance(text[s:e]) > 0:
            e += 1
        out.append((s, e))
    return out


def strip_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """The text without the unit blocks (so 牵头单位 lists never feed target extraction)."""
    if not spans:
        return text
    out: list[str] = []
    pos = 0
    for s, e in sorted(spans):
        if s < pos:
            s = pos
        out.append(text[pos:s])
        pos = max(pos, e)
    out.append(text[pos:])
    return "".join(out)
