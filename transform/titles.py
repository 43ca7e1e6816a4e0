"""Task titles: the text after the number up to the first 。 (or ：/:), as a reader sees the heading.

`task_title` never cuts at a comma, a 、 or where a figure starts: "固定资产投资增长6%左右，…" is
one heading sentence. Two layouts end a heading without its 。:
- a phase heading closed by its time range: "摸底调研（5月28日—6月10日）各镇要…";
- a plan whose items open with a short heading sentence ("1.完善实验室体系。积极…") where
  extraction lost some of the 。 ("3.培育创新创业共同体培育建设区域…"). `glued_title` cuts those
  where a new sentence visibly starts; callers use it only for items of such plans (`heading_style`),
  never for items that are plain sentences, whose verbs would be taken for a new sentence.
"""

from __future__ import annotations

import functools
import re

from transform import lexicons
from transform.memo import per_document


@functools.cache
def _openers() -> tuple[tuple[str, ...], tuple[str, ...]]:
    t = lexicons.table("title_openers")
    return tuple(t["strong"]), tuple(t["weak"])


_STRONG_OPENERS, _WEAK_OPENERS = _openers()
_NOT_OPENER_AFTER = ("的", "和", "与", "及", "并", "或")  # "促进就业和深入实施…" runs on
_STRONG_RE = re.compile("|".join(sorted(_STRONG_OPENERS, key=len, reverse=True)))
_WEAK_RE = re.compile("|".join(sorted(_WEAK_OPENERS, key=len, reverse=True)))
_OPENER_FIRST = frozenset(w[0] for w in _STRONG_OPENERS + _WEAK_OPENERS)
# 。 ： ！ ？ end a heading; so does an ASCII period used as a full stop (not one inside 47.1)
_TITLE_END = re.compile(r"[。：:！!？?.]")
_TRAILING_UNITS = re.compile(r"[（(【\[][^（(【\[）)】\]]*?(牵头|责任|配合|参与)[^）)】\]]*[）)】\]]?\s*$")
# a role label the heading ran into, apart by spaces or a dash, its ：cut off ("修建村组道路2.5公里 责任人",
# "规范农贸市场秩序——牵头单位": round 42b)
_TRAILING_LABEL = re.compile(
    r"(?<=[ \u3000—－–-])(?:主要|具体|直接|第一)?(?:牵头|责任|配合|参与|协办|主责|协同|主办)(?:人|单位|部门|领导|科室|主体)?$"
)
_ROLE_WORDS = ("牵头", "责任", "配合", "参与", "主责", "协同", "主办")
_QUOTED_RE = re.compile(r"“[^”]*”|《[^》]*》|\"[^\"]*\"|‘[^’]*’")
_CLAUSE_PUNCT = re.compile(r"[，,；;、（(]")
# "（5月28日—6月10日）" closing a phase heading
_TIME_RANGE = re.compile(
    r"[（(][^（()）]{0,20}?\d{1,2}\s*[月日][^（()）]{0,20}?[—\-－~～至到][^（()）]{0,20}?[）)]"
)
_HEADING_MAX = 20
_DIGIT = re.compile(r"\d")


def _title_end(line: str) -> int:
    """Index of the first mark that ends a heading in `line`, or -1."""
    m = _TITLE_END.search(line)
    while m is not None and m.group() == ".":
        nxt = line[m.end() : m.end() + 1]
        if not nxt or nxt.isspace() or "\u4e00" <= nxt <= "\u9fff":
            break
        m = _TITLE_END.search(line, m.end())
    return m.start() if m is not None else -1


def _first_line(text: str) -> str:
    cut = text.find("\n")
    return (text if cut < 0 else text[:cut]).strip()


@per_document
def _first_sentence(text: str) -> tuple[str, bool]:
    """The first line up to the first heading end, without a trailing unit block; and whether an
    end mark was found."""
    first_line = _first_line(text)
    if "名称" in first_line[:6] or "名稱" in first_line[:6]:
        first_line = _after_name_label(first_line)
    end = _title_end(first_line)
    cand = first_line[:end] if end >= 0 else first_line
    # unit blocks at the end of a heading line are not part of the title
    if any(w in cand for w in _ROLE_WORDS):  # what _TRAILING_UNITS and _TRAILING_LABEL need
        cand = _TRAILING_UNITS.sub("", cand)
        if end >= 0 and first_line[end] in "：:":
            # (the label's spaces are a lookbehind, stripped here: linear in a long run of spaces)
            cut = _TRAILING_LABEL.sub("", cand)
            cand = cut.rstrip(" \u3000" if cut == cand else " \u3000—－–-")
    if "，" in cand and _CLAUSE_WORD.search(cand) is not None:
        cand = _without_unit_clauses(cand)
    return cand.strip(), end >= 0


@functools.cache
def _name_labels() -> tuple[tuple[str, ...], tuple[str, ...]]:
    t = lexicons.table("task_title_labels")
    return tuple(t["names"]), tuple(t["fields"])


def _after_name_label(line: str) -> str:
    """A first line that opens with a name label ("任务名称：压缩企业开办时间"): the name after it, where
    one follows, up to a next field's label glued on ("…具体内容：…"; round 46c); a label alone stays."""
    names, fields = _name_labels()
    for label in names:
        if line.startswith(label):
            rest = line[len(label) :].lstrip(" \u3000")
            value = rest[1:].strip(" \u3000")
            if rest[:1] not in ("：", ":") or not value:
                break
            colon = min((k for k in (value.find("："), value.find(":")) if k > 0), default=-1)
            if colon > 0:
                head = value[:colon].rstrip(" \u3000")
                field = next((f for f in fields if head.endswith(f)), "")
                if field and len(head) > len(field):
                    return head[: -len(field)].rstrip(" \u3000，,；;")
            return value
    return line


# a role verb a unit clause ends with ("…，由县教育局负责", "…，市住建局牵头，市规划局配合")
_CLAUSE_WORD = re.compile("牵头|负责|落实|配合|参与")
# what a trailing unit clause opens with: 由, 各, or a body's level
#: the unit clauses closing a heading sentence are this short at most (a long rest is prose)
_MAX_CLAUSES_LEN = 60
_CLAUSE_OPENERS = ("由", "各", "县", "市", "区", "镇", "乡", "省", "州", "旗")


def _without_unit_clauses(cand: str) -> str:
    """A heading sentence without the unit clauses that close it after a comma ("推进背街小巷整治，由
    市城管局牵头，各区政府负责落实" -> 推进背街小巷整治): the clauses must cover the rest (round 39h)."""
    from transform.units import extract_units  # (units reads titles' neighbours: import when needed)

    k = cand.find("，", max(2, len(cand) - _MAX_CLAUSES_LEN))
    while k >= 2:
        rest = cand[k + 1 :].rstrip(" ；;，,")
        if rest.startswith(_CLAUSE_OPENERS):
            spans = extract_units(rest).spans
            if spans and spans[0][0] <= 1 and max(e for _s, e in spans) >= len(rest):
                return cand[:k]
        k = cand.find("，", k + 1)
    return cand


@per_document
def task_title(text: str) -> str:
    """Text after the number up to the first 。 (or ：/:), trailing punctuation dropped."""
    if not text:
        return ""
    cand, _ = _first_sentence(text)
    if "\u3000" in cand:
        cand = _before_wide_gap(cand)
    t = _TIME_RANGE.search(cand)
    if t is not None and t.start() >= 2 and len(cand) - t.end() >= 4:
        cand = cand[: t.end()]
    return cand.strip(" ，,、；;")


def _before_wide_gap(cand: str) -> str:
    """A short heading and its sentence on one line, parted by a full-width space ("建设县域商业体系　新建
    乡镇商贸中心6个，…" -> 建设县域商业体系; round 44c): the heading alone."""
    head, _, rest = cand.strip(" \u3000").partition("\u3000")
    rest = rest.strip(" \u3000")
    if not _GAP_HEAD_MIN <= len(head) <= _GAP_HEAD_MAX or len(rest) < _GAP_HEAD_MIN * 2:
        return cand
    if _GAP_HEAD_PUNCT.search(head) or not "\u4e00" <= rest[0] <= "\u9fff":
        return cand
    return head


_GAP_HEAD_MIN, _GAP_HEAD_MAX = 2, 20
_GAP_HEAD_PUNCT = re.compile("[，,。；;：:]")


@per_document
def glued_title(text: str) -> str:
    """`task_title`, cut where a new sentence visibly starts in a heading whose 。 was lost
    ("培育创新创业共同体培育建设区域…"): the heading's own first verb repeated, a sentence-opening
    adverb (积极, 严格, 紧紧 …), or a verb that starts a long clause (实施…, 加强…)."""
    title = task_title(text)
    if not title:
        return title
    has_clause = _CLAUSE_PUNCT.search(title) is not None
    if not has_clause and len(title) <= 16 and len(text) <= 30:
        return title  # a short heading: nothing to cut (the common case)
    ended = _first_sentence(text)[1]
    if has_clause or len(title) > 16 or (not ended and len(_first_line(text)) > 30):
        # a heading properly ended by 。 may itself be "V1+O1+V2+O2" (深化改革优化环境): only
        # strong signs of a new sentence cut it; weaker ones need clause punctuation too
        cut = _glue_cut(title, weak_ok=has_clause or not ended)
        if cut:
            return title[:cut].strip(" ，,、；;")
    return title


def is_heading(text: str) -> bool:
    """Does the item open with a short heading sentence ("完善实验室体系。…")?"""
    cand, ended = _first_sentence(text)
    return (
        ended
        and 2 <= len(cand) <= _HEADING_MAX
        and _CLAUSE_PUNCT.search(cand) is None
        and _DIGIT.search(cand) is None
    )


def heading_style(texts: list[str]) -> bool:
    """Do most of these items (siblings, or the tasks of a document) open with a short heading?"""
    if len(texts) < 3:
        return False
    return sum(1 for t in texts if is_heading(t)) * 2 >= len(texts)


def _glue_cut(cand: str, weak_ok: bool = True) -> int | None:
    """Where a new sentence visibly starts in a heading whose 。 was lost, or None.

    Only a repeat of the heading's first two characters or an opener can start a cut, so the
    other positions are skipped on their first character; the opener regexes (plain word
    alternations) are matched in place instead of on a copy of the rest of the heading.
    """
    c = _CLAUSE_PUNCT.search(cand)
    limit = c.start() if c else len(cand)
    # quoted phrases are never cut
    quoted = _quoted_ranges(cand)
    head = cand[:2]
    head_first = head[0] if len(head) == 2 else None
    for p in range(4, limit - 1):
        ch = cand[p]
        if ch not in _OPENER_FIRST and ch != head_first:
            continue
        if quoted and any(a < p < b for a, b in quoted):
            continue
        if cand[p - 1] in _NOT_OPENER_AFTER:
            continue
        n_rest = limit - p
        if head_first is not None and cand.startswith(head, p) and n_rest >= 4:
            return p
        sm = _STRONG_RE.match(cand, p, limit)
        strong = sm.group(0) if sm else None
        if strong and n_rest >= len(strong) + 2 and strong not in ("以", "重点", "加快"):
            return p
        if strong == "加快" and n_rest >= 6:
            return p
        wm = _WEAK_RE.match(cand, p, limit)
        weak = wm.group(0) if wm else None
        if weak and not weak_ok and weak != "加强":
            weak = None
        if weak and n_rest >= 6:
            after = p + len(weak)
            if _WEAK_RE.match(cand, after, limit) and weak + cand[after : min(after + 2, limit)] not in (
                "健全完善",
                "贯彻落实",
            ):
                continue  # "培育|实施…": the first verb still belongs to the heading
            return p
    return None


def _quoted_ranges(s: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTED_RE.finditer(s)]


# a project's name ending its heading: "城北小学建设项目", "老旧小区改造工程（票决项目）"
_PROJECT_END = re.compile(r"(?:项目|工程)(?:[（(][^（()）]{1,12}[）)])?")
_PROJECT_NAME = re.compile(r"^[^，。；：,;:]{2,40}?(?:项目|工程)(?:[（(][^（()）]{1,12}[）)])?$")
_PROJECT_REST = 8  # a description run on after the name is at least this long
_NOT_AFTER_PROJECT = frozenset("的和及与等、，,；;。")


def is_project_name(title: str) -> bool:
    """Is a title the name of a project ("城北小学建设项目", "…改造工程（票决项目）")?"""
    return _PROJECT_NAME.match(title) is not None


def project_title(title: str) -> str:
    """A project's name whose description ran on without a stop ("创业大道南延线建设项目（票决项目）工程起于…")
    -> the name; other titles unchanged. For items of a list of projects only (`rows._titles`)."""
    for m in _PROJECT_END.finditer(title):
        rest = title[m.end() :]
        if len(rest) >= _PROJECT_REST and rest[0] not in _NOT_AFTER_PROJECT and m.start() >= 2:
            return title[: m.end()]
    return title
