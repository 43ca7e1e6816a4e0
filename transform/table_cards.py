"""Projects printed as cards of labelled fields -> one task line each, as a task table's rows.

WeChat reposts of 民生实事 lists and progress briefings print each project as a card: a number
("01", "1", "02 项目名称：…"), then fields 项目名称 / 项目内容 / 牵头单位 / 责任单位 / 完成时限 /
进展情况, each value after its label's colon or on the lines below it. A run of at least two
cards numbered 1, 2, … becomes table lines (`transform.table_rows.table_line`): the 名称 field is
the title, the content fields the text, the unit, leader and deadline fields a labelled block,
and progress fields are left out (as a table's progress column, `lexicons/table_columns.toml`
gives every label its role).
"""

from __future__ import annotations

import re

from transform import lexicons
from transform.numbering import match_marker
from transform.table_cells import column_role
from transform.table_rows import TableLine, table_line, unmarked_title
from transform.table_years import is_period

# a card's number with its first field: "01 项目名称：…", or a number alone on its line
_CARD_HEAD = re.compile(r"^(\d{1,2})[ \t\u3000]+(?=\S{2,8}\s*[:：])")
_CARD_NO = re.compile(r"^(\d{1,2})$")
# a card's number as a field of its own: "序号：1" (a 台账 printed as cards, round 40b)
_PERIOD_FIELD = re.compile(r"^([^\s:：]{2,12})[ \t]*[:：][ \t]*(\S.*)$")  # 一季度：… 6月底前：…
_SERIAL = re.compile(r"^(?:序号|编号)[ \t]*[:：][ \t]*(\d{1,2})$")
# a field: a label of at most 8 characters, a colon (or none, alone on its line), its value
_FIELD = re.compile(r"^([\u4e00-\u9fff]{2,8})\s*(?:[:：]\s*(.*)|$)")
_NAME_LABELS = frozenset(lexicons.words("table_card_names"))
# a field's label after spaces on a card's first line: "1．任务名称：… 牵头单位：… 完成时限：…" (or
# after " | ", where wide gaps were read as cells: `texttables.piped_space_rows`)
_INLINE_LABEL = re.compile(r"(?<=[ \t\u3000|｜])[\u4e00-\u9fff]{2,8}(?=[:：])")
_LABELS = {
    "lead": "牵头单位",
    "resp": "责任单位",
    "part": "配合单位",
    "leader": "责任领导",
    "deadline": "完成时限",
}
_MAX_CARD_LINES = 40
_MARKER_SPAN = 12
_CARD_KINDS = frozenset({"cn", "pcn", "ar", "par"})  # 一、 （一） 1. （1）
_MIN_CARDS = 2


def cards_to_lines(lines: list[str]) -> list[str]:
    """Replace every run of labelled cards in `lines` by its task lines."""
    if not any(_opens_card(lines, i) for i in range(len(lines))):
        return lines
    lines = [piece for line in lines for piece in _inline_fields(line)]
    out: list[str] = []
    i = 0
    table = 1000  # (numbers apart from the text tables' own)
    while i < len(lines):
        run = _card_run(lines, i)
        if len(run) < _MIN_CARDS:
            out.append(lines[i])
            i += 1
            continue
        table += 1
        for start, end in run:
            card = _card(lines[start:end], table)
            if card is not None:
                out.append(card)
        i = run[-1][1]
    return out


def _head(line: str) -> tuple[str, int, int] | None:
    """(marker as printed, number, where the name field starts) of a card's first line: "01 " (a
    number and a space), or any numbering marker (一、 1. （一）) right before the name field."""
    if (m := _CARD_HEAD.match(line)) is not None:
        return m.group(1), int(m.group(1)), m.end()
    lead = line[:16]
    if "名称" not in lead and "项目" not in lead and "事项" not in lead and "任务" not in lead:
        return None
    mk = match_marker(line[:_MARKER_SPAN])
    if mk is None or mk.kind not in _CARD_KINDS:
        return None
    return line[: mk.end].strip(), mk.number, mk.end


def _inline_fields(line: str) -> list[str]:
    """A card's first line with its fields printed after spaces ("1．任务名称：… 牵头单位：… 完成时限：…")
    as one line per field; any other line as it is (round 41b)."""
    if (h := _head(line)) is None or not _is_name_field(line[h[2] :]):
        return [line]
    cuts = [m.start() for m in _INLINE_LABEL.finditer(line, h[2]) if column_role(m.group()) is not None]
    if not cuts:
        return [line]
    return [line[a:b].rstrip(" \t\u3000|｜") for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]


def _opens_card(lines: list[str], i: int) -> bool:
    """Does line i open a card: "01 项目名称：…", "一、项目名称：…", or "01" with a field on the next line?"""
    line = lines[i]
    if (h := _head(line)) is not None:
        return _is_name_field(line[h[2] :])
    return (
        (line[:1].isdigit() and _CARD_NO.match(line) is not None)
        or (line[:1] in "序编" and _SERIAL.match(line) is not None)
    ) and (i + 1 < len(lines) and _is_name_field(lines[i + 1]))


def _is_name_field(text: str) -> bool:
    """A card's first field names the project: 项目名称, 实事名称, 工作任务 … (a label of its own,
    not a heading that ends in 项目: "（二）农业项目")."""
    f = _FIELD.match(text)
    return f is not None and f.group(1) in _NAME_LABELS


def _field_role(label: str) -> str | None:
    """A card field's role: as a table column's; a name label no column names (问题描述 of a 整改台账,
    round 42i) is the card's content."""
    role = column_role(label)
    return "content" if role is None and label in _NAME_LABELS else role


def _number(line: str) -> int:
    if (h := _head(line)) is not None:
        return h[1]
    m = _CARD_NO.match(line) or _SERIAL.match(line)
    return int(m.group(1)) if m else 0


def _card_run(lines: list[str], i: int) -> list[tuple[int, int]]:
    """(start, end) of each card of a run numbered 1, 2, … from line i; [] when none starts there."""
    if not _opens_card(lines, i) or _number(lines[i]) != 1:
        return []
    starts = [i]
    j = i + 1
    while j < len(lines) and j - starts[-1] <= _MAX_CARD_LINES:
        if _opens_card(lines, j) and _number(lines[j]) == len(starts) + 1:
            starts.append(j)
        j += 1
    # the last card ends at its last field's value (at most _MAX_CARD_LINES lines)
    ends = [*starts[1:], min(len(lines), starts[-1] + _MAX_CARD_LINES, _last_field_end(lines, starts[-1]))]
    return list(zip(starts, ends, strict=True))


def _last_field_end(lines: list[str], start: int) -> int:
    """The end of the last card: its fields and their values, up to a line that is neither."""
    k = start + 1
    while k < len(lines) and k - start < _MAX_CARD_LINES:
        if _opens_card(lines, k) or (
            not _FIELD.match(lines[k]) and k > start + 1 and _ends_text(lines[k - 1])
        ):
            break
        k += 1
    return k


def _ends_text(line: str) -> bool:
    return line.endswith(("。", "；", ";"))


def _card(card: list[str], table: int) -> TableLine | None:
    """The task line of one card."""
    first = card[0]
    head = _head(first)
    if head is not None:
        marker, body = head[0], [first[head[2] :], *card[1:]]
    else:
        serial = _SERIAL.match(first)  # (序号：1)
        marker, body = serial.group(1) if serial else first.strip(), list(card[1:])  # the number alone
    fields: list[tuple[str | None, list[str]]] = []
    for ln in body:
        f = _FIELD.match(ln)
        role = _field_role(f.group(1)) if f else None
        if role is None and (p := _PERIOD_FIELD.match(ln)) is not None and is_period(p.group(1)):
            fields.append(("content", [f"{p.group(1)}：{p.group(2).rstrip('。；;')}；"]))  # 一季度：…
        elif f is not None and role is not None:
            fields.append((role, [f.group(2)] if f.group(2) else []))
        elif fields:
            fields[-1][1].append(ln)
    name = ""
    content: list[str] = []
    labelled: dict[str, str] = {}
    for role, values in fields:
        value = "".join(v.strip() for v in values).strip()
        if not value or role is None:
            continue
        if role == "content":
            if not name:
                name = value
            else:
                content.append(value)
        elif role in _LABELS and role not in labelled:
            labelled[role] = value
    if not name:
        return None
    # an arabic number as printed without its dot ("01") gets one: the tree reads "1. …"
    marker = f"{int(marker)}." if marker.isdigit() else marker
    text = f"{marker}{name}" + ("" if name.endswith("。") else "。") + "".join(content)
    block = len(text)
    if labelled:
        text += "（" + "；".join(f"{_LABELS[r]}：{v}" for r, v in labelled.items()) + "）"
    return table_line(
        text,
        table,
        title=unmarked_title(name.rstrip("。")),
        is_row=True,
        items_end=block if labelled else None,
    )
