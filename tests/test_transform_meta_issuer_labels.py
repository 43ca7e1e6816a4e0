"""A portal's column label printed before a notice title ("【重点工作】某市人民政府关于…的通知")
is no part of the issuer read from the title."""
from __future__ import annotations

import pytest

from transform.document import parse_document


@pytest.mark.parametrize("label", ["【市政府重点工作及责任分解】", "[政策文件]", "【通知公告】 "])
def test_a_column_label_is_no_part_of_the_issuer(label):
    text = (f"{label}某市人民政府关于2024年市政府重点工作及责任分解的通知\n发布时间:2024-02-03 17:29\n"
            "各县人民政府：\n一、确保完成全年主要预期目标\n1. 地区生产总值增长6%以上。\n牵头责任单位:市发展改革委。\n")
    d = parse_document(text, source="n.txt", is_text=True).document
    assert d["issuer"] == "某市人民政府"
