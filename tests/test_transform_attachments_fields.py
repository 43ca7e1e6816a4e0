"""A notice whose plan is only its attached file: what the notice does not say, the file does.

The notice names the plan in 《》 but not its years, or names it by a word that is no plan kind
(a short label, a table's caption): the plan years and the is_plan judgement come from the
attached plan file itself, as a reader of the file would take them. Files are generated here
(`testbed.sites.attachfiles`) from invented content.
"""

from __future__ import annotations

import pytest

from planwatch.records import AttachedFile
from testbed.sites import attachfiles as af
from transform.document import parse_document


def _notice(name: str) -> bytes:
    return (
        f"<html><head><title>关于印发《{name}》的通知</title></head><body>"
        f"<h1>关于印发《{name}》的通知</h1>"
        f"<p>各乡镇人民政府，县直各单位：现将《{name}》印发给你们，请认真抓好落实。</p>"
        f"<p>附件：{name}</p><p>青岚县人民政府办公室</p><p>2024年3月1日</p></body></html>"
    ).encode()


def _parse(page: bytes, name: str, data: bytes):
    return parse_document(
        page, source="t", url="http://127.0.0.1/n/1.html", attachments=[AttachedFile(name, data)]
    )


ROWS = [
    ["序号", "工作任务", "牵头单位", "完成时限"],
    ["1", "新建污水管网12公里", "县住建局", "2025年底前"],
    ["2", "改造农村公路30公里", "县交通运输局", "2026年底前"],
    ["3", "到2027年，建成美丽乡村示范村8个", "县农业农村局", "2027年底前"],
]


@pytest.mark.parametrize(
    "heading, years",
    [
        ("青岚县城乡基础设施提升三年行动方案（2025—2027年）", (2025, 2027)),
        ("青岚县城乡基础设施提升三年行动方案(2025-2027年)", (2025, 2027)),
        ("青岚县2025年城乡基础设施提升工作方案", (2025, 2025)),
    ],
)
def test_plan_years_from_the_attached_file_when_the_notice_names_none(heading, years):
    data = af.docx_bytes([("p", heading), ("t", ROWS, [])])
    p = _parse(_notice("青岚县城乡基础设施提升行动方案"), "附件.docx", data)
    d = p.document
    assert (d["plan_start_year"], d["plan_end_year"]) == years
    assert d["plan_title"] == "青岚县城乡基础设施提升行动方案"  # the notice's own name stays
    assert d["is_plan"] and d["n_tasks"] == 3


def test_plan_years_from_an_attached_pdf_plan():
    data = af.pdf_bytes([("p", "青岚县2026年民生实事项目实施方案"), ("t", ROWS, [])])
    p = _parse(_notice("民生实事项目实施方案"), "附件.pdf", data)
    assert (p.document["plan_start_year"], p.document["plan_end_year"]) == (2026, 2026)


def test_the_notice_years_win_over_the_file():
    data = af.docx_bytes([("p", "青岚县城乡基础设施提升三年行动方案（2025—2027年）"), ("t", ROWS, [])])
    p = _parse(_notice("青岚县2024年城乡基础设施提升工作要点"), "附件.docx", data)
    assert (p.document["plan_start_year"], p.document["plan_end_year"]) == (2024, 2024)


@pytest.mark.parametrize("label", ["指标要求", "任务清单", "附表", "分工"])
def test_a_notice_naming_no_plan_kind_is_a_plan_when_its_file_is_one(label):
    """The 《》 names a caption, not the plan: the file's own heading says it is a plan."""
    data = af.docx_bytes([("p", "青岚县2025年重点工作任务分解方案"), ("t", ROWS, [])])
    p = _parse(_notice(label), "附件.docx", data)
    assert p.document["is_plan"] and p.document["n_tasks"] == 3


def test_a_file_that_is_no_plan_does_not_make_the_notice_one():
    rows = [["序号", "姓名", "职务"], ["1", "张三", "科员"], ["2", "李四", "科员"]]
    data = af.docx_bytes([("p", "青岚县2025年公开遴选拟任人员名单"), ("t", rows, [])])
    p = _parse(_notice("拟任人员名单"), "附件.docx", data)
    assert not p.document["is_plan"]
    assert p.document["plan_start_year"] is None


def _red_header_file(annex_heads: list[str]) -> list[tuple]:
    """A whole red-header document as one file: the notice, its annex list, then each annex."""
    blocks: list[tuple] = [
        ("p", "青岚县人民政府办公室关于印发2025年重点工作任务的通知"),
        ("p", "各乡镇人民政府，县直各单位：现将2025年重点工作任务印发给你们，请认真抓好落实。"),
        ("p", "青岚县人民政府办公室"),
        ("p", "2025年2月10日"),
    ]
    for k, head in enumerate(annex_heads, 1):
        blocks += [
            ("p", head),
            ("p", f"2025年重点工作任务分解表（{k}）"),
            ("t", [ROWS[0], [str(k), f"新建村级养老服务站{k + 5}个", "县民政局", "2025年底前"]], []),
        ]
    return blocks


def _text_of(blocks: list[tuple]) -> str:
    """The same document as a text page (tables as | rows)."""
    out = []
    for b in blocks:
        out += [b[1]] if b[0] == "p" else [" | ".join(r) for r in b[1]]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("heads", [["附件1", "附件2"], ["附件一", "附件二"], ["附件1", "附件2", "附件3"]])
def test_a_whole_red_header_file_is_labelled_as_its_page_would_be(heads):
    """The one file prints the notice and its annexes: its paths are the page's, never
    附件/附件2/… (the notice's label on top of the file's own)."""
    blocks = _red_header_file(heads)
    p = _parse(_notice("2025年重点工作任务"), "2025年重点工作任务.docx", af.docx_bytes(blocks))
    page = parse_document(_text_of(blocks), source="t.txt", is_text=True)
    assert [t["path"] for t in p.tasks] == [t["path"] for t in page.tasks]
    assert [t["path"][0] for t in p.tasks][1:] == heads[1:]
    assert not any(t["path"][:2] == ["附件", h] for t in p.tasks for h in heads)


def test_the_red_header_file_with_its_annex_list():
    blocks = _red_header_file(["附件1", "附件2"])
    blocks.insert(2, ("p", "附件：1.2025年重点工作任务分解表"))
    blocks.insert(3, ("p", "2.2025年民生实事项目分解表"))
    p = _parse(_notice("2025年重点工作任务"), "任务.pdf", af.pdf_bytes(blocks))
    page = parse_document(_text_of(blocks), source="t.txt", is_text=True)
    assert [t["path"] for t in p.tasks] == [t["path"] for t in page.tasks]
    assert [t["title"] for t in p.tasks] == ["新建村级养老服务站6个", "新建村级养老服务站7个"]


def test_a_file_without_printed_labels_keeps_the_notice_label():
    data = af.docx_bytes([("p", "青岚县2025年重点工作任务分解表"), ("t", ROWS, [])])
    p = _parse(_notice("2025年重点工作任务分解表"), "任务分解表.docx", data)
    assert [t["path"][0] for t in p.tasks] == ["附件"] * 3


def test_numbered_files_keep_their_own_labels():
    one = af.docx_bytes([("p", "青岚县2025年重点工作任务分解表"), ("t", ROWS, [])])
    two = af.docx_bytes([("p", "附件1"), ("p", "青岚县2025年民生实事分解表"), ("t", ROWS, [])])
    p = parse_document(
        _notice("2025年重点工作任务"),
        source="t",
        url="http://127.0.0.1/n/1.html",
        attachments=[AttachedFile("附件1.docx", one), AttachedFile("附件2.docx", two)],
    )
    assert {t["path"][0] for t in p.tasks if t["origin"] == "附件1.docx"} == {"附件1"}
    # the second file prints 附件1 but is the notice's 附件2: its rows stay under 附件2
    assert {t["path"][0] for t in p.tasks if t["origin"] == "附件2.docx"} == {"附件2"}
