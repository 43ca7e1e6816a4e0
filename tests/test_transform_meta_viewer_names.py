"""A document viewer prints its name glued before the document's name ("腾讯文库2024年…工作方案"
as its footer): the plan title is the document's name without the viewer's (invented pages)."""

from __future__ import annotations

from transform.document import parse_document
from transform.metadata import without_viewer_name


def _doc(page: str) -> dict:
    return parse_document(page.encode(), source="t.txt", is_text=True).document


def test_a_viewer_footer_line_is_no_plan_heading_prefix():
    doc = _doc(
        "2024年青禾镇重点项目推进工作方案\n\n"
        "2024年青禾镇重点项目推进工作方案 一、工作目标 新建道路10公里。 二、主要措施 "
        "1.加快项目审批。 2.强化要素保障。 3.加强督查考核。 第1页共4页\n\n"
        "腾讯文库2024年青禾镇重点项目推进工作方案\n"
    )
    assert doc["plan_title"] == "2024年青禾镇重点项目推进工作方案"


def test_viewer_names_are_dropped_only_at_the_start():
    assert without_viewer_name("百度文库青禾县2023年工作要点") == "青禾县2023年工作要点"
    assert without_viewer_name("豆丁网 岭北区2022年民生实事") == "岭北区2022年民生实事"
    assert without_viewer_name("青禾县腾讯文库建设方案") == "青禾县腾讯文库建设方案"
    assert without_viewer_name(None) is None
