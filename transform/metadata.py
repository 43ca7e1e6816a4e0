"""Document metadata from the 信息公开 block, <meta> tags and the text itself.

The 信息公开 block comes as a table ("索引号 | 1137… | 分类 | …"), a list ("• 索 引 号:…"), or
"label: value" pairs, several per line ("索 引 号: … 分  类: …"); labels may carry inner spaces.
Dates are read in every common form (2023-07-31, 2023年07月31日, 2023 年 07 月 31 日, 2023/7/31,
二〇二三年七月三十一日) but only from date fields and date-only lines: an 索引号 such as
113717230044875813/2023-07021 or 2026-02-00018 is never read as a date.

Long module: every label reader (table rows, colon pairs, bare labels, labels alone on their
line) and the fallback chain of each field share the lexicon tables read here.
"""

from __future__ import annotations

import functools
import re
from datetime import date

from transform import headings as H
from transform.flattened import FLAT_MIN, split_flattened
from transform.gazetteer import is_placed_body
from transform.heading_top import top_heading
from transform.lexicons import table, words
from transform.markup import unmarked_lines
from transform.metadata_issuer import bottom_source, issuing_body
from transform.metadata_tags import (
    kind_tail_headline,
    microblog_headline,
    original_title,
    repost_headline,
    without_account_chrome,
    without_repost_label,
    without_second_column,
    without_title_tag,
    wrapped_headline,
)
from transform.metadata_top import (
    below_crumb,
    body_date_byline,
    cut_title,
    dated_heading,
    fuller_reported_name,
    headline_in_tag,
    indicator_table_title,
    info_line_body,
    reported_full_name,
    reposted_doc_number,
    speech_date,
    stamped_heading,
    url_date,
    with_period_line,
    with_period_of,
    with_reported_period,
)
from transform.normalize import PageWork
from transform.notice_titles import amended_plan, with_headline_issuers, with_issuing_line
from transform.numbering import cn_to_int
from transform.page_marks import page_mark, viewer_chrome, without_glued_page_head
from transform.plan_judging import (
    CALL_FOR_PROPOSALS,
    DRAFT_NOTICE,
    MEETING_REPORT_TITLE,
    PLAN_MAKING_REPORT,
    PLAN_TITLE,
    explains_plan,
    names_a_plan,
    work_ahead_year,
)
from transform.planyears import plan_years, plan_years_of, validity_years
from transform.site_titles import home_title, page_words, strip_site
from transform.speeches import speaker_under_meeting, speech_heading
from transform.targets.goals import results_headline

PAGE_TIME = "element:publish_time"  # in `HtmlPage.meta`: an element named for the publish time
PAGE_H1 = "element_h1"  # in `HtmlPage.meta`: the page's one <h1> (a working copy is made of it)
PAGE_AUTHOR = "element:account_author"  # in `HtmlPage.meta`: an account article's author field

_LABELS = table("metadata_labels")
FIELD_LABELS: dict[str, tuple[str, ...]] = {f: tuple(labs) for f, labs in _LABELS["fields"].items()}
_WEAK = frozenset(_LABELS["reading"]["weak"])
_HEAD_ONLY = frozenset(_LABELS["reading"]["head_only"])
_SP = "[ \t\u3000]*"


def _label_pattern(label: str) -> str:
    return _SP.join(re.escape(ch) for ch in label.replace(" ", ""))


_ALL_LABELS = sorted(
    {lab.replace(" ", "") for labs in FIELD_LABELS.values() for lab in labs}, key=len, reverse=True
)
ALL_LABELS: tuple[str, ...] = tuple(_ALL_LABELS)  # every label, without spaces, longest first
_LABEL_TO_FIELD = {lab.replace(" ", ""): f for f, labs in FIELD_LABELS.items() for lab in labs}
_RANK = {lab.replace(" ", ""): i for labs in FIELD_LABELS.values() for i, lab in enumerate(labs)}
_COLUMN_LABEL = re.compile(r"^[【\[][^】\]]{1,30}[】\]]\s*")
# labels of fields not kept: they fill nothing but end the value before them on a line
_UNKEPT = tuple(lab.replace(" ", "") for lab in _LABELS["reading"]["unkept"])
_PAIR_RE = re.compile(
    # a label starts a line, follows a space, a bar or a bracket, or is glued to the time stamp of
    # the field before it ("发布时间:2022-11-02 10:36:00来源:央视新闻")
    r"(?:^|(?<=[\s|•·\-\]】>【\d]))(?P<label>"
    + "|".join(_label_pattern(lab) for lab in sorted(_ALL_LABELS + list(_UNKEPT), key=len, reverse=True))
    + rf"){_SP}[:：]{_SP}"
)
# a line opening with the label of a field not kept and its colon ("事项编码：1143…", "浏览次数：86")
_UNKEPT_LINE = re.compile(
    "(?:" + "|".join(_label_pattern(lab) for lab in sorted(_UNKEPT, key=len, reverse=True)) + rf"){_SP}[:：]"
)
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")


def _code_field(line: str) -> bool:
    """A field not kept whose value is a code or a count, no words ("事项编码：1143…MB0000", "浏览次数：86")."""
    m = _UNKEPT_LINE.match(line.strip())
    return m is not None and _HAN_RE.search(line.strip()[m.end() :]) is None


_BARE_RE = re.compile(
    r"(?:^|(?<=[ \t\u3000]))(?P<label>"
    + "|".join(_label_pattern(lab) for lab in sorted(_LABELS["reading"]["bare"], key=len, reverse=True))
    + r")[ \t\u3000]+(?=\S)"
)
_BARE_FIRST = frozenset(lab[0] for lab in _LABELS["reading"]["bare"])
_GLUED_LABEL_MIN = 4  # characters of a label read where it is glued to its value
# any label between spaces on a bare row, also one with nothing after it at the end of the line
# ("发布机构 某区 发文日期", "文 号 某政发〔2022〕1号 主 题 词"): where the value before it ends
_BARE_END_RE = re.compile(
    r"(?<=[ \t\u3000])(?P<label>"
    + "|".join(_label_pattern(lab) for lab in sorted(_ALL_LABELS + list(_UNKEPT), key=len, reverse=True))
    + r")(?=[ \t\u3000]|$)"
)
__all__ = [
    "ALL_LABELS",
    "FIELD_LABELS",
    "extract_metadata",
    "label_pairs",
    "metadata_line",
    "parse_date",
    "plan_title_from",
    "plan_years",
]
HEAD_LINES = 25  # weak labels (时间, 日期) and bare labels are read in this many first lines

_DATE_RE = re.compile(
    r"(?<![\d/])((?:19|20)\d{2})\s*(?:年|-|/|\.|－)\s*(\d{1,2})\s*(?:月|-|/|\.|－)\s*(\d{1,2})(?!\d)\s*日?"
)
_CN_DATE_RE = re.compile(
    r"([〇○零0OＯ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日"
)
# A date of the Republic of China calendar (Taiwan-hosted mirrors): "民国113年3月5日" anywhere, or a
# field value that opens with a three-digit year ("113-03-05", "113/03/05 10:30"); year + 1911
_ROC_DATE_RE = re.compile(
    r"(?:(?:中华)?民[国國]\s*(1[0-4]\d|[1-9]\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?"
    r"|^\s*(1[0-4]\d)\s*([-/.])\s*(\d{1,2})\s*\5\s*(\d{1,2})(?![\d/.-])"
    # a Taiwan mirror's field date without 民国: "發佈日期：113年3月1日" (the value opens with it)
    r"|^\s*(1[0-4]\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)"
)
_DATE_LINE = re.compile(
    r"^\s*(?:(?:19|20)\d{2}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?|"
    r"[〇○零0OＯ一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十]{1,3}\s*日|"
    # a Taiwan mirror's signature date: "中华民国114年2月10日" (read in the simplified working copy)
    r"(?:中华)?民国\s*1[0-4]\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*$"
)
_DOCNO_RE = re.compile(
    r"[\u4e00-\u9fff]{1,12}\s*[〔\[［【(（﹝〖]\s*(?:19|20)\d{2}\s*[〕\]］】)）﹞〗]\s*第?\s*\d{1,4}\s*号"
)
# the verbs of a notice issuing a document (a traditional page is read in its simplified working
# copy, `transform.normalize`: 印發 and 頒佈 match here as 印发 and 颁布)
_ISSUE_VERBS = "印发|转发|发布|颁布"
_NOTICE_TITLE = re.compile(f"({_ISSUE_VERBS})")
_WS_RE = re.compile(r"\s")
_WS_COLON_RE = re.compile(r"[\s:：]")
_CELL_KEY_RE = re.compile(r"[\s:：\[\]【】]")  # "[ 发布日期 ]", "【 索引号 】": a label in brackets
# (意见建议 is feedback asked for, "广泛听取各方面意见建议", no document's kind; a table dividing the
# year's work among units, "…民生实事项目责任分解表", "…重点工作分工表", is a plan)
_PLAN_WORDS = re.compile(
    r"(方案|计划|规划|任务|要点|措施|意见(?![和及、与]?建议)|行动|清单|工作安排|实施细则|纲要|攻坚|分解表|分工表|"
    + "|".join(words("plan_title_kinds"))
    + ")"
)


def parse_date(value: str | None) -> date | None:
    """First valid date in a field value; None when there is none."""
    if not value:
        return None
    for m in _DATE_RE.finditer(value):
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            continue
    cn = _CN_DATE_RE.search(value)
    if cn:
        m = cn
        year = int("".join(str(_cn_digit(c)) for c in m.group(1)))
        month, day = cn_to_int(m.group(2)), cn_to_int(m.group(3))
        try:
            return date(year, month or 0, day or 0)
        except (TypeError, ValueError):
            return None
    return _roc_date(value)


def _roc_date(value: str) -> date | None:
    """The date of a Republic of China calendar date in `value` (113 -> 2024), or None."""
    if "民" not in value and not value.lstrip()[:1].isdigit():
        return None
    m = _ROC_DATE_RE.search(value)
    if m is None:
        return None
    if m.group(1):
        year, month, day = m.group(1), m.group(2), m.group(3)
    elif m.group(4):
        year, month, day = m.group(4), m.group(6), m.group(7)
    else:
        year, month, day = m.group(8), m.group(9), m.group(10)
    try:
        return date(int(year) + 1911, int(month), int(day))
    except ValueError:
        return None


def _cn_digit(c: str) -> int:
    # (a latin zero or letter O typed among the numerals: "二0二三年", "二O二四年")
    return 0 if c in "〇○零0OＯ" else cn_to_int(c) or 0


def label_pairs(text: str, alone: bool = False) -> dict[str, str]:
    """field -> value from 'label: value' pairs, label/value table rows and (in the first lines)
    'label value' pairs without a colon. Where a field has several labels on the page, the one
    listed first in the lexicon wins (发布日期 over 公开日期); for one label, the first occurrence.
    Weak labels (时间, 日期) count only in the first lines and only with a date as value.
    `alone`: a text rendering of a whole page, whose block may print a label alone on its line
    and its value on the next ("索引号" / "0123/2025-00042")."""
    found: dict[str, tuple[int, str]] = {}
    n = 0
    glued_rows = _glued_rows(text)
    text = _header_row_pairs(text) if "|" in text else text
    label = ""  # a label alone on the line before (a block rendered one cell a line)
    seen: set[str] = set()  # lines above, read as no label's value
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        n += 1
        head = n <= HEAD_LINES
        if head and alone:
            # a list item's bullet is no part of its label ("• 索引号:" / "6107…/2024-001005")
            bare = line.lstrip(_BULLETS)
            key = _WS_COLON_RE.sub("", bare) if len(bare) <= _LABEL_MAX else ""
            if key in _LABEL_TO_FIELD:
                label = key
                continue
            if label and _PAIR_RE.match(bare.strip()):
                # an empty field: the next line opens another ("文号:" / "发文日期: 2025-06-13")
                label = ""
            if label:
                # (the page's headline printed again under an empty last label is no value of it)
                if len(line) <= _VALUE_MAX and line[-1] not in "，,。；;：:" and line not in seen:
                    _offer(label, line, found, head)
                label = ""
                continue
            seen.add(line)
        if "|" in line:
            _table_pairs(line, found, head)
            line = line.replace("|", " ")
        if "【" in line:
            line = _BRACKET_LABEL.sub(_bracket_label, line)
        if ":" in line or "：" in line:
            _colon_pairs(line, found, head)
        elif head and _BARE_RE.match(line):
            _pairs_at(line, _bare_matches(line), found, head)
        elif head and (spaced := _unglued_bare(line, line in glued_rows)):
            _pairs_at(spaced, _bare_matches(spaced), found, head)
    return {f: v for f, (_, v) in found.items()}


# a label glued to its value, with no space or colon: "发布日期2020年01月23日有效性有效" (a bare label, or
# a label of four characters or more: "发文机构某市人民政府办公厅")
_GLUED_LABELS = sorted(
    set(_LABELS["reading"]["bare"]) | {lab for lab in _ALL_LABELS if len(lab) >= _GLUED_LABEL_MIN},
    key=len,
    reverse=True,
)
_GLUED_BARE_RE = re.compile("(?:" + "|".join(map(re.escape, _GLUED_LABELS)) + r")(?=[^\s:：|])")
_GLUED_DATE_VALUE = re.compile(r"^(?:成文日期|发文日期|发布日期|发布时间)\s?(?:19|20)\d{2}\s?[-/.年]")


_GLUED_RUN = 3  # lines in a row, each a label glued to its value: the block printed one field a line


def _glued_rows(text: str) -> frozenset[str]:
    """The head's lines that stand in a run of `_GLUED_RUN` or more, each opening with a label
    glued to its value without a colon ("发文机关某市城市管理局" / "成文日期2024-02-20" / "文号某发
    〔2024〕4号": label and value in an <em> and a text node): each is a field of the block."""
    if not any(ch in text for ch in _BARE_FIRST):
        return frozenset()
    rows: list[str] = []
    out: set[str] = set()
    for raw in text.split("\n", HEAD_LINES * 2)[: HEAD_LINES * 2]:
        line = raw.strip()
        if not line:
            continue
        if ":" not in line and "：" not in line and _GLUED_BARE_RE.match(line):
            rows.append(line)
            continue
        if len(rows) >= _GLUED_RUN:
            out.update(rows)
        rows = []
    if len(rows) >= _GLUED_RUN:
        out.update(rows)
    return frozenset(out)


def _unglued_bare(line: str, in_run: bool = False) -> str | None:
    """A 信息公开 row whose labels are glued to their values ("发文机构某市人民政府办公厅发文字号某政办
    〔2020〕1号", "发布日期2020年01月23日有效性有效"), spaced out as a bare row; None for a line that
    is no such row (it opens with a label glued to a value, and holds another label or a date, or
    stands in a run of such lines: `in_run`)."""
    found = list(_GLUED_BARE_RE.finditer(line))
    if not found or found[0].start() != 0:
        return None
    if len(found) < 2 and not in_run and not _GLUED_DATE_VALUE.match(line):
        return None
    out, at = [], 0
    for m in found:
        out += [line[at : m.start()], " " if m.start() else "", m.group(), " "]
        at = m.end()
    return "".join(out + [line[at:]]).strip()


def _bare_matches(line: str) -> list[re.Match]:
    """The labels of a row printed without colons, in order: the bare ones that give a value, and
    any label after a space that only ends the value before it (empty: "发布机构 某区 发文日期")."""
    bare = list(_BARE_RE.finditer(line))
    starts = {m.start() for m in bare}
    ends = [m for m in _BARE_END_RE.finditer(line) if m.start() not in starts]
    return sorted(bare + ends, key=lambda m: m.start())


# a law database's field rows: "∙【制定机关】某市人民政府办公厅", "【发布日期】2020.01.17"
_BRACKET_LABEL = re.compile(r"【[ \t\u3000]*([^】\n]{2,12}?)[ \t\u3000]*】(?=[ \t\u3000]*[^\s:：】])")


def _bracket_label(m: re.Match) -> str:
    """'【label】' -> ' label:' where the bracket holds a field's label; anything else unchanged."""
    key = _WS_RE.sub("", m.group(1))
    return f" {key}:" if key in _LABEL_TO_FIELD else m.group(0)


_BULLETS = "•·●▪◆■-*"  # list bullets printed before a field label
_LABEL_MAX = 12  # a label alone on its line (with spaces inside and a colon) is short
_VALUE_MAX = 120  # its value on the next line: a field, not a paragraph


# a date field glued to the value before it ("来源:某区发展和改革局发布时间:2023-03-10"): only a
# date after the colon tells it from a word of that value; the short labels (时间, 日期) end longer
# ones and are left out
_GLUED_DATE_LABELS = sorted(
    (lab for lab in FIELD_LABELS["publish_date"] + FIELD_LABELS["written_date"] if len(lab) >= 4),
    key=len,
    reverse=True,
)
_GLUED_DATE_FIELD = re.compile(
    r"(?<=[\u4e00-\u9fff）)])(" + "|".join(_label_pattern(lab) for lab in _GLUED_DATE_LABELS) + ")"
    rf"(?={_SP}[:：]{_SP}(?:19|20)\d{{2}}\s*[\-/.年])"
)


# an unkept label glued to the value before it ("信息来源:寿县人民政府文字大小:[ ]"); labels that end a
# kept one (字号 in 发文字号) are left out
_GLUED_UNKEPT = re.compile(
    r"(?<=[\u4e00-\u9fff])("
    + "|".join(
        _label_pattern(lab)
        for lab in sorted(_UNKEPT, key=len, reverse=True)
        if len(lab) >= 3 and not any(k != lab and k.endswith(lab) for k in _ALL_LABELS + list(_UNKEPT))
    )
    + rf")(?={_SP}[:：])"
)


# a kept label glued to the value before it in a row of the block that opens with a label
# ("发布机构：某县人民政府办公室文号：某府办发〔2025〕7号": spans of a template, rendered inline);
# the headline's labels stay out (a repost's "原标题：" note), and so do the weak ones (时间, 日期)
# (labels are matched from the left, so the tail of a label, 来源 of 信息来源, is never read alone)
_GLUED_FIELD = re.compile(
    r"("
    + "|".join(
        _label_pattern(lab)
        for lab in _ALL_LABELS
        if _LABEL_TO_FIELD[lab] not in ("title", "summary") and lab not in _LABELS["reading"]["weak"]
    )
    + rf")(?={_SP}[:：])"
)


def _spaced_label(m: re.Match) -> str:
    """A label glued to a word, a bracket or a digit before it, spaced off it; any other unchanged."""
    at = m.start()
    if at and ("\u4e00" <= m.string[at - 1] <= "\u9fff" or m.string[at - 1] in "）)0123456789"):
        return " " + m.group(1)
    return m.group(1)


def _colon_pairs(line: str, found: dict[str, tuple[int, str]], head: bool) -> None:
    # (a function, not the template r" \1": `sub` would compile a template at every call)
    line = _GLUED_DATE_FIELD.sub(_spaced_off, line)
    line = _GLUED_UNKEPT.sub(_spaced_off, line)
    if _PAIR_RE.match(line):
        line = _GLUED_FIELD.sub(_spaced_label, line)
    _pairs_at(line, list(_PAIR_RE.finditer(line)), found, head)


def _spaced_off(m: re.Match) -> str:
    """A glued label's match -> " label" (what the template r" \1" makes of it)."""
    return " " + m.group(1)


def _pairs_at(line: str, matches: list[re.Match], found: dict[str, tuple[int, str]], head: bool) -> None:
    for k, m in enumerate(matches):
        end = matches[k + 1].start() if k + 1 < len(matches) else len(line)
        # a value ends where a byline field starts: "县政府办 浏览次数：" -> 县政府办
        value = _unbracketed(line[m.end() : end].strip(" \t\u3000|•·"))
        if ":" in value or "：" in value:
            value = H.cut_byline(value)
        value = _TRAILING_STAMP.sub("", value)
        _offer(_WS_RE.sub("", m.group("label")), value, found, head)


# a time stamp printed after a field's value, a space (or a dot) between ("来源:某县人民政府办公室
# 2020-05-20 09:54", "来源:某某晚报 • 2023-02-24 09:45:53"): the stamp of the page, not the value
_TRAILING_STAMP = re.compile(
    r"(?<=\S)[ \t\u3000]+(?:[•·|][ \t\u3000]*)?(?:19|20)\d{2}\s*"
    r"(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
    r"(?:[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
)


def _unbracketed(value: str) -> str:
    """A value without the bracket of the chrome around its field ("【信息来源:县政府办】"), but
    with a bracket pair it prints itself ("【保基本民生】某市…的通知": a column label kept as printed)."""
    value = value.lstrip("】 \t\u3000").rstrip("【 \t\u3000")  # the next field's bracket opens after it
    if value.startswith("【") and value.count("【") > value.count("】"):
        value = value[1:]
    if value.endswith("】") and value.count("】") > value.count("【"):
        value = value[:-1]
    if value.startswith("【") and value.endswith("】") and value.count("【") == 1 == value.count("】"):
        value = value[1:-1]  # the whole field in brackets: "发布机构:【某县人民政府】"
    return value.strip(" \t\u3000|•·")


def _offer(label: str, value: str, found: dict[str, tuple[int, str]], head: bool) -> None:
    """Keep `value` for the field of `label` unless a better-ranked label already gave one."""
    field = _LABEL_TO_FIELD.get(label)
    if not field or not value:
        return
    if label in _WEAK and not (head and parse_date(value)):
        return
    if label in _HEAD_ONLY and not head:
        return  # "资料来源：县统计局" under a table in the body: the figures' source
    rank = _RANK[label]
    if field not in found or rank < found[field][0]:
        found[field] = (rank, value)


def _row_cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|｜").split("|")]


def _header_row_pairs(text: str) -> str:
    """A block printed as columns, a row of labels over a row of their values ("索引号 | 发文机关 |
    成文日期 | 发布日期" / "1143…/2026-00031 | 某区政府办公室 | 2026-02-20 | 2026-02-25"): the
    label row rewritten as label | value pairs, read like a block printed in pairs; not a row of
    labels over a list of documents (a 名称 / 标题 column, or a second row of values under the first)."""
    lines = text.split("\n")
    for i in range(len(lines) - 1):
        if "|" not in lines[i] or "|" not in lines[i + 1]:
            continue
        labels, values = _row_cells(lines[i]), _row_cells(lines[i + 1])
        keys = [_CELL_KEY_RE.sub("", c) for c in labels]
        if (
            len(labels) >= _HEADER_CELLS_MIN
            and len(values) == len(labels)
            and all(k in _LABEL_TO_FIELD or k in _UNKEPT for k in keys)
            # (a list's 名称 column; a 文件库 page's one row of 标题 | 文号 | 发布机构 | 成文日期 | … is its own)
            and (_file_row(keys) or not any(_LABEL_TO_FIELD.get(k) == "title" for k in keys))
            and not any(_CELL_KEY_RE.sub("", v) in _LABEL_TO_FIELD for v in values)
            # (a list of documents under the row of labels names no one page's fields)
            and not (i + 2 < len(lines) and _listed_row(lines[i + 2]))
        ):
            lines[i] = " | ".join(f"{lab} | {v}" for lab, v in zip(labels, values, strict=True))
    return "\n".join(lines)


_HEADER_CELLS_MIN = 2
_FILE_ROW_CELLS = 4  # a row of labels naming the title with three fields more: one document's row
_FILE_ROW_FIELDS = frozenset(
    ("validity", "written_date")
)  # a record's fields a list of documents shows none of


def _file_row(keys: list[str]) -> bool:
    """A 文件库 page's row of labels over its one document's values: the title and three fields more,
    its validity (有效性) or written date (成文日期) among them; a one-row list of documents ("名称 |
    索引号 | 发布机构 | 发布日期", a list's last page) shows neither."""
    return len(keys) >= _FILE_ROW_CELLS and any(_LABEL_TO_FIELD.get(k) in _FILE_ROW_FIELDS for k in keys)


def _listed_row(line: str) -> bool:
    """A row of a table that does not open with a label: the next document of a list."""
    return "|" in line and _CELL_KEY_RE.sub("", _row_cells(line)[0]) not in _LABEL_TO_FIELD


def _table_pairs(line: str, found: dict[str, tuple[int, str]], head: bool) -> None:
    cells = [c.strip() for c in line.split("|")]
    keys = [_CELL_KEY_RE.sub("", c) for c in cells[:-1]]  # (once: a label's value is the next key)
    last = len(keys) - 1
    for i, key in enumerate(keys):
        if key in _LABEL_TO_FIELD and cells[i + 1]:
            value_key = keys[i + 1] if i < last else _CELL_KEY_RE.sub("", cells[i + 1])
            if value_key not in _LABEL_TO_FIELD:
                _offer(key, cells[i + 1], found, head)


def metadata_line(line: str) -> bool:
    """Is this line part of the 信息公开 block (so it is not body text)?"""
    if ":" not in line and "：" not in line and "|" not in line:
        # "索引号 1132…/2026-00036 组配分类 重点工作": labels without a colon at the start
        s = line.strip(" •·-\t\u3000")
        return s[:1] in _BARE_FIRST and _BARE_RE.match(s) is not None
    s = line.replace("|", " ").strip(" •·-\t")
    m = _PAIR_RE.match(s) or _PAIR_RE.search(s[:12])
    return bool(m and m.start() <= 2)


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    v = value.strip(" \t\u3000|•·")
    if v in ("", "无", "-", "—", "暂无", "/", "null", "None"):
        return None
    return v


_ISSUED_NAMED = re.compile(
    rf"(?:{_ISSUE_VERBS}|播发)\s*[《〈<「]\s*([^《》〈〉<>「」]+?)\s*[》〉>」]\s*(?:的|$)"
)
_ISSUED = re.compile(r"(?:印发|转发)\s*(.+?)\s*的(?:通知|函)$")
_NAMED = re.compile(r"《([^《》]+?)》")
# "现将《X》印发给你们", also with an aside between ("现将《X》(以下简称《方案》)印发")
_PUT_OUT = re.compile(r"现将\s*《([^《》]{1,80}?)》\s*(?:[（(][^（）()\n]{0,24}[）)]\s*)?(?:印发|转发|发)")
# a news repost that prints the plan it names in full: "近日，…印发了《X》，全文如下："
_REPOSTED = re.compile(
    r"(?:印发|发布|出台|公布)了?\s*《([^《》\n]{4,80}?)》\s*[，,。：:]?\s*(?:现将)?全文(?:如下|刊发|发布|刊登)"
)
_NOTICE_KIND_END = re.compile(r"的(通知|函|批复)$")
# the opening of a notice issuing its plan by name: "《2021年县政府重点工作任务分解》已经县人民政府
# 同意，现印发给你们"
_APPROVED_ISSUED = re.compile(
    r"《([^《》\n]{2,80}?)》\s?(?:已经|已|业经|经)[^，,。；;《》\n]{0,20}?同意\s?[，,]\s?现(?:予)?(?:印发|转发)给你们"
)
_APPROVED_OPENING = 600  # characters of the body read for it


def _approved_full_name(plan_title: str | None, body: str) -> str | None:
    """The plan's full name where a title shortened it: "2021年县政府重点工作任务" over "《2021年县政府
    重点工作任务分解》已经县人民政府同意，现印发给你们" -> the name in 《》 (only where that name
    begins with the title's: a different plan named there is left alone)."""
    if not plan_title or "》" not in body[:_APPROVED_OPENING]:
        return plan_title
    bare = _without_doc_number(plan_title) or plan_title
    m = _APPROVED_ISSUED.search(body, 0, _APPROVED_OPENING)
    if m is None or m.group(1) == bare or not m.group(1).startswith(bare):
        return plan_title
    return m.group(1)


TITLE_MAX = 300  # a longer "title" is no title: the title rules leave it alone


_ISSUE_OPEN = re.compile(f"(?:{_ISSUE_VERBS})\\s*《")


def _issued_name(title: str) -> str | None:
    """The name in 《》 after 印发 in a title, nested titles included: "关于印发《某市贯彻落实〈关于
    …的若干措施〉实施方案》的通知" -> "某市贯彻落实〈关于…的若干措施〉实施方案"."""
    m = _ISSUE_OPEN.search(title)
    if m is None:
        m2 = _ISSUED_NAMED.search(title)
        return m2.group(1).strip() if m2 else None
    depth, i = 1, m.end()
    for k in range(m.end(), len(title)):
        ch = title[k]
        if ch == "《":
            depth += 1
        elif ch == "》":
            depth -= 1
            if depth == 0:
                name = title[i:k].strip()
                rest = _ISSUED_REST.match(title, k + 1)
                if rest is not None:
                    # "印发《政府工作报告》重点工作任务分工的通知": the 《》 opens the plan's name
                    return title[m.end() - 1 : k + 1] + rest.group(1)
                return name or None
    return None


# the rest of a plan's name after a 《》 that opens it, up to 的通知: "…》重点工作任务分工的通知"
# (not a second name joined by 和/及/与/、, nor a note in parentheses)
_ISSUED_REST = re.compile(
    r"(?![和及与、])([\u4e00-\u9fff][^《》]{1,60})\s*的(?:通知|函)\s*(?:[（(][^（）()]{1,30}[）)])?$"
)


def _explained_name(title: str) -> str | None:
    """The plan a page explaining it names in 《》 ("《某市…实施方案》政策解读", "…就《X》答记者问",
    "一图读懂《X》" -> X), or without 《》 before the explainer's word ("【文字解读】某街道2024年度
    …计划解读", "关于印发X的通知政策解读" -> X)."""
    if not explains_plan(title):
        return None
    if "《" not in title:
        return _plainly_explained(title)
    m = _NAMED.search(title)
    return m.group(1).strip() if m else None


# the explainer's words around a plan's name printed without 《》: "…的政策解读", "…解读", "图解：…"
_EXPLAINER_TAIL = re.compile(r"(?:的|之)?(?:政策|文件|文字|图文|图片|视频)?(?:解读|图解)(?:材料)?\s*$")
_EXPLAINER_HEAD = re.compile(
    # (a bar after the explainer's word may be 丨 or ︱ too: "图解丨2025年县政府工作报告")
    r"^(?:【[^】]{1,10}】|[\[［][^\]］]{1,10}[\]］])?\s*(?:图解|解读|一图读懂)?\s*[:：|｜丨︱]?\s*"
)


_EXPLAINED_SUBTITLE = re.compile(r"^([^:：|｜丨︱]{3,80}(?:解读|图解))\s*[:：|｜丨︱]")


def _plainly_explained(title: str) -> str | None:
    """'【文字解读】某街道2024年度国民经济和社会发展计划解读' -> '某街道2024年度…计划'; a subtitle
    after the explainer's word and a colon is none of it ('某县政府工作报告解读：2024年工作回顾')."""
    m = _EXPLAINED_SUBTITLE.match(title.strip())
    name = m.group(1) if m else title.strip()
    name = _EXPLAINER_HEAD.sub("", _EXPLAINER_TAIL.sub("", name)).strip()
    m = _ISSUED.search(name)
    if m:
        name = m.group(1).strip()  # "关于印发X的通知" explained: X
    if name == title.strip() or len(name) < 6 or not PLAN_TITLE.search(name):
        return None
    return name


def _unwrapped(name: str) -> str:
    """'《2021年市〈政府工作报告〉任务分解方案》' -> the name inside its outer 《》."""
    if name.startswith("《") and name.endswith("》") and name.count("《") == 1:
        return name[1:-1].strip()
    return name


# two plans issued by one notice ("印发X责任分解方案和Y重点事项分解方案的通知"): the first is its plan;
# one name with 和 inside (…规划和二〇三五年远景目标纲要) stays whole: the first part must end with
# a kind that closes a plan's name (not 规划)
_TWO_PLANS = re.compile(
    r"^(?P<a>.{4,80}?(?:方案|计划|要点|清单|意见|措施|细则|办法|分工))(?:和|及|与|、)"
    r"(?P<b>.{4,80}(?:方案|计划|规划|要点|清单|意见|措施|细则|办法|纲要|分工))$"
)


def _first_plan(name: str) -> str:
    """'X方案和Y方案' -> 'X方案': the first of two plans named together."""
    m = _TWO_PLANS.match(name) if len(name) <= 170 else None
    return m.group("a") if m else name


def reposted_plan(body: str) -> str | None:
    """The plan a news repost prints in full ("…印发了《X》，全文如下："), not a reposted 通知 on
    holiday duties; None when the page says no such thing."""
    m = _REPOSTED.search(body[:3000]) if "全文" in body[:3000] else None
    if m and _PLAN_WORDS.search(m.group(1)) and not _NOTICE_KIND_END.search(m.group(1)):
        return m.group(1).strip()
    return None


# the opening of a news page presenting the points of a government work report as delivered, below
# it: "…向大会作政府工作报告，。要点速读↓"
_DELIVERED_REPORT = re.compile(r"作(?:了)?《?(政府工作报告)》?[^\n]{0,12}?[↓⬇👇]")
_DELIVERED_OPENING = 200  # characters of the opening read


def plan_title_from(title: str | None, body: str) -> str | None:
    """The plan's own name from the title of the notice that issues it (印发《X》的通知,
    印发X的通知), from "现将《X》印发" in its text, or the title itself when it names a plan.
    Traditional text is read in its simplified working copy; the name is printed as given."""
    work = PageWork(title=title or "", body=body)
    if not work:
        return _plan_title_from(title, body)
    found = _plan_title_from(work.text("title", title or "") or None, work.text("body", body))
    return work.printed_field(found)


def _plan_title_from(title: str | None, body: str) -> str | None:
    title = title if title and len(title) <= TITLE_MAX else None
    if title:
        title = _without_doc_number(title) or title  # "…的通知(某政发〔2021〕5号)": its 文号 names no plan
        m = _ISSUED_NAMED.search(title)
        if m:
            return _unwrapped(m.group(1).strip().strip('“”"'))
        m = _ISSUED.search(title)
        if m:
            return _first_plan(_unwrapped(m.group(1).strip().strip('“”"')))
        m = _NAMED.search(title)
        if m and _NOTICE_TITLE.search(title):
            return m.group(1).strip()
    m = _PUT_OUT.search(body[:3000])
    if m:
        return m.group(1).strip()
    if reposted := reposted_plan(body):
        return reposted
    if not title and (m := _DELIVERED_REPORT.search(body, 0, _DELIVERED_OPENING)):
        return m.group(1)  # a news page without its headline: "…总理向大会作政府工作报告。要点速读↓"
    if title and (named := H.bracketed_plan(title)):
        return named  # a news headline about the plan it names in 《》
    if title and (_about_other_kind(title) or DRAFT_NOTICE.search(title)):
        return _announced_plan(title)  # (a call for comments on a draft plan names the draft)
    if (
        title
        and (
            _PLAN_WORDS.search(title)
            or _WORK_REPORT.search(title)  # (…2025年政府工作报告 itself)
            or _SUMMARY_AHEAD.search(title)  # (…2024年工作总结和2025年工作思路)
        )
        and not _NOTICE_KIND_END.search(title)
        and not H.REPORT_ON_PLAN.search(title)
    ):
        return title.strip()
    return None


# a summary of the year's work that sets out the next's under its title: "…2024年工作总结和2025年工作
# 思路", "…工作总结及明年工作打算" (its work ahead is the plan)
_SUMMARY_AHEAD = re.compile(
    r"总结\s?(?:和|及|暨|与|以及)\s?(?:(?:19|20)\d{2}\s?年度?|明年|下一年|下步|下一步)\s?(?:工作)?(?:思路|打算)\s*$"
)


# a 关于 title's kind of document: the words after its last 的 ("关于…整改情况的公示情况说明")
_ABOUT_KIND = re.compile(r"关于.*的([^的]{1,8})$")


def _about_other_kind(title: str) -> bool:
    """A 关于…的X title whose kind X is an announcement, a publicity or an explanation
    (lexicons/about_other_kinds.txt: …意见的公告, …整改情况的公示情况说明): the plan words before
    it name its subject, not itself."""
    m = _ABOUT_KIND.search(title)
    return m is not None and m.group(1).endswith(words("about_other_kinds"))


_BRACKETED_NAME = re.compile(r"《([^《》\n]{4,80})》")
_TAIL_NOTE = re.compile(r"\s*[（(][^（）()]{1,12}[）)]$")  # "（征求意见稿）", "(草案)"


def _announced_plan(title: str) -> str | None:
    """The plan an announcement names in 《》 ("关于《某市…实施方案》(征求意见稿)的公告"), or None
    (a rule it names, "《某县养犬管理规定（征求意见稿）》", is none)."""
    m = _BRACKETED_NAME.search(title)
    if m is None:
        return None
    name = _TAIL_NOTE.sub("", m.group(1))
    # (a list of the year's 民生实事 is a plan kind too: "《某县2025年度重点民生实事项目（征求意见稿）》")
    return m.group(1).strip() if _PLAN_WORDS.search(name) or PLAN_TITLE.search(name) else None


_ANNEX_LINE = re.compile(r"^附\s*[件表]")
# a 政府工作报告 itself (not a notice dividing its tasks): its title ends with the report's name
_WORK_REPORT = re.compile(r"政府工作报告[》”\"]?\s*(?:[（(][^（）()]{0,20}[）)])?$")


# what may follow a plan's name in the title of the notice that issues it ("…方案》的通知")
_NAME_CLOSE = re.compile(
    r"^[》〉”\"\s]*(?:的(?:通知|函|批复|决定|决议|公告|报告))?\s*(?:[（(][^（）()]{1,30}[）)])?$"
)
_SENTENCE_MARK = re.compile(r"[，,；;。]")
_HEADLINE_MAX = 30  # a headline may hold a comma ("年底前,某市要全面完成…"); a longer line is prose
# "- 主 题 词：…", "关键词：…": a field of the block whose label the lexicon does not list
_FIELD_LINE = re.compile(r"^[\-•·\s]*[\u4e00-\u9fff](?:[ \t\u3000]?[\u4e00-\u9fff]){1,5}[ \t\u3000]?[:：]")


def _own_heading(heading: str, title: str | None) -> bool:
    """Is `heading` the plan's own heading, not a field of the 信息公开 block ("主 题 词：…"), a
    sentence of the text ("增收：制定实施…计划，在…推出…") or a middle line of the page's own red
    header ("关于印发 / 2025年区《政府工作报告》目标任务 / 责任分解方案的通知")?"""
    if metadata_line(heading) or _FIELD_LINE.match(heading):
        return False
    if title and heading in title and explains_plan(title):
        return False  # an explainer's own headline ("…|一文看清政府工作报告3大重点") names no plan
    if len(heading) > _HEADLINE_MAX and _SENTENCE_MARK.search(heading) and not names_a_plan(heading):
        return False
    if (
        title
        and heading != title
        and heading in title
        and ("关于" in title or _NOTICE_KIND_END.search(title))
    ):
        return _NAME_CLOSE.match(title[title.index(heading) + len(heading) :]) is not None
    return True


_WRAPPED_HEAD_PART = 4  # characters of a title's first part left on the line above its last part


def _wrapped_tail(heading: str, title: str, lines: list[str]) -> bool:
    """Is `heading` only the last part of the page's title wrapped over two lines, the line above
    it ending with the rest ("…时效性:儋州市国民经济和社会发展" / "第十四个五年规划纲要")?"""
    if heading == title or not title.endswith(heading):
        return False
    head = _WS_RE.sub("", title[: len(title) - len(heading)])
    if len(head) < _WRAPPED_HEAD_PART or _WS_RE.sub("", heading) in head:
        return False  # (a title joined from a file name and the heading repeats it: "X.docx" + "X")
    for i, line in enumerate(lines[:60]):
        if i and H.clean_title(line) == heading:
            return _WS_RE.sub("", lines[i - 1]).endswith(head)
    return False


def _field_over_title(heading: str, title: str, top: list[str]) -> bool:
    """Is `heading` the title with the line above it joined on, that line a field of the 信息公开
    block ("主题分类城乡建设、环境保护", "文号：某发〔2024〕4号"), no first half of a wrapped headline?"""
    whole, key = _WS_RE.sub("", heading), _WS_RE.sub("", title)
    if len(whole) <= len(key) or not whole.endswith(key):
        return False
    head = whole[: len(whole) - len(key)]
    return any(_WS_RE.sub("", ln) == head for ln in top[:_FIELD_TITLE_LINES]) and bool(
        _GLUED_BARE_RE.match(head) or _PAIR_RE.match(head)
    )


def _unwrapped_field_title(title: str | None, lines: list[str], body: list[str]) -> str | None:
    """A 标题 field's value printed over two lines under its label ("标 题:" / "…印发某州2021年8项"
    / "民生工程…的通知"): the value and the line after it, where the two together are the
    headline printed below them (or atop an HTML page's body, `body`); else the value as read."""
    if not title:
        return title
    key = _WS_RE.sub("", title)
    window = lines[:_FIELD_TITLE_LINES]
    at = next((i for i, ln in enumerate(window[:-1]) if _holds_value(_WS_RE.sub("", ln), key)), None)
    if at is None:
        return title
    whole = key + _WS_RE.sub("", window[at + 1])
    below = {_WS_RE.sub("", ln) for ln in window[at + 2 :] + body[:_FIELD_TITLE_LINES]}
    return H.clean_title(title + window[at + 1]) if whole in below else title


def _holds_value(line: str, value: str) -> bool:
    """Is `line` the value alone, or a field label, a colon (or a table's cell bar) and the value
    ("标题：…", "标题|…")?"""
    if not line.endswith(value):
        return False
    label = line[: len(line) - len(value)]
    return not label or (label[-1:] in ":：|" and label[:-1] in _LABEL_TO_FIELD)


_FIELD_TITLE_LINES = 60  # lines of the page's head looked at for a wrapped field title


def _in_annex(lines: list[str], heading: str) -> bool:
    """Does `heading` stand below a 附件 line of the text?"""
    annex = next((i for i, ln in enumerate(lines) if _ANNEX_LINE.match(ln)), None)
    if annex is None:
        return False
    return any(heading.startswith(ln) or ln.startswith(heading) for ln in lines[annex + 1 : annex + 4])


def _under_an_annex(lines: list[str], heading: str) -> bool:
    """Does `heading` stand right below any 附件 line (the notice's "附件：…" list comes first)?"""
    return any(
        _ANNEX_LINE.match(ln) and any(below.strip() == heading for below in lines[i + 1 : i + 4])
        for i, ln in enumerate(lines)
    )


# the kind word at the end of a plan's name that an annex may print as another ("…分解方案" / "…分解表")
_KIND_TAIL = re.compile(r"(?:方案|计划|清单|一览表|明细表|表)$")


def _issued_as_annex(title: str, heading: str, lines: list[str]) -> bool:
    """Does a notice name what it issues without 《》 ("关于印发某省…工作任务分解方案的通知") over an
    annex whose heading is that name with another kind word ("附件 / 某省…工作任务分解表")? The
    plan is then the one the notice names, the annex its form."""
    m = _ISSUED.search(title)
    if m is None or _NAMED.search(title) or not _under_an_annex(lines, heading):
        return False
    name = m.group(1).strip()
    stem = _KIND_TAIL.sub("", name)
    return name != heading and stem != name and stem == _KIND_TAIL.sub("", heading)


_LABELLED = re.compile(r"[\u4e00-\u9fff][:：]\s*\S")


# a weekday alone on the line under a date: a reader's or site's header printing today's date
# ("电子报阅读机" / "2026-03-23" / "星期一"), never a signature
_WEEKDAY_LINE = re.compile(r"^(?:星期|周)[一二三四五六日天]$")


def _signature(head: str) -> tuple[str | None, date | None]:
    """Issuer line(s) and date under the signature of a notice head (text before the plan); a date
    with a weekday under it is a header's today (`_WEEKDAY_LINE`), no signature's."""
    lines = [part for ln in head.split("\n") if ln.strip() for part in _signed_row(ln.strip())]
    for i, line in enumerate(lines):
        if _DATE_LINE.match(line) and not (i + 1 < len(lines) and _WEEKDAY_LINE.match(lines[i + 1])):
            d = parse_date(line)
            issuer = None
            if i > 2 and _DISCLOSURE_NOTE.match(lines[i - 1]):
                i -= 1  # "（此件公开发布）" printed between the name and the date: no part of the name
            if i > 2 and not _CJK_RE.search(lines[i - 1]):
                i -= 1  # a masked name or a seal's placeholder ("****") between the name and the date
            if (
                i > 1
                and len(lines[i - 1]) <= 30
                and not lines[i - 1].endswith(("。", "：", ":"))
                and not _ANNEX_LINE.match(lines[i - 1])  # "附件：…" under the text, not a name
                and _CJK_RE.search(lines[i - 1])
                and not _LABELLED.search(lines[i - 1])  # "编号:928920", "上传人:…": a label, no name
            ):
                issuer = lines[i - 1]
                if (
                    i > 1
                    and len(lines[i - 2]) <= 20
                    and re.search(r"(委|政府|办公室|局|委员会)$", lines[i - 2])
                    and not lines[i - 2].endswith(("。", "：", ":"))
                    and not _LABELLED.search(lines[i - 2])  # "牵头单位：市城管局" above the signature
                ):
                    issuer = f"{lines[i - 2]} {issuer}"
            return issuer, d
    return None, None


# a signature printed on one line with its date and 文号 ("某县人民政府办公室   2025年2月11日   某政办发〔2025〕4号"):
# read as the name over the date (round 46h)
_SIGNED_ROW = re.compile(
    r"^([\u4e00-\u9fff]{4,30})[ \t\u3000]{2,}((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)"
    r"(?:[ \t\u3000]{2,}([^\s〔]{2,12}〔(?:19|20)\d{2}〕\d{1,4}号))?$"
)


def _signed_row(line: str) -> tuple[str, ...]:
    if "日" not in line or (m := _SIGNED_ROW.match(line)) is None:
        return (line,)
    return tuple(g for g in m.groups() if g)


_SIGNED_TAIL = 12  # lines at the text's end a signature is looked for in


def _byline_unless_signed(top: list[str], title: str | None, body: str) -> tuple[str, str, bool] | None:
    """The body and date under the title (`body_date_byline`); a 版记's print line there ("某镇党委
    办公室  2024年3月4日印发") gives way to a signature and date at the text's end: the office
    printed the page, the bodies signing it issued it on their date."""
    found = body_date_byline(top, title)
    if found is None or not found[2] or "日" not in body[-200:]:
        return found
    return None if _signature("\n".join(body.split("\n")[-_SIGNED_TAIL:]))[1] else found


_CJK_RE = re.compile(r"[\u3400-\u9fff]")
# the disclosure note of a notice ("（此件公开发布）", "（此件主动公开）", "(此件不予公开)")
_DISCLOSURE_NOTE = re.compile(r"^[（(]\s*此件[^（）()]{1,10}[）)]$")
_DOCNO_TOKEN = re.compile(r"(?:^|(?<=[\s|]))(" + _DOCNO_RE.pattern + r")(?=[\s|《]|$)")


# a 文号 in brackets opening the headline ("[某政办发〔2022〕20号]某市人民政府办公室关于…的通知")
_DOCNO_BRACKET_OPEN = re.compile(r"^[\[［【]\s*(" + _DOCNO_RE.pattern + r")\s*[\]］】]")
_DOCNO_AFTER_TITLE = re.compile(r"[(（]\s*(" + _DOCNO_RE.pattern + r")\s*[)）]\s*$")
# a 文号 glued to the front of a notice's headline on its line ("某政发〔2021〕1号关于印发…的通知",
# "某政办字〔2023〕5号某县人民政府办公室关于…的意见"): no sentence, the line ends with the notice's kind
_DOCNO_OPENS_TITLE = re.compile(
    r"^("
    + _DOCNO_RE.pattern
    + r")\s*(?=[^，。；;,、\s]{0,30}?关于[^，。；;,]{2,110}?的(?:通知|意见|决定|批复|函|通报)$)"
)


_NUMBERED = re.compile(r"[\d〇零一二三四五六七八九十]")


# a 文号 value and, after a space, the rest of a field the page broke ("某政辦秘〔2022〕37號 性: 有效",
# its 有效性 label cut short): the 文号 ends at its 号
_DOCNO_THEN_MORE = re.compile(
    r"^(\S.{0,40}?[〔\[［【(（﹝〖]\s*(?:19|20)\d{2}\s*[〕\]］】)）﹞〗]\s*第?\s*\d{1,4}\s*号)[ \t\u3000]+(\S.*)$"
)
_ANOTHER_DOCNO = re.compile(r"[〔\[［【(（﹝〖]\s*(?:19|20)\d{2}\s*[〕\]］】)）﹞〗]")


def _doc_number(value: str | None) -> str | None:
    """A 文号 carries a number (某政办发〔2024〕9号); an empty 文号 cell followed by another field's
    label ("文号 | 浏览量 |") gives none; words after the 文号 that are no second 文号 are cut."""
    if not value or not _NUMBERED.search(value):
        return None
    m = _DOCNO_THEN_MORE.match(value)
    if m and not _ANOTHER_DOCNO.search(m.group(2)):
        return m.group(1)
    return value


# a portal's date and view count run on after the 文号 that closes a title line, with no space:
# "…的通知(鲁政发〔2021〕5号)2021.04.27798", "…的通知（某政办发〔2024〕3号）2024-05-0612"
_RUN_ON_DATE = re.compile(
    r"([(（]\s*" + _DOCNO_RE.pattern + r"\s*[)）])(?:19|20)\d{2}[.\-/]\d{1,2}[.\-/]\d{1,2}\d{0,8}$"
)


def without_run_on_date(line: str | None) -> str | None:
    """'…的通知(某政发〔2021〕5号)2021.04.27798' -> '…的通知(某政发〔2021〕5号)': the date (and the
    view count) a portal prints right after the 文号 of a title line is no part of the title."""
    if not line or not line[-1:].isdigit():
        return line
    return _RUN_ON_DATE.sub(r"\1", line)


def _without_doc_number(name: str | None) -> str | None:
    """'2021年县政府重点工作任务(某政发〔2021〕2号)' -> the plan's name without its 文号."""
    if not name or not name.endswith((")", "）")):
        return name
    return _DOCNO_AFTER_TITLE.sub("", name).strip() or name


# a document-sharing site's page number after the name, and its site name after that: "X 第2页",
# "X(第2页)", "X_第2页_某某文库", "X 第3/5页"
_PAGE_MARKER = re.compile(
    r"\s*[(（_\-—|]?\s*第\s*\d{1,3}\s*(?:/\s*\d{1,3}\s*)?页\s*[)）]?(?:\s*[_\-—|][^_\-—|]{1,20})?$"
)


def without_page_marker(name: str | None) -> str | None:
    """'X 第2页', 'X_第2页_某某文库' -> 'X': a page of a plan split over pages names the plan; a
    running head and page number glued before it go too ('某市人民政府文件　　第 2 页 共 3 页X')."""
    if name and "页" in name[:50]:
        name = without_glued_page_head(name)
    if not name or "页" not in name[-30:]:
        return name
    return _PAGE_MARKER.sub("", name) or name


# a table printed over pages repeats its title with a continuation mark: "X（续表）", "X(续表2)",
# "X（续）", "X 续表"; the plan is X
_CONTINUED = re.compile(r"\s*(?:[（(【\[]\s*续表?\s*\d{0,2}\s*[）)】\]]|\s续表\d{0,2})$")


def without_continued_mark(name: str | None) -> str | None:
    """'某县2026年巡查任务表（续表）' -> '某县2026年巡查任务表': a table's title printed again over
    its next page names the same plan."""
    if not name or "续" not in name[-8:]:
        return name
    tail = name[-12:]  # (only the name's end: a long run of spaces is never scanned again and again)
    m = _CONTINUED.search(tail)
    return (name[: len(name) - len(tail) + m.start()].rstrip() or name) if m else name


_VIEWERS: tuple[str, ...] = tuple(words("viewer_names"))


def without_viewer_name(name: str | None) -> str | None:
    """'腾讯文库2024年…工作方案' -> '2024年…工作方案': a document viewer's name glued before the
    document's (lexicons/viewer_names.txt)."""
    if not name or not name.startswith(_VIEWERS):
        return name
    viewer = next(v for v in _VIEWERS if name.startswith(v))
    return name[len(viewer) :].strip() or name


# a document-sharing site's badge after the name, the file's extension maybe before it:
# "镇目标工作计划(2篇).docxVIP", "2026年某市政府工作报告VIP专享" (lexicons/viewer_badges.txt)
_VIEWER_BADGE = re.compile(
    r"(?:\.(?:docx?|pdf|wps|xlsx?|pptx?|txt))?\s*(?:"
    + "|".join(sorted(map(re.escape, words("viewer_badges")), key=len, reverse=True))
    + r")\s*$",
    re.IGNORECASE,
)


def without_viewer_badge(name: str | None) -> str | None:
    """'镇目标工作计划(2篇).docxVIP' -> '镇目标工作计划(2篇)': a document-sharing site's badge (and the
    file's extension before it) after the document's name is no part of it."""
    if not name or not name.rstrip().endswith(("VIP", "vip", "专享", "免费")):
        return name
    return _VIEWER_BADGE.sub("", name).strip() or name


# a sharing site's file name, its badges, then the name again, glued into one headline
# ("…快捷访问某区工作总结.docxVIP专享VIP免费优质某区工作总结"): the name printed again is the title
_GLUED_FILE = re.compile(
    r"\.(?:docx?|pdf|wps|xlsx?|pptx?|txt)\s*(?:(?:"
    + "|".join(sorted(map(re.escape, words("viewer_badges")), key=len, reverse=True))
    + r")\s*)+",
    re.IGNORECASE,
)
_GLUED_NAME_MIN = 4  # characters of the name printed again after the badges


def without_glued_file_name(name: str | None) -> str | None:
    """'…快捷访问某区工作总结.docxVIP专享优质某区工作总结' -> '某区工作总结': where a file name and a
    sharing site's badges come before the same name printed again, the title is that name."""
    if not name or "." not in name:
        return name
    m = _GLUED_FILE.search(name)
    if m is None:
        return name
    tail = name[m.end() :].strip()
    if len(tail) >= _GLUED_NAME_MIN and name[: m.start()].rstrip().endswith(tail):
        return tail
    return name


# a closing formula ("特此公示！", "特此通知。"): the end of a notice, never its headline
_CLOSING_FORMULA = re.compile(r"^(?:特此|现予)(?:公示|公告|通知|函告|报告|说明)[!！。.]?$")


_LISTED_DOCNO = re.compile(r"\s+" + _DOCNO_RE.pattern + r"\s*$")


def _without_listed_doc_number(title: str | None) -> str | None:
    """'关于印发…的通知 某政发〔2023〕1号' -> '关于印发…的通知': a title with its 文号 after a space
    (the title itself stays as printed)."""
    if not title or not title.endswith("号"):
        return title
    return _LISTED_DOCNO.sub("", title) or title


_BODY_NAME = re.compile(r"^[\u4e00-\u9fff ]{3,30}(?:政府|委员会|办公室|办公厅|公署|局|厅|委|部|院|中心)$")


def _issuer_under_title(lines: list[str], title: str | None) -> str | None:
    """The issuing body on a line of its own right under the title, as a law or policy database
    prints a document ("沈阳市…规定 / 辽宁省沈阳市人民政府 / 沈阳市…规定")."""
    if not title:
        return None
    for i, line in enumerate(lines[:40]):
        if i + 1 < len(lines) and H.clean_title(line) == title:
            nxt = lines[i + 1].strip()
            if _BODY_NAME.match(nxt) and not nxt.startswith("各"):
                return nxt
    return None


_NOTICE_ABOUT = re.compile(r"关于")
# a title that puts its issuers before the verb ("中共某省委办公厅 某省人民政府办公厅印发《…》的通知")
_SENTENCE_MARK = re.compile(r"[，,。：:；;！!？?]")
_ISSUES_NAMED = re.compile(r"(?:联合)?(?:印发|转发)(?=《)")
# a notice forwarding another body's document ("批转市发改委关于…", "转发县教育局关于…") is issued by
# the body that forwards it, printed before the verb or on the line above the title
_FORWARDS = re.compile(r"批转|转发")
_NOTICE_HEAD = re.compile(r"^(?:(?:批转|转发)[^关\n]{1,40}?)?关于")


def _issuer_above_notice(lines: list[str], title: str | None) -> str | None:
    """The issuing body on a line of its own right above a "关于…" heading, as the red header of a
    notice prints it ("某市人民政府 / 关于2025年重点工作及责任分解的通知"), or before it on the same line
    of a flattened header; never the addressees ("各乡镇人民政府")."""
    if not title or not _NOTICE_HEAD.match(title):
        return None
    for i, line in enumerate(lines[:40]):
        if i and _starts_title(H.clean_title(line), title):
            # (the page's headline first, then the red header: the line above either may be the body)
            if body := _body_or_none(lines[i - 1].strip()):
                return body
            continue
        pos = line.find(title)
        if pos > 0 and line[pos - 1] in " \u3000":
            # (a header flattened onto one line: "某省人民政府 关于…的通知 某政〔2023〕5号 …")
            return _body_or_none(line[:pos].split()[-1])
    return None


_WRAPPED_HEAD_MIN = 8  # characters of the first line of a title wrapped over a red header


def _starts_title(line: str | None, title: str) -> bool:
    """Is `line` the title, or the first line of it where a red header wraps it ("关于印发2015年全市
    深化医药卫生" over "体制改革下步工作要点的通知")?"""
    if not line:
        return False
    return line == title or (
        len(line) >= _WRAPPED_HEAD_MIN and title.startswith(line) and _NOTICE_HEAD.match(line) is not None
    )


def _body_or_none(text: str) -> str | None:
    return text if _BODY_NAME.match(text) and not text.startswith("各") else None


_RELATIVE_YEAR = re.compile(r"今年|明年|今明两年")
_NEWS_ENDS = ("出台", "印发", "发布", "公布", "出炉")
_NEWS_VERB = re.compile("|".join(words("plan_news_verbs")))
_NAMES_OUTSIDE = re.compile(r"《[^《》]*》")


def _news_headline(original: str) -> bool:
    """A repost's 原标题 that is itself news of a plan made ("《嘉兴出台三年行动计划》", "某县印发
    方案 推进…"): its verb stands outside any name in 《》, and it issues nothing (关于印发…的通知)."""
    s = original.strip()
    if s.startswith("《") and s.endswith("》") and s.count("《") == 1:
        s = s[1:-1]  # a headline quoted whole
    if s.startswith("关于") or s.endswith(("通知", "函")):
        return False
    return _NEWS_VERB.search(_NAMES_OUTSIDE.sub("", s)) is not None


def _doc_number_from_head(lines: list[str]) -> str | None:
    """A 文号 standing on its own in the red header: a line of its own, or between spaces
    ("某某文件 某政办发〔2018〕32号 关于…"), or in parentheses after a heading ("2021年县政府重点工作
    任务(某政发〔2021〕2号)"), or glued to the front of a notice's headline ("某政发〔2021〕1号关于印发…的
    通知"); never one cited in a sentence ("根据《…》（国发〔2022〕18号）精神")."""
    for line in lines[:40]:
        s = without_run_on_date(line.strip()) or ""
        m = _DOCNO_TOKEN.search(s) or _DOCNO_BRACKET_OPEN.match(s) or _DOCNO_OPENS_TITLE.match(s)
        if m:
            return m.group(1)
        if "字第" in s and (m := _ROC_DOCNO_LINE.match(s)):
            return s  # a Taiwan mirror's 文號 on its own line: "府授教字第1150012345號"
        m = _DOCNO_AFTER_TITLE.search(s) if s.endswith((")", "）")) else None
        if m and len(s) <= _TITLE_LINE_MAX and not re.search(r"[。，,；;]", s):
            if "《" not in s or _ISSUING_TITLE_END.search(s, 0, m.start() + 1):
                # (a notice's own 文号 after its title: "关于印发《…》的通知(某政函〔2023〕37号)")
                return m.group(1)
    return _doc_number_split(lines[:_SPLIT_DOCNO_LINES])


_SPLIT_DOCNO_LINES = 12
# a Taiwan document's 文號, the ROC year opening its serial: "嘉市教字第1150012345號" (read simplified)
_ROC_DOCNO_LINE = re.compile(r"[\u4e00-\u9fff]{1,12}字第\s?1\d{5,11}\s?号$")
# a red header's 文号 spread over two lines: "某县政办发" / "〔2026〕12号"
_DOCNO_PREFIX_LINE = re.compile(r"[\u4e00-\u9fff]{1,12}[发字函]")
_DOCNO_REST_LINE = re.compile(r"[〔\[［【(（﹝〖]\s*(?:19|20)\d{2}\s*[〕\]］】)）﹞〗]\s*第?\s*\d{1,4}\s*号")
# a notice's number in the year, on a line of its own under its title: "（2026年第3号）"
_YEAR_NUMBER_LINE = re.compile(r"[(（]?\s*((?:19|20)\d{2}\s*年\s*第\s*\d{1,4}\s*号)\s*[)）]?")


def _doc_number_split(lines: list[str]) -> str | None:
    """A 文号 the head prints over two lines ("某县政办发" / "〔2026〕12号"), or a notice's number in the
    year on a line of its own ("（2026年第3号）"); a sentence's 文号 stays unread."""
    for k, line in enumerate(lines):
        s = line.strip()
        if "号" not in s or len(s) > _SPLIT_DOCNO_MAX:
            continue
        if (m := _YEAR_NUMBER_LINE.fullmatch(s)) is not None:
            return re.sub(r"\s+", "", m.group(1))
        if k and _DOCNO_REST_LINE.fullmatch(s) and _DOCNO_PREFIX_LINE.fullmatch(lines[k - 1].strip()):
            return lines[k - 1].strip() + re.sub(r"\s+", "", s)
    return None


_SPLIT_DOCNO_MAX = 16


_TITLE_LINE_MAX = 120  # characters of a heading line with a 文号 after it
_ISSUING_TITLE_END = re.compile(r"的(?:通知|意见|决定|批复|函)\s*[（(]$")


_STAMP_LINE = re.compile(r"^\s*[【\[]?\s*((?:19|20)\d{2}[\-/.年]\d{1,2}[\-/.月]\d{1,2}日?)\s+\d{1,2}:\d{2}")
# a byline of the source's name and a time stamp: "某某网 2026-01-21 09:15:23", maybe with the
# page's buttons or column after it ("某州日报 2012-09-19 16:53 大字", "某某新聞 2026-01-14 11:00:42
# 新聞中心 發佈"); an account's byline of up to three names ("原创 某某发布 某某发布 2024-03-15 18:30
# 发表于江西", as a WeChat article prints it)
_SOURCE_STAMP_LINE = re.compile(
    r"^(?:[^\s\d|:：，。]{2,24}\s+){1,3}((?:19|20)\d{2}[\-/.年]\d{1,2}[\-/.月]\d{1,2}日?)\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s+[^\s\d|:：，。,；;]{1,6}){0,2}$"
)
# a news site's or an account's name and a numeric date: "某某畜牧网 2020-07-30", "微某某 2022-09-03"
# (not a site header greeting with today's date: "欢迎访问某某网 …")
_SOURCE_DATE_LINE = re.compile(
    r"^(?!欢迎|今天|今日)[^\s\d|:：，。]{2,16}\s+((?:19|20)\d{2}-\d{1,2}-\d{1,2})$"
)


# a paper's name and its issue date under the headline: "某某日报    2021年03月09日", "某某晚报 2025-06-12"
_PAPER_DATE_LINE = re.compile(
    r"^[^\s\d|:：，。]{1,12}报\s+((?:19|20)\d{2}[\-/.年]\d{1,2}[\-/.月]\d{1,2}日?)$"
)


# a newspaper page's issue line: "2025年10月16日 星期四 出版" (a site's header printing today's date
# with its weekday has no 出版 after it and is no page date)
_ISSUE_LINE = re.compile(
    r"^((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:星期|周)[一二三四五六日天]\s*出版$"
)


# a forum's or account's byline: "某某融媒 发表于 2026-1-28 14:20:01", "发布于 2025-03-02" (no colon)
_POSTED_ON_LINE = re.compile(
    r"^(?:[^\s\d|:：，。]{2,24}\s*)?(?:发表于|发布于)\s*((?:19|20)\d{2}[\-/.年]\d{1,2}[\-/.月]\d{1,2}日?)"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
# an e-paper's page line: "第1版:一版要闻 2026-02-13", "版面:第006版：要闻 2026-03-06"
_EPAPER_PAGE_LINE = re.compile(
    r"^(?:版面[:：]\s*)?第\s*[\d一二三四五六七八九十]{1,4}\s*版\s*[:：][^\n]{0,40}?\s"
    r"((?:19|20)\d{2}[\-/.年]\d{1,2}[\-/.月]\d{1,2}日?)$"
)


# a news site's stamp printing the year apart from month/day and a clock time: "2024 01/19 19:46:13",
# "2023 12/05 08:30" (a bare month/day with no year, or no clock time, is no page date)
_SPLIT_YEAR_STAMP = re.compile(
    r"^((?:19|20)\d{2})[ \t\u3000]+(\d{1,2})/(\d{1,2})[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?$"
)


def _split_year_stamp(line: str) -> date | None:
    """The date of a stamp "2024 01/19 19:46:13" (`_SPLIT_YEAR_STAMP`), or None."""
    m = _SPLIT_YEAR_STAMP.match(line)
    if m is None:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def page_date(lines: list[str]) -> date | None:
    """The page's own date where it has no labelled date field: a date stamp with a clock time
    under the headline ("2023-01-05 10:00 某某办公室", "某某网 2026-01-21 09:15"), a paper's name and
    its issue date ("某某日报 2021年03月09日"), an e-paper's page line ("第1版:要闻 2026-02-13"), a
    forum's byline ("某某融媒 发表于 2026-1-28 14:20:01"), or a date on the byline ("编辑：某某 2019-06-25")."""
    for line in lines[:HEAD_LINES]:
        s = line.strip()
        m = (
            _STAMP_LINE.match(s)
            or _SOURCE_STAMP_LINE.match(s)
            or _SOURCE_DATE_LINE.match(s)
            or _ISSUE_LINE.match(s)
            or _PAPER_DATE_LINE.match(s)
            or _EPAPER_PAGE_LINE.match(s)
            or _POSTED_ON_LINE.match(s)
        )
        if m:
            return parse_date(m.group(1))
        if (split := _split_year_stamp(s)) is not None:
            return split
        if len(s) <= 160 and H.byline_label(s):
            d = parse_date(s)
            if d:
                return d
    return None


def _lines(text: str, limit: int) -> list[str]:
    """The first `limit` non-blank lines of `text`, stripped; a line of empty table cells ("|",
    "| | |") is blank too."""
    out = []
    for ln in text.split("\n", 2 * limit):
        s = ln.strip()
        if s and s.strip("|｜ \t\u3000"):
            out.append(s)
            if len(out) >= limit:
                break
    return out


# <meta> tags whose text the metadata reads as words (titles, the issuer), not only as dates
META_TEXTS = ("articletitle", "title", "contentsource", "sitename", "columnname", PAGE_H1)


def meta_texts(meta: dict[str, str]) -> dict[str, str]:
    """The <meta> texts that may need a working copy, named as `PageWork` texts (`meta_title` …)."""
    return {f"meta_{k}": v for k in META_TEXTS if (v := meta.get(k)) and not v.isascii()}


def extract_metadata(
    page_text: str,
    meta: dict[str, str],
    body_text: str,
    title_tag: str = "",
    head_text: str | None = None,
    *,
    page_has_body: bool = False,
) -> dict:
    """All document metadata fields of the contract (title … plan years). `page_has_body`: the
    page text is the whole page (a text rendering), not only the 信息公开 block of an HTML page.

    The patterns are written in simplified characters: a page in traditional characters (or with
    pinyin noise) is read in its simplified working copy (`transform.normalize`), and every field
    is printed as the page prints it ("關於印發…的通知", "某政辦發〔2024〕8號")."""
    metas = meta_texts(meta)
    texts = {"page_text": page_text, "body": body_text, "title_tag": title_tag, "head": head_text or ""}
    work = PageWork(**texts, **metas)
    if not work:
        return simplified_fields(
            page_text, meta, body_text, title_tag, head_text, page_has_body=page_has_body
        )
    simple_meta = dict(meta)
    simple_meta.update((k[5:], work.text(k, v)) for k, v in metas.items())
    out = simplified_fields(
        work.text("page_text", page_text),
        simple_meta,
        work.text("body", body_text),
        work.text("title_tag", title_tag),
        None if head_text is None else work.text("head", head_text),
        page_has_body=page_has_body,
    )
    work.restore(out, [], [], [])
    return out


_TAIL_CHARS = 600  # characters at the end of the text read for a news page's source line


def heading_lines(lines: list[str]) -> list[str]:
    """The body's lines a plan's heading is looked for in: without an app's prompt, a viewer's
    page counter or a Taiwan 文號 line over it ("打开APP，阅读体验更佳", "第 2 页 / 共 2 页　100%　适合宽度",
    "嘉市教字第1150012345号"), which would read as the first half of a heading wrapped over two lines."""
    out = [
        "" if "字第" in ln and _ROC_DOCNO_LINE.match(ln.strip()) else ln  # (kept apart, not joined)
        for ln in without_account_chrome(lines)
        if not (page_mark(ln.strip()) or viewer_chrome(ln.strip()))
    ]
    # (a page rendered from markdown: "**某县…方案**" over "## 一、重点任务" reads as its plain lines)
    if any(ln.startswith(("#", "*")) for ln in out[:40]):
        return unmarked_lines(out)
    return out


def simplified_fields(
    page_text: str,
    meta: dict[str, str],
    body_text: str,
    title_tag: str = "",
    head_text: str | None = None,
    *,
    page_has_body: bool = False,
) -> dict:
    # Long function: one fallback chain per field (label, heading, byline, signature), read in order.
    """The fields of `extract_metadata`, read from text already simplified (the working copy
    `transform.document` makes of the whole page: no second copy, no restore here)."""
    pairs = label_pairs(page_text, alone=page_has_body)
    head = head_text if head_text is not None else body_text[:4000]
    page_lines, body_lines = _lines(page_text, 200), _lines(body_text, 300)
    # (the site's chrome above a breadcrumb, "当前位置 : 首页 > …", holds no headline)
    top = below_crumb(page_lines if page_has_body else page_lines[:60] + body_lines)
    top = without_account_chrome(top)  # "预览时标签不可点", "收录于合集 #…": a WeChat page's chrome
    top = without_repost_label(top)  # "转载：关于印发…的通知": the headline after a repost's label
    # "事项编码：1143…", a viewer's toolbar ("适合宽度　100%　第 1 页 / 共 1 页"): no headline
    top = [ln for ln in top if not (_code_field(ln) or viewer_chrome(ln.strip()))]
    out: dict = {
        "index_no": _clean(pairs.get("index_no")),
        "category": _clean(pairs.get("category")),
        "validity": _clean(pairs.get("validity")),
        "summary": _clean(pairs.get("summary")),
        "doc_number": _doc_number(_clean(pairs.get("doc_number"))),
    }
    site = (meta.get("sitename", ""), meta.get("columnname", ""), meta.get("og:site_name", ""))
    art = H.clean_title(_clean(meta.get("articletitle")))
    cut, art = (art, None) if cut_title(art) else (None, art)
    field = _unwrapped_field_title(
        H.clean_title(_clean(pairs.get("title"))), page_lines, [] if page_has_body else body_lines
    )
    if cut_title(field):  # a 标题 field cut short ("关于印发某县…一体化..."): read past it as well
        cut, field = cut or field, None
    title = (
        field
        or art
        or _page_named(meta.get("title"), site)
        or microblog_headline(top)  # "【某县印发…方案】近日，…" under a post's "… 来自 微博" stamp
    )
    if not title:
        notice, head_line = H.page_title(top)
        if head_line and _CLOSING_FORMULA.match(head_line.strip()):
            head_line = None  # "特此公示！" above the signature: no headline
        notice = with_issuing_line(H.cover_over_resolution(notice, top), top)
        notice = with_headline_issuers(notice, meta.get(PAGE_H1))  # "某县人民政府办公室<br>关于印发…"
        title = (
            notice
            # ("某市政府卫生局-某市…计划" over the page's "某市…计划": the headline printed)
            or headline_in_tag(_page_named(strip_site(title_tag), site), head_line or meta.get(PAGE_H1))
            or head_line
            or _page_named(meta.get(PAGE_H1), site)  # a template's headline outside its body
            or indicator_table_title(top)  # "某县…主要指标（2025—2027年）" over "指标 | 单位 | …"
            or H.first_heading(top)
        )
        if notice and title == notice:
            title = repost_headline(title, head_line, top)  # a repost's headline over its 原标题 note
    if not title and page_has_body and top and len(top[0]) >= FLAT_MIN:
        title = H.first_heading(split_flattened(top[0])[:1])  # "某县…方案 一、… 1.…": one line
    title = without_title_tag(title)  # "[转]…", "…（转载）", "【政策】…": a site's tag
    # the plan's own heading, unless the title says the page is about something else
    heading = H.plan_heading(heading_lines(body_lines)) if not title or H.may_issue_plan(title) else None
    heading = without_second_column(heading)  # "某县…方案　　　　　村庄清洁行动覆盖率100%"
    if heading and not _own_heading(heading, title):
        heading = None
    if heading and heading == title and results_headline(title):
        heading = None  # "2024年10件为民实事如期全面完成": a news headline of results, no plan's name
    if heading and title and _field_over_title(heading, title, top):
        heading = title  # "主题分类城乡建设" / "某市…工作安排": a field of the block joined to the title
    title = wrapped_headline(title, heading, top)  # "某县…服务" / "提升行动方案" above the byline
    title = kind_tail_headline(title, top)  # "本县推动长照服务" / "发展三年计划": the whole headline
    if heading and title and _wrapped_tail(heading, title, page_lines):
        heading = title  # the last line of the title wrapped over the page, not a heading of its own
    if heading and title and heading != title and names_a_plan(title) and _in_annex(body_lines, heading):
        heading = None  # a plan page names itself; its annex (…任务分工, …清单) is part of it
    if heading and title and heading != title and _issued_as_annex(title, heading, body_lines):
        heading = None  # "关于印发…任务分解方案的通知" over 附件 "…任务分解表": the plan is the one issued
    speech, given, congress = speech_heading(top, parse_date)  # 政府工作报告 / ——…在…大会上
    if speech and speaker_under_meeting(top, title):
        title = speech  # the speaker's line read as a headline above the byline: the report's heading
    title = without_viewer_badge(
        without_glued_file_name(
            without_run_on_date(
                title
                or heading
                or speech
                or top_heading(body_lines)
                or H.news_headline(top)
                or H.glued_headline(top)
                or stamped_heading(top)  # "2024年某区重点工作任务 2024-10-12"
                or cut
            )
        )
    )
    title = without_second_column(without_title_tag(with_period_of(title, meta.get(PAGE_H1))))
    heading = with_period_of(heading, title)  # (the <h1>'s second line, "（2024—2026年）")
    out["title"] = None if _chrome_title(title) else title
    sig_issuer, sig_date = _signature(head)
    # (a 来源 naming the website or desk that posted the page is none: "来源:电子政务网")
    issuer = issuing_body(_without_chrome(_clean(pairs.get("issuer")) or _clean(meta.get("contentsource"))))
    about = _NOTICE_ABOUT.search(title or "")
    issues = _ISSUES_NAMED.search(title or "")
    if (
        issues
        and (about is None or issues.start() < about.start())
        and not _SENTENCE_MARK.search(issues.string[: issues.start()])
    ):
        about = issues  # "某省委办公厅 某省人民政府办公厅印发《…》的通知": the issuers before the verb
    if not issuer and title and about:
        # (a portal's column label before it is none of it: "【重点工作】某市人民政府关于…"; a
        # traditional title, "某縣農業農村局關于…", is read in its working copy)
        pre = _COLUMN_LABEL.sub("", title[: about.start()].strip())
        if forwards := _FORWARDS.search(pre):
            pre = pre[: forwards.start()].strip()
        if re.search(r"(政府|办公室|委员会|县委|市委|区委|党委|委|局|厅|部|中心|办|院)$", pre):
            issuer = pre
    # "某区人民政府办公室　2024年3月5日" under the title: read only where no other field names them
    byline = functools.cache(lambda: _byline_unless_signed(top, title, body_text))
    out["issuer"] = (
        _without_chrome(issuer)
        or sig_issuer
        or _issuer_under_title(top, title)
        or _issuer_above_notice(top, title)
        or (found[0] if (found := byline()) else None)
        or info_line_body(meta.get(PAGE_TIME))  # "2025-05-20 某区交通运输局" under an HTML headline
        or _author_body(meta.get(PAGE_AUTHOR))  # a WeChat article's author field naming a body
        or bottom_source(body_text[-_TAIL_CHARS:].split("\n"))  # "（来源：某县农业农村局）" at its end
    )
    out["written_date"] = parse_date(pairs.get("written_date"))
    out["publish_date"] = (
        parse_date(pairs.get("publish_date"))
        or parse_date(meta.get("pubdate"))
        or parse_date(meta.get("publishdate"))
        or parse_date(meta.get("firstpublishedtime"))
        or parse_date(meta.get("createdate"))
        or parse_date(meta.get("article:published_time"))
        or parse_date(meta.get(PAGE_TIME))
        or page_date(page_lines)
        or (parse_date(found[1]) if (found := byline()) else None)
        or parse_date(speech_date(top, title))  # "——在…会议上的讲话（2026年3月5日）" under the title
        or given  # "（2025年2月18日在…会议上）" under a report's heading: the day it was given
        or sig_date
        or out["written_date"]
        or _heading_date(top, title, body_text)  # "（2025年2月28日）" alone under a plan's heading
        or address_date(meta, body_text)  # "…/2026/0315/c1024a88121/page.htm": the page's own address
    )
    if not out["doc_number"]:
        out["doc_number"] = _doc_number_from_head(_lines(head, 40)) or _doc_number_from_head(page_lines)
    # (the title as a policy database lists it, its 文号 after it: "关于印发…的通知 某政发〔2023〕1号")
    bare = _without_listed_doc_number(title)
    named = (
        (_issued_name(bare) or _explained_name(bare) or amended_plan(bare))
        if bare and len(bare) <= TITLE_MAX
        else None
    )
    named = fuller_reported_name(title, named, top)  # "某县印发《2026年…方案》" / "印发《某县2026年…方案》"
    if not named and (original := original_title(top)) and not _news_headline(original):
        named = _issued_name(original) or _plan_title_from(
            original, body_text
        )  # "原标题：关于印发《X》的通知" under a repost's headline
    if heading and heading == title:
        heading = H.bracketed_plan(heading) or heading  # a news headline about the plan it names
    if heading and heading == title and (reposted := reposted_plan(body_text)):
        heading = reposted  # a news headline over the full text of the plan it names
    if heading and heading == title and (full := reported_full_name(title, top)):
        heading = full  # "我县印发2024年…方案" over "近日，某县印发《某县2024年…方案》"
    if heading is None and title:
        # a headline outside the body (an HTML page's <h1>) over a report of the plan's full name
        heading = reported_full_name(title, top)
    if heading and heading == title and not names_a_plan(title):
        # a news headline about a plan ("…长三角新一轮行动计划发布"): the plan its report names in
        # 《》 ("近日…印发《…三年行动计划（2024—2026年）》")
        heading = H.reported_plan(top) or heading
    if heading and heading == title and bare and _ISSUED.search(bare) and not _NAMED.search(bare):
        # a notice printed without the plan's own heading ("关于印发2023年…分解方案的通知" over a
        # bare "现印发给你们"): the plan it issues, not the notice
        heading = _plan_title_from(bare, body_text) or heading
    plan_title = (
        named
        or heading
        or _plan_title_from(bare, body_text)
        or _no_call_for_proposals(H.reported_plan(top))
        or _no_call_for_proposals(H.annex_list_title(body_lines))
    )
    if title and CALL_FOR_PROPOSALS.search(title):
        plan_title = None  # a call for proposals or for plans (关于报送…计划的通知) issues none
    if plan_title and plan_title == title and MEETING_REPORT_TITLE.search(title):
        # a news report of a meeting ("…召开局务会会议研究推进…重点工作") is no plan's name; the plan
        # it reports issued there ("…推进大会…发布《某区…行动方案（2022-2026年）》") is
        plan_title = _no_call_for_proposals(H.reported_plan(top))
    if (
        plan_title
        and plan_title == title
        and not title.endswith(("通知", "函"))
        and PLAN_MAKING_REPORT.search(title)
    ):
        plan_title = _no_call_for_proposals(H.reported_plan(top))  # the plan the report names, if any
    if (
        plan_title
        and plan_title == title
        and (_RELATIVE_YEAR.search(title) or title.endswith(_NEWS_ENDS) or _news_headline(title))
    ):
        # "贵州明确今年数字乡村建设十项重点任务": a plan names its year, news says 今年; "某县…方案出台",
        # "市安委会印发安全生产十五条措施": news of it; the plan is the one the report names in 《》, if any
        plan_title = H.reported_plan(top) or plan_title
    if plan_title and plan_title == title and _kicker_only_names_a_plan(title):
        plan_title = _no_call_for_proposals(H.reported_plan(top))  # "【聚焦…规划】我省加速…": news
    plan_title = _approved_full_name(plan_title, body_text)
    plan_title = with_reported_period(plan_title, body_text)  # "《X》出台" over "印发《X（2025—2027年）》"
    out["plan_title"] = _inner_of_notice(
        H.without_kicker(
            _without_doc_number(
                H.without_file_extension(
                    without_page_marker(
                        without_viewer_name(without_viewer_badge(without_continued_mark(plan_title)))
                    )
                )
            )
        )
    )
    if not out["doc_number"] and out["plan_title"]:  # a news repost citing the plan's 文号
        out["doc_number"] = reposted_doc_number(body_text, out["plan_title"], _DOCNO_RE.pattern)
    issued = out["publish_date"] or sig_date or out["written_date"]
    # "某县…三年行动方案" over a line "（2024—2027年）": the years it prints under the heading
    period = with_period_line(heading, body_lines) or with_period_line(title, top)
    out["plan_start_year"], out["plan_end_year"] = plan_years_of(
        (period, plan_title, title, heading),
        body_text,
        issued.year if issued else None,
        given.year if given and congress and title and "工作报告" in title else None,
        issued.year if issued and title and _WORK_REPORT.search(title) else None,
    )
    if (ahead := work_ahead_year(title, body_text)) is not None:
        # "某局2025年度法治政府建设情况报告" setting out "三、2026年度…的主要安排": the year it plans
        out["plan_start_year"] = out["plan_end_year"] = ahead
    if (
        out["plan_title"]
        and "有效期" in body_text
        and plan_years(period, plan_title, title, heading) == (None, None)
    ):
        # a 办法 in force for a period: "本办法自2026年5月1日起施行，有效期至2028年12月31日" (over the
        # years its text names: "2026年完成改造1200户" is one year's work within it)
        valid = validity_years(body_text, issued.year if issued else None)
        if valid != (None, None):
            out["plan_start_year"], out["plan_end_year"] = valid
    return out


# what follows a field value on the same line but is page chrome or another byline field:
# "市政府办公室 浏览次数:", "某县人民政府 【字体:大 中 小】 打印本页", "某某网 作者:某某"
_CHROME_CUT = re.compile(r"\s+(?:【|\[|(?:" + "|".join(map(re.escape, H.BYLINE_WORDS)) + r")|打印|分享|关闭)")
# an empty field whose "value" is the next field's label: "来源: 浏览量:" gives no source
_LABEL_ONLY = re.compile(r"^\s*(?:" + "|".join(map(re.escape, H.BYLINE_WORDS)) + r")[^\s:：]{0,3}[:：]")


def _without_chrome(value: str | None) -> str | None:
    """A field value without the page chrome printed after it on its line."""
    if not value or _LABEL_ONLY.match(value):
        return None
    m = _CHROME_CUT.search(value)
    return (value[: m.start()].strip() or None) if m else value


# a name that is itself the title of the notice issuing the plan: "《关于印发〈X〉的通知》",
# "《<X>的通知》" (a news report or an interpretation names the notice, not the plan)
_NOTICE_NAME = re.compile(r"[〈<《「]\s*([^《》〈〉<>「」]{4,120})\s*[》〉>」]\s*的(?:通知|函)$")


_BODY_NAME = re.compile(
    r"^[\u4e00-\u9fff]{2,30}(?:政府|办公室|办公厅|委员会|管委会|局|厅|委|办|中心|街道办事处)$"
)


def _author_body(author: str | None) -> str | None:
    """The author field of an official account's article when it names a body ("某县民政局"),
    not "原创", a person or the account's nickname; else None."""
    name = (author or "").strip()
    return name if _BODY_NAME.match(name) and not name.startswith("各") else None


def _inner_of_notice(name: str | None) -> str | None:
    """'<2024年…分工方案>的通知' -> '2024年…分工方案': the plan a notice's title names inside it;
    '某市人民政府办公室关于印发X的通知' (the notice a forwarding notice names in 《》) -> X."""
    if not name or not name.endswith(("通知", "函")):
        return name
    m = _NOTICE_NAME.search(name)
    if m and PLAN_TITLE.search(m.group(1)):
        return m.group(1).strip()
    # a forwarded notice's name ("转发《某市人民政府办公室关于印发X的通知》的通知"): the plan X it issues
    if (
        len(name) <= TITLE_MAX
        and "《" not in name
        and (m := _ISSUED.search(name))
        and PLAN_TITLE.search(m.group(1))
    ):
        return m.group(1).strip()
    return name


def _kicker_only_names_a_plan(title: str) -> bool:
    """'【聚焦我省“十四五”规划各专项规划】我省加速构建…新模式': only the column's kicker names a
    plan; the headline after it is a news report's, no plan's name."""
    m = _COLUMN_LABEL.match(title)
    return m is not None and names_a_plan(m.group(0).strip("【】[] ")) and not names_a_plan(title[m.end() :])


def _no_call_for_proposals(name: str | None) -> str | None:
    """The plan a news report names, unless that is a call for proposals for it ("发布《关于征集
    2026年民生实事项目线索的公开信》"): that asks for ideas, it is not the plan."""
    return None if name and CALL_FOR_PROPOSALS.search(name) else name


def address_date(meta: dict[str, str], body_text: str) -> date | None:
    """The date in the page's own address (`<meta property="og:url">`), where the page shows no date
    and its text ends with no signed date (that one is the page's date: `document._metadata`)."""
    url = meta.get("og:url") or meta.get("canonical")  # <link rel="canonical">: html._page_parts
    if not url or (d := url_date(url)) is None:
        return None
    return None if _signed_at_end(body_text) else d


def _heading_date(top: list[str], title: str | None, body_text: str) -> date | None:
    """The date alone in brackets under the plan's heading (`metadata_top.dated_heading`), unless
    the text ends with a signed date (that one is the page's date: `document._metadata`)."""
    d = parse_date(dated_heading(top, title))
    return None if d is None or _signed_at_end(body_text) else d


def _signed_at_end(body_text: str) -> bool:
    return bool(_signature("\n".join(body_text.rstrip().split("\n")[-12:]))[1])


def _page_named(value: str | None, site: tuple[str, ...]) -> str | None:
    """A title from <title> or <meta name="title">, unless it names only the site, its column or
    the kind of page (`transform.headings.site_only`)."""
    title = H.clean_title(_clean(value))
    if title and title.isascii() and _LATIN.search(title):
        return None  # "Lanshan District 2026 Work Plan": an English-labelled page's name, not its headline
    if home_title(title):
        return None  # "首页-某县人力资源和社会保障局": the home page's name a template prints on every page
    if title and is_placed_body(title):
        return None  # "平阳县卫生健康局": the body whose site it is, no headline
    return None if H.site_only(title, site) else title


_LATIN = re.compile(r"[A-Za-z]{2}")


def _chrome_title(title: str | None) -> bool:
    """Is the title a line of the site's page chrome ("新用户登录后自动创建账号", "发布信息",
    lexicons/site_page_titles.txt), not the headline of the page?"""
    return bool(title) and re.sub(r"\s+", "", str(title)).lower() in page_words()
