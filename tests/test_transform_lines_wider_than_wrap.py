"""A list of items printed without 。 whose lines happen to share one length (a list of 为民办实事
projects, a table of targets read line by line) looks like a text wrapped at that width; the line
after an item is its next paragraph, not the rest of a wrapped sentence, when it is printed wider
than that width. A text that is wrapped (a PDF copy) still joins its lines, ASCII runs counted at
half a column."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.lines import normalise_lines
from transform.structure import parse_structure
from transform.unwrap import columns

# four item lines of 33-35 characters, no 。 at their ends (the lengths cluster: a "wrap width")
_ITEMS = [
    "新增400个公共充电桩、10个共享充电桩示范小区及配套停车位改造",
    "新建2家示范性社区康复中心、2家中医药特色示范社区卫生服务站点",
    "新增250个公办幼儿园托班托额、250个社区托育宝宝屋托额及服务点",
    "推出5处以上区级文化好去处、18 个居民区公共文化服务示范点建设",
]
_LONG = "推出不少于200场公益性文艺演出、400场阅读推广活动、1000场社区公益电影放映服务以及1000场艺术导赏、展览展示等特色活动"


def _titles(text: str) -> list[str | None]:
    return [t["title"] for t in parse_document(text, source="t.txt", is_text=True).tasks]


def _wrapped(paragraph: str, width: int) -> list[str]:
    """`paragraph` cut into lines of `width` printed columns (ASCII half a column)."""
    lines, line = [], ""
    for ch in paragraph:
        if columns(line + ch) > width:
            lines.append(line)
            line = ""
        line += ch
    return [*lines, line]


@pytest.mark.parametrize("blank", ["\n", "\n\n"])
def test_bare_numbered_projects_keep_their_titles(blank):
    body = blank.join(f"{i}{blank}{item}" for i, item in enumerate(_ITEMS, 1))
    text = f"某区2024年为民办实事项目{blank}{body}{blank}{_LONG}{blank}5{blank}开办26个小学生爱心暑托班{blank}"
    titles = _titles(text)
    assert titles[3] == _ITEMS[3]
    assert len(titles) == 5


@pytest.mark.parametrize("mark", ["{i}.", "{i}、", "（{i}）"])
def test_marked_items_without_stops_keep_their_titles(mark):
    lines = [mark.format(i=i) + item for i, item in enumerate(_ITEMS, 1)]
    text = "二〇二四年民生实事清单\n" + "\n".join(lines[:3]) + "\n" + lines[3] + "\n" + _LONG + "\n"
    out = normalise_lines(text)
    assert lines[3] in out
    assert _LONG in out


def test_a_news_list_in_traditional_characters():
    items = [
        "新增400個公共充電樁、10個共享充電樁示範小區及配套停車位改造",
        "新建2家示範性社區康復中心、2家中醫藥特色示範社區衛生服務站點",
        "新增250個公辦幼兒園托班托額、250個社區托育寶寶屋托額及服務點",
    ]
    long = "推出不少於200場公益性文藝演出、400場閱讀推廣活動、1000場社區公益電影放映服務以及1000場藝術導賞等特色活動"
    text = "某區2024年為民辦實事項目\n" + "\n".join(f"{i}.{s}" for i, s in enumerate(items, 1)) + "\n" + long + "\n"
    assert normalise_lines(text)[-2:] == [f"3.{items[2]}", long]


_PARAGRAPHS = [
    "1.实施高标准农田建设工程，新建高标准农田2.53万亩，到2025年累计建成25万亩，粮食播种面积稳定在136万亩以上，"
    "持续提升耕地质量等级和综合生产能力。（牵头单位：县农业农村局）",
    "2.推进农村人居环境整治提升行动，完成农村户厕改造2.2万户，生活垃圾收运处置体系覆盖所有行政村，"
    "村庄清洁行动常态化开展。（牵头单位：县住建局）",
    "3.加强农田水利设施建设，新建改造灌排渠道120公里，新增有效灌溉面积1.5万亩以上，完成小型水库除险加固12座。",
]


@pytest.mark.parametrize("width", [28, 30, 32])
def test_a_wrapped_paragraph_still_joins(width):
    # a PDF copy wrapped at a fixed width: its lines with digits hold more characters than columns
    lines = [ln for p in _PARAGRAPHS for ln in _wrapped(p, width)]
    out = normalise_lines("某县2023年重点工作任务\n" + "\n".join(lines) + "\n")
    assert out[1:] == _PARAGRAPHS


def test_a_table_row_line_is_untouched():
    text = "序号|项目名称|责任单位\n" + "\n".join(f"{i}|{item}|区民政局" for i, item in enumerate(_ITEMS, 1)) + "\n"
    assert len(parse_structure(text).tasks) == len(_ITEMS)
