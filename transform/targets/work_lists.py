"""Lists of work a report commits to after a cue ("集中力量办好10件实事：A；B；C", "…办好15件重点民生
实事。具体包括：" with the items below it, one a line): their figures are targets wherever the list
stands, a news report of a meeting included. Cue words: lexicons/targets_goals.toml
(work_list_heads, work_list_nouns)."""

from __future__ import annotations

import re

from transform.numerals import parse_number
from transform.targets.words import lex

WORK_LIST_RE = re.compile(
    "(?:"
    + "|".join(map(re.escape, lex("targets_goals", "work_list_heads")))
    + r")[^,，;；。:：\n]{0,16}?(?:"
    + "|".join(map(re.escape, sorted(lex("targets_goals", "work_list_nouns"), key=len, reverse=True)))
    + r")(?:[,，。]\s?)?(?:具体|主要)?(?:分别是|分别为|具体是|主要是|包括|如下|是|为)?\s?[:：]"
)
# the count a cue gives its list ("办好15件重点民生实事。具体包括：" → the 15 lines below it)
_LIST_COUNT_RE = re.compile(r"(\d{1,2}|[一二三四五六七八九十]{1,3})\s?(?:件|项|个|大|类)")
_WORK_LIST_LINES = 8  # lines read under a cue closing its line that gives no count
_WORK_LIST_MAX = 40  # lines read under a cue at most


def cue_closing(s: str) -> re.Match | None:
    """A work-list cue closing the line `s` ("…接续办好15件重点民生实事。具体包括："): the items
    follow one a line."""
    if s[-1] not in ":：" or ("实事" not in s and "工程" not in s and "项目" not in s):
        return None
    cue = WORK_LIST_RE.search(s)
    return cue if cue is not None and not s[cue.end() :].strip() else None


def listed_lines(cue: str) -> int:
    """How many lines below a cue closing its line hold its list: the count it gives, else 8."""
    m = _LIST_COUNT_RE.search(cue)
    n = parse_number(m.group(1)) if m is not None else None
    return min(int(n), _WORK_LIST_MAX) if n else _WORK_LIST_LINES


def work_list_paragraphs(body: str, covered: list[str]) -> list[str]:
    """The lists of work a report commits to after a cue ("集中力量办好10件实事：A；B；C"): each
    from after its cue to the end of its line, where none of `covered` holds it already."""
    if not body or ("实事" not in body and "工程" not in body and "项目" not in body):
        return []
    out: list[str] = []
    for m in WORK_LIST_RE.finditer(body):
        end = body.find("\n", m.end())
        # (the list after the cue: the count in the cue is that of the list's own items)
        listed = body[m.end() : len(body) if end < 0 else end].strip()
        if len(listed) < MIN_LIST or listed in out:
            continue
        if any(listed in text or text in listed for text in covered if text):
            continue
        out.append(listed)
    return out


MIN_LIST = 8  # characters of work after the cue (a cue ending its line opens a numbered list)
