"""A list of work printed below its cue, one item a line ("今年将接续办好15件重点民生实事。具体包
括：" then "建设100个口袋公园、10座体育公园。" …): each item line carries its targets, up to the
count the cue gives (8 without one), where no task or goals paragraph holds it already. A cue
that looks back ("去年办好的10件民生实事分别是：") opens no list. Cue words:
lexicons/targets_goals.toml (work_list_heads, work_list_nouns); the cue inside a line is read by
`transform.targets.goals.work_list_paragraphs`."""

from __future__ import annotations

import re

from transform.numerals import parse_number
from transform.targets.words import anchors, holds_any, lex

# a work-list cue closing its line: a head word, up to 16 characters, a work noun, then maybe a
# new sentence (。具体包括), 分别是/如下/包括 and a colon, or a question (有哪些?)
_CUE_CLOSING_RE = re.compile(
    "(?:"
    + "|".join(map(re.escape, lex("targets_goals", "work_list_heads")))
    + r")[^,，;；。:：\n]{0,16}?(?:"
    + "|".join(map(re.escape, sorted(lex("targets_goals", "work_list_nouns"), key=len, reverse=True)))
    + r")(?:(?:[,，。]\s?)?(?:具体|主要)?(?:分别是|分别为|具体是|主要是|包括|如下|是|为)?[ \t]?[:：]"
    # or a news lead asking what the list holds ("…15件重点民生实事,安排了哪些目标任务?")
    + r"|[,，]?[^,，;；。:：?？\n]{0,8}?(?:哪些|什么)[^,，;；。:：?？\n]{0,8}[?？])[ \t]*$",
    re.M,
)
_NOUN_ANCHORS = anchors(lex("targets_goals", "work_list_nouns"))
# a cue line that looks back: its list is what was done
_PAST_RE = re.compile(r"去年|上年|过去|已|以来|完成情况")
# the count a cue gives its list ("办好15件重点民生实事。具体包括：" → the 15 lines below it)
_LIST_COUNT_RE = re.compile(r"(\d{1,2}|[一二三四五六七八九十]{1,3})\s?(?:件|项|个|大|类)")
_WORK_LIST_LINES = 8  # lines read under a cue that gives no count
_WORK_LIST_MAX = 40  # lines read under a cue at most


def _listed_lines(cue: str) -> int:
    """How many lines below a cue closing its line hold its list: the count it gives, else 8."""
    m = _LIST_COUNT_RE.search(cue)
    n = parse_number(m.group(1)) if m is not None else None
    return min(int(n), _WORK_LIST_MAX) if n else _WORK_LIST_LINES


def listed_below_cues(body: str, covered: list[str]) -> list[str]:
    """The item lines below each work-list cue closing its line that carry a figure and that none
    of `covered` (the task texts and goals paragraphs already read) holds."""
    if not body or ("实事" not in body and "工程" not in body and "项目" not in body):
        return []
    if not holds_any(body, _NOUN_ANCHORS):
        return []  # every cue holds one of its nouns: no cue (a plan of 工程 and 项目 but no 实事)
    out: dict[str, None] = {}  # item lines in page order, each once
    held: _Holders | None = None  # made for the first line asked about (most pages: no cue)
    for cues, m in enumerate(_CUE_CLOSING_RE.finditer(body)):
        if cues == _CUES_MAX:
            break
        # (the cue's own sentence: "…已正式印发。来看看今年的15件…" looks ahead)
        start = max(body.rfind("\n", 0, m.start()), body.rfind("。", 0, m.start())) + 1
        if _PAST_RE.search(body, start, m.end()) is not None:
            continue
        pos, left = m.end(), _listed_lines(m.group(0))
        while left > 0 and pos < len(body):
            end = body.find("\n", pos + 1)
            end = len(body) if end < 0 else end
            line = body[pos:end].strip()
            pos = end
            if not line:
                continue
            left -= 1
            if _ITEM_NUMBER_RE.match(line) is not None:
                continue  # a numbered item is a task of its own
            if any(c.isdigit() for c in line) and line not in out:
                held = _Holders(covered) if held is None else held
                if not held(line):
                    out[line] = None
    return list(out)


# an item number opening a line ("1 实施…", "2.建设…", "（3）…", "一、…"): the structure reads it
_ITEM_NUMBER_RE = re.compile(r"[(（]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]?(?:\s|[、.．])")
_HELD_MIN = 6  # characters of a text already read that make a line the same item
_CUES_MAX = 16  # work-list cues read on a page (a real page has one or two)
_SAME_HEAD_MAX = 64  # texts already read kept for each opening of _HELD_MIN characters


class _Holders:
    """Does a text already read hold the line, or the line hold one (a task's text)?

    Each line was compared with every text read (quadratic on a page of thousands of tasks and
    cues). Now the line is looked for in the texts joined by line breaks (a line holds none), and
    the texts it may hold are found by their first `_HELD_MIN` characters among the line's own.
    """

    def __init__(self, covered: list[str]) -> None:
        self.joined = "\n".join(covered)
        self.by_head: dict[str, list[str]] = {}
        for text in covered:
            t = text.strip()
            if len(t) >= _HELD_MIN:
                same = self.by_head.setdefault(t[:_HELD_MIN], [])
                if len(same) < _SAME_HEAD_MAX:
                    same.append(t)

    def __call__(self, line: str) -> bool:
        if line in self.joined:
            return True
        heads = self.by_head
        for k in range(len(line) - _HELD_MIN + 1):
            for t in heads.get(line[k : k + _HELD_MIN], ()):
                if line.startswith(t, k):
                    return True
        return False
