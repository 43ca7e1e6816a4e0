"""A plan whose own name starts with 关于 ("关于促进某市开发区改革和创新发展的实施方案") is the
plan_title, on one line or wrapped over two; a notice's title (关于印发…) never is."""
from __future__ import annotations

import pytest

from transform.document import parse_document

NOTICE = (
    "某市人民政府办公厅印发关于促进开发区发展实施方案的通知\n某政办函〔2026〕103号\n各区人民政府，各委、局：\n"
    "经市人民政府同意，现将方案印发给你们，请照此执行。\n某市人民政府办公厅\n2026年10月9日\n"
)
ITEMS = "为推动开发区改革创新，制定本实施方案。\n一、重点任务\n（一）新建标准厂房10万平方米。（牵头单位：市商务局）\n"


def _plan_title(heading: str) -> str | None:
    return parse_document(NOTICE + heading + "\n" + ITEMS, source="p.txt", is_text=True).document["plan_title"]


@pytest.mark.parametrize("heading,name", [
    ("关于促进我市开发区改革和\n创新发展的实施方案", "关于促进我市开发区改革和创新发展的实施方案"),
    ("关于促进开发区改革和创新发展的实施方案", "关于促进开发区改革和创新发展的实施方案"),
    ("关于加快县域商业体系建设的\n三年行动计划", "关于加快县域商业体系建设的三年行动计划"),
])
def test_a_plan_named_about_is_the_plan_title(heading, name):
    assert _plan_title(heading) == name


def test_a_wrapped_notice_title_is_no_plan_heading():
    text = (
        "首页 > 政策文件\n某县2026年开发区建设实施方案\n发布时间：2026-03-02\n"
        "关于印发某县2026年开发区建设实施方案\n的通知\n各乡镇人民政府：\n现将方案印发给你们。\n" + ITEMS
    )
    plan = parse_document(text, source="p.txt", is_text=True).document["plan_title"]
    assert plan is None or not plan.startswith("关于")
