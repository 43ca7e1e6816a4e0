"""Gold-preserving rewrites of a plan's layout: tables, item markers, headings, titles and unit
statements printed the way other real pages print them (see `testbed.rewrites`, which lists them
with the character and number rewrites)."""

from __future__ import annotations

import re
import zlib


def row_cells(line: str) -> list[str]:
    """The cells of a "|" table row ("| a | b |" -> ["a", "b"])."""
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def text_seed(text: str) -> int:
    """A text's own hash: it picks a rewrite's variant, so every run rewrites a text the same way."""
    return zlib.crc32(text[:200].encode("utf-8"))


_LEAD_LABELS = ("牵头单位", "牵头部门", "牵头责任单位", "主责单位")
_HELP_LABELS = ("配合单位", "参与单位", "协办单位", "协同单位", "协作单位", "协助单位")
_LABEL_END = r"(?=\s*(?:[：:|]|$))"


def other_role_labels(text: str) -> str:
    """Each lead label (`牵头单位：`) and each participating label (`配合单位：`) as another word of
    its family (`牵头部门：`, `协办单位：`), one choice per text: provinces name the roles differently."""
    k = text_seed(text)
    lead = _LEAD_LABELS[k % len(_LEAD_LABELS)]
    helping = _HELP_LABELS[(k // 7) % len(_HELP_LABELS)]
    text = re.sub("(?m)(?:" + "|".join(_LEAD_LABELS) + ")" + _LABEL_END, lead, text)
    return re.sub("(?m)(?:" + "|".join(_HELP_LABELS) + ")" + _LABEL_END, helping, text)


def cells_on_lines(text: str) -> str:
    """Every table cell on a line of its own, empty cells left out, as text taken from an HTML table
    cell by cell (a scraper's `get_text("\\n")`, a reader view)."""
    out: list[str] = []
    for line in text.split("\n"):
        if "|" in line:
            out.extend(cell for cell in row_cells(line) if cell)
        else:
            out.append(line)
    return "\n".join(out)


_WORK_HEADER = re.compile(r"任务|工作|内容|事项|措施|名称|项目")


def _swap_columns(rows: list[list[str]]) -> list[list[str]]:
    if len({len(r) for r in rows}) != 1 or len(rows[0]) < 4:
        return rows
    work = next((i for i, cell in enumerate(rows[0]) if _WORK_HEADER.search(cell)), 1)
    return [r[: work + 1] + r[work + 1 :][::-1] for r in rows]


def swapped_columns(text: str) -> str:
    """The columns after a table's work column in reverse order (`完成时限 | 配合单位 | 牵头单位`):
    tables put deadlines, lead and participating units in any order."""
    out: list[str] = []
    rows: list[list[str]] = []

    def flush() -> None:
        out.extend("| " + " | ".join(r) + " |" for r in _swap_columns(rows))
        rows.clear()

    for line in text.split("\n"):
        if "|" in line:
            rows.append(row_cells(line))
            continue
        if rows:
            flush()
        out.append(line)
    if rows:
        flush()
    return "\n".join(out)


_SHORT_HEADING = re.compile(
    r"^(\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第[一二三四五六七八九十]+[章节部分]+\s*))"
    r"([\u4e00-\u9fff]{2,8})\s*$"
)


def spaced_headings(text: str) -> str:
    """Short section headings printed letter-spaced (`一、工 作 目 标`, `第二章  任  务`), as typeset
    section heads are."""

    def spaced(line: str) -> str:
        m = _SHORT_HEADING.match(line)
        if not m:
            return line
        gap = "  " if len(m.group(2)) <= 3 else " "
        return m.group(1) + gap.join(m.group(2))

    return "\n".join(spaced(line) for line in text.split("\n"))


_MARKER = re.compile(
    r"(?m)^(\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[(（]\d{1,2}[)）]|\d{1,2}[.．、](?!\d)|[①-⑳]))(?=\S)"
)
_IS_MARKER = re.compile(r"((?:^|(?<=[。；;，,：:\s]))[一二三四五六七八九十]是)(?=[\u4e00-\u9fff])")
_MARK_GAPS = ("\t", " ", "\u3000")


def spaced_markers(text: str) -> str:
    """A tab or space after each item marker (`1.\\t`, `（一） `, `一是 `), as Word's automatic
    numbering prints when saved as text."""
    gap = _MARK_GAPS[text_seed(text) % len(_MARK_GAPS)]
    text = _MARKER.sub(lambda m: m.group(1) + gap, text)
    return _IS_MARKER.sub(lambda m: m.group(1) + gap, text)


_TITLE_LINE = re.compile(r"^[^\s：:|《]{24,60}(?:方案|计划|通知|要点|清单|任务|分解|意见)$")
_NO_CUT_BEFORE = "》〉）)，、年"


def wrapped_title(text: str) -> str:
    """A long title line near the top (24–60 characters, ending with a document kind) printed over two
    centred lines, as red-header notices and their text copies do; a number is never cut."""
    lines = text.split("\n")
    heads = [i for i, line in enumerate(lines) if line.strip()][:15]
    for i in heads:
        title = lines[i].strip()
        if "。" in title or not _TITLE_LINE.match(title):
            continue
        cut = len(title) // 2
        while cut < len(title) - 4 and (
            title[cut].isascii()
            and title[cut].isalnum()
            or title[cut - 1].isdigit()
            or title[cut] in _NO_CUT_BEFORE
        ):
            cut += 1
        lines[i] = title[:cut] + "\n" + title[cut:]
        break
    return "\n".join(lines)


_LEAD_LABEL = "牵头单位|牵头部门|牵头责任单位|主责单位"
_OTHER_LABEL = "配合单位|配合部门|参与单位|协办单位|协同单位|协同责任单位|主要协作单位|责任单位|责任部门"
_NAMES = r"([^；;：:（）()\n]+?)"
_BRACKET_PAIR = re.compile(
    rf"[（(](?:{_LEAD_LABEL})[：:]\s*{_NAMES}\s*[；;，,]\s*(?:{_OTHER_LABEL})[：:]\s*{_NAMES}\s*[）)]"
)
_BRACKET_LEAD = re.compile(rf"[（(](?:{_LEAD_LABEL})[：:]\s*{_NAMES}\s*[）)]")
_LINE_NAMES = r"([^；;：:\n]+?)"
_LEAD_LINE = re.compile(
    rf"^\s*(?:{_LEAD_LABEL})[：:]\s*{_LINE_NAMES}\s*(?:[；;，,]?\s*(?:{_OTHER_LABEL})[：:]\s*{_LINE_NAMES})?\s*[。；;]?\s*$"
)
_OTHER_LINE = re.compile(rf"^\s*(?:{_OTHER_LABEL})[：:]\s*{_LINE_NAMES}\s*[。；;]?\s*$")
_NOT_NAMES = re.compile(r"。|以下|下同|不再|分别|负责|牵头|配合")  # a note or a clause: left as printed
_FIELD_LINE = re.compile(r"^\s*\S{2,10}[：:]")


def _names(*values: str | None) -> bool:
    return all(v is None or not _NOT_NAMES.search(v) for v in values)


def _clause(lead: str, others: str | None) -> str:
    return f"（{lead}牵头，{others}配合）" if others else f"（{lead}牵头）"


def role_clauses(text: str) -> str:
    """Labelled units (`牵头单位：A` / `配合单位：B` lines, `（牵头单位：A；责任单位：B）`) as the clause
    `（A牵头，B配合）` at the end of their item, as many plans state them."""
    text = _BRACKET_PAIR.sub(lambda m: _clause(*m.groups()) if _names(*m.groups()) else m.group(0), text)
    text = _BRACKET_LEAD.sub(lambda m: _clause(m.group(1), None) if _names(m.group(1)) else m.group(0), text)
    out: list[str] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        m = _LEAD_LINE.match(lines[i])
        above = out[-1] if out else ""
        if m and above.strip() and "|" not in above and not _FIELD_LINE.match(above) and _names(*m.groups()):
            lead, others = m.groups()
            follow = _OTHER_LINE.match(lines[i + 1]) if others is None and i + 1 < len(lines) else None
            if follow and _names(follow.group(1)):
                others = follow.group(1)
                i += 1
            out[-1] = above.rstrip() + _clause(lead, others)
        else:
            out.append(lines[i])
        i += 1
    return "\n".join(out)
