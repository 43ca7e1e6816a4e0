"""A task table with heading rows (a 一、 section and a （一） topic between numbered rows), printed
with any cell separator, for the tests of tables rendered as text (tabs, runs of spaces, "|")."""

from __future__ import annotations

from transform.document import parse_document

HEADED_ROWS = [
    ("序号", "目标与任务", "牵头单位", "责任单位"),
    ("一、主要预期目标",),
    ("(1)", "地区生产总值增长6%以上。", "市发展改革委", "各县区政府"),
    ("(2)", "社会消费品零售总额增长5%左右。", "市商务局", "各县区政府"),
    ("二、重点做好以下六个方面工作",),
    ("（一）加强经济运行调节，推动经济发展质的有效提升。",),
    ("1", "大力提振消费。"),
    ("(3)", "统筹衔接消费券发放与以旧换新行动，培育智能家居等消费增长点。", "市商务局", "市财政局"),
    ("(4)", "实施提振消费专项行动，新建城市一刻钟便民生活圈10个。", "市商务局", "各县区政府"),
]


def headed_table_page(sep: str, rows: list[tuple[str, ...]] = HEADED_ROWS) -> str:
    """A notice whose task table prints `rows` with `sep` between cells (a heading row of the "|"
    rendering keeps its empty cells)."""
    lines = ["某市人民政府关于2025年重点工作及责任分解的通知", "一、市政府重点工作任务"]
    lines += [sep.join(row) if sep != " | " or len(row) > 1 else row[0] + " | | |" for row in rows]
    return "\n".join(lines) + "\n"


def task_summary(text: str) -> list[tuple]:
    """(path, title, lead units) of each task parsed from `text`."""
    doc = parse_document(text, source="t.txt", is_text=True)
    return [(tuple(t["path"]), t["title"], tuple(t["lead_units"])) for t in doc.tasks]
