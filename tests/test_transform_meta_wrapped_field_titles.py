"""A page's 标题 field whose value is printed over two lines (a text rendering of the page's
field block at a fixed width): "标 题:" / "…关于印发某市2024年十项" / "民生实事项目…的通知".
The value and the line after it are the title where the two together are the headline the
page prints below the block. Near misses: a value that is whole, a second line that no
headline below completes. Every page here is invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document

_WHOLE = "某市人民政府办公厅关于印发某市2024年十项民生实事项目实施方案的通知"
_BODY = """各区、县（市）人民政府，市政府各部门：
《某市2024年十项民生实事项目实施方案》已经市政府同意，现印发给你们，请认真贯彻落实。
1.新建幼儿园10所。（牵头单位：市教育局）
"""


def _title(text: str) -> str | None:
    return parse_document(text, source="t.txt", is_text=True).document.get("title")


def _page(field: str, headline: str = _WHOLE) -> str:
    return f"""首页 > 政务公开 > 政府文件
索引号：11330100002489000/2024-00031
发布机构：某市人民政府办公厅
{field}
发文字号：某政办发〔2024〕7号
成文日期：2024年03月01日
{headline}
{_BODY}"""


_STYLES = {
    "label alone": "标  题：\n某市人民政府办公厅关于印发某市2024年十项\n民生实事项目实施方案的通知",
    "label and value": "标题：某市人民政府办公厅关于印发某市2024年十项\n民生实事项目实施方案的通知",
    "piped block": "标 题:|\n某市人民政府办公厅关于印发某市2024年\n十项民生实事项目实施方案的通知\n|",
    "traditional label": "標  題：\n某市人民政府办公厅关于印发某市2024年十项\n民生实事项目实施方案的通知",
}


@pytest.mark.parametrize("field", _STYLES.values(), ids=_STYLES.keys())
def test_wrapped_field_title_is_whole(field: str) -> None:
    assert _title(_page(field)) == _WHOLE


def test_whole_value_unchanged() -> None:
    assert _title(_page(f"标题：{_WHOLE}")) == _WHOLE


def test_no_headline_below_keeps_the_value() -> None:
    # the second line is no part of the title: no headline below is the two lines together
    field = "标题：某市人民政府办公厅关于做好春节期间安全生产工作的通知\n主题分类：安全生产"
    got = _title(_page(field, headline="春节期间安全生产工作要求"))
    assert got == "某市人民政府办公厅关于做好春节期间安全生产工作的通知"
