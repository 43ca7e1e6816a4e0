"""A 信息公开 block whose rows lost the spaces and colons between labels and values
("发文机构某市人民政府办公厅发文字号某政办〔2020〕1号", "发布日期2020年01月23日有效性有效",
"成文日期2020年01月17日") gives its fields, in simplified and traditional characters. A line that
opens with a label word but holds no second label or date (a headline) gives none."""

from __future__ import annotations

import pytest

from transform.document import parse_document

_BODY = """
市人民政府办公厅关于印发2020年重点工作任务责任分解方案的通知

各区人民政府，市人民政府各部门：
《2020年重点工作任务责任分解方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。
"""


@pytest.mark.parametrize(
    "block",
    [
        "索引号 000014348/2020-00052 主题分类 综合政务\n"
        "发文机构某市人民政府办公厅发文字号某政办〔2020〕1号\n"
        "发布日期2020年01月23日有效性有效\n"
        "成文日期2020年01月17日\n",
        "索引號 000014348/2020-00052 主題分類 綜合政務\n"
        "發文機構某市人民政府辦公廳發文字號某政辦〔2020〕1號\n"
        "發布日期2020年01月23日有效性有效\n"
        "成文日期2020年01月17日\n",
    ],
    ids=["simplified", "traditional"],
)
def test_glued_rows_give_their_fields(block):
    doc = parse_document(block + _BODY, source="g.txt", is_text=True).document
    assert str(doc["publish_date"]) == "2020-01-23"
    assert str(doc["written_date"]) == "2020-01-17"
    assert doc["doc_number"] in ("某政办〔2020〕1号", "某政辦〔2020〕1號")


def test_a_headline_opening_with_a_label_word_is_no_row():
    text = "发布时间调整的通知\n各单位：现将有关事项通知如下。\n"
    doc = parse_document(text, source="g.txt", is_text=True).document
    assert doc["publish_date"] is None
