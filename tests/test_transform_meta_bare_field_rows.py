"""A 信息公开 block rendered without colons or bars ("索引号 1132…/2026-00036 组配分类 重点工作",
"公开范围 面向全社会 时效性 有效") is metadata: never the page's title, never glued to the plan's
heading below it; its fields are still read."""
from __future__ import annotations

import pytest

from transform.document import parse_document

BLOCK = """索引号 11320925014387605J/2026-00036 组配分类 重点工作
发布机构 某县 发文日期 2026-01-19
文号 主题分类 其他
体裁分类 其他 公开方式 主动公开
公开范围 面向全社会 时效性 有效
"""


@pytest.mark.parametrize("heading", ["2026年政府民生实事项目", "某县2026年城乡建设重点工作任务清单"])
def test_a_colonless_field_block_is_no_title(heading):
    text = BLOCK + "\n" + heading + "\n\n今年我县共10个项目被列入计划。\n一、养老服务\n1. 改造提升1个区域性养老服务中心;\n2. 完成5个社区居家养老服务中心升级改造;\n"
    doc = parse_document(text, source="p.txt", is_text=True).document
    assert doc["title"] == heading and doc["plan_title"] == heading
    assert doc["publish_date"] is not None and doc["publish_date"].isoformat() == "2026-01-19"
