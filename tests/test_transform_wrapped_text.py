"""A text wrapped at a fixed width (a copy of a PDF, a scan read by OCR, a page pasted from a PDF
viewer) is read one paragraph a line (`transform.unwrap`): a line that runs to the text's width and
does not end a sentence goes on in the next one, over a page number, whatever it splits (a word, a
number, the 四 of 四是). A line that opens an item, a label, a table row, a line after a blank line,
an indented paragraph start, and a web page's short lines stay apart."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.page import read_page
from transform.unwrap import columns, unwrapped, wrap_width


def _wrap(paragraph: str, width: float, indent: str = "") -> list[str]:
    """`paragraph` printed at `width` columns (ASCII half a column), no line opening with a stop."""
    out, cur, used = [], indent, columns(indent)
    for ch in paragraph:
        w = 0.5 if ch < "\x80" else 1.0
        if used + w > width and ch not in "，。、；：）”":
            out.append(cur)
            cur, used = "", 0.0
        cur += ch
        used += w
    out.append(cur)
    return out


_PREAMBLE = (
    "为深入贯彻落实上级决策部署，切实解决群众急难愁盼问题，推动经济社会高质量发展，经研究，确定今年重点工作"
    "任务如下。各单位要进一步提高政治站位，加强组织领导，细化工作措施，明确责任分工，倒排工期、挂图作战，"
    "确保各项任务按期保质完成，并于每季度末向牵头单位报送工作进展情况，牵头单位汇总后报政府办公室"
)


def _parse(lines: list[str]):
    return parse_document("\n".join(lines) + "\n", source="t.txt", is_text=True)


def _titles(lines: list[str]) -> list[str]:
    return [t["title"] for t in _parse(lines).tasks]


_ITEM_1 = (
    "1.实施城乡供水一体化工程，新建改造供水管网320公里，农村自来水普及率达到98%以上，"
    "完成12个乡镇水厂提标改造。"
)
_INTRO = (
    "为切实解决群众急难愁盼问题，经县政府研究，确定2024年实施以下重点民生工程，各乡镇、各部门要"
    "加强组织领导，细化工作措施，确保按期完成。"
)
_ITEM_3 = "3.新建城区公共停车场4处，新增停车泊位1200个，改造提升城区背街小巷15条，完善排水设施。"
_ITEM_2 = "2.推进农村公路提质改造，新改建农村公路180公里，建成“四好农村路”示范乡镇5个。"


@pytest.mark.parametrize("width", [24, 29, 33.5, 38])
@pytest.mark.parametrize("mark", ["— 3 —", "- 3 -", "第3页 共12页", "3"])
def test_items_read_whole_over_line_and_page_breaks(width, mark):
    lines = ["某县2024年重点民生工程实施方案", *_wrap(_INTRO, width), "一、基础设施"]
    first = _wrap(_ITEM_1, width)
    lines += first[:1] + [mark] + first[1:] + _wrap(_ITEM_2, width) + _wrap(_ITEM_3, width)
    titles = _titles(lines)
    assert titles[:2] == [
        "实施城乡供水一体化工程，新建改造供水管网320公里，农村自来水普及率达到98%以上，完成12个乡镇水厂提标改造",
        "推进农村公路提质改造，新改建农村公路180公里，建成“四好农村路”示范乡镇5个",
    ]


_REPORT = (
    "县农业农村局召开全体干部职工大会，部署2024年重点工作。一是稳定粮食生产。新建高标准农田3.2万亩，"
    "确保粮食面积稳定在85万亩以上；二是壮大特色产业。新增省级农业产业化龙头企业3家；三是改善人居环境。"
    "推进1.5万户农村户厕改造；四是培育经营主体。培育家庭农场示范场20家。"
)


def test_a_run_of_shi_items_split_by_the_wrap():
    lines = ["县农业农村局部署2024年重点工作", "发布时间：2024-02-20", *_wrap(_REPORT, 30)]
    titles = _titles(lines)
    assert titles == ["稳定粮食生产", "壮大特色产业", "改善人居环境", "培育经营主体"]


def test_traditional_characters():
    item = "1.推動軌道交通加速成網，續建地鐵10號線三期、13號線一期等9個項目，新改建農村公路200公里。"
    intro = (
        "為加快建設交通強市，市政府確定2024年交通重點工作如下，各區（市）縣、各部門要加強協同，抓好落實，"
        "進一步提高站位，細化工作措施，明確責任分工，倒排工期、掛圖作戰，確保各項任務按期保質完成，並按季度"
        "報送工作進展情況。"
    )
    lines = [
        "某市2024年交通重點工作",
        *_wrap(intro, 26),
        "一、交通建設",
        *_wrap(item, 26),
        *_wrap("2.建成綠道公園活動場地20處，新增停車位3000個。", 26),
    ]
    assert (
        _titles(lines)[0]
        == "推動軌道交通加速成網，續建地鐵10號線三期、13號線一期等9個項目，新改建農村公路200公里"
    )


def test_indented_paragraphs_of_several_sentences():
    first = (
        "今年，全市将围绕就业优先开展工作。新增城镇就业1.2万人。开展职业技能培训3000人次，"
        "帮扶困难人员就业500人。"
    )
    second = (
        "同时，加快养老服务体系建设，新建社区养老服务中心15个，改造提升农村敬老院8所，发展老年助餐点60个。"
    )
    lines = ["某市2024年民生工作要点", *_wrap(_PREAMBLE + "。", 30, "\u3000\u3000")]
    lines += [*_wrap(first, 30, "\u3000\u3000"), *_wrap(second, 30, "\u3000\u3000")]
    joined = [ln.strip("\u3000") for ln in unwrapped(lines)]
    assert joined == ["某市2024年民生工作要点", _PREAMBLE + "。", first, second]


def test_a_table_row_broken_at_a_page_end_keeps_its_cells_apart():
    rows = [
        "1 地区生产总值增长7%以上，服务业增加值占比达到47.1%，三次产业结构持续优化. 发改委",
        "2 一般公共预算收入增长8%以上，税收占一般公共预算收入比重达到80%。 财政局",
        "3 工业总产值增长4%，规上工业产值增长5%，工业增加值率提升0.5个百分点以上. ",
        "— 1 —",
        "经信委",
        "4 高新技术产业产值增长10%，新增高新技术企业30家以上，培育科技型中小企业50家. 科技局",
        "5 社会消费品零售总额增长8.5%左右，实际利用外资6亿美元，外贸进出口总额保持增长. 商务局",
    ]
    lines = ["某市2018年政府工作任务分解表", *_wrap(_PREAMBLE + "。", 36), "序号 名称 牵头责任单位"]
    for row in rows:
        lines += _wrap(row, 36) if columns(row.rstrip()) > 36 else [row]
    body = read_page("\n".join(lines), None, True).body
    assert "3 工业总产值增长4%，规上工业产值增长5%，工业增加值率提升0.5个百分点以上. 经信委" in body.split(
        "\n"
    )
    assert "— 1 —" not in body


def test_the_wrapped_title_of_a_notice():
    lines = [
        *_wrap("某区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知", 37),
        "",
        *_wrap(_PREAMBLE + "。", 37),
        *_wrap(
            "各街道办事处，区政府各部门：现将《2023年区〈政府工作报告〉确定的主要目标任务责任分解方案》印发给你们，请认真贯彻落实。",
            37,
        ),
        *_wrap(
            "1.地区生产总值增长6%左右，一般公共预算收入增长5%，固定资产投资增长8%以上。（牵头单位：区发改委）",
            37,
        ),
        *_wrap(
            "2.新增城镇就业5000人，城镇调查失业率控制在5.5%以内，新增市场主体3000户。（牵头单位：区人社局）",
            37,
        ),
    ]
    body = read_page("\n".join(lines), None, True).body
    assert (
        body.split("\n")[0]
        == "某区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知"
    )


# near misses: lines that must stay apart


def test_a_web_page_keeps_its_lines():
    lines = [
        "某县2024年为民办实事项目",
        "一、教育",
        "1.新建幼儿园3所，新增学位900个",
        "2.改造农村薄弱学校12所，更新教学设备",
        "3.建设智慧校园示范校5所，覆盖全县中小学",
        "二、医疗卫生",
        "4.为65岁以上老年人免费体检一次，覆盖5万人",
        "县教育局",
        "县卫健委",
        "各乡镇人民政府",
    ]
    assert wrap_width(lines) is None
    assert unwrapped(lines) == lines


def test_short_lines_of_names_and_slogans():
    lines = ["扎实推进乡村振兴", "全面建设美丽乡村", "持续改善人居环境", "张三", "李四", "王五"] * 3
    assert unwrapped(lines) == lines


def test_paragraphs_of_any_length_are_no_wrapped_text():
    lines = [
        "全县上下要以更加饱满的热情，更加务实的作风，推动各项工作落地见效",
        "新建改造城区道路12条，打通断头路5条，新增停车位2000个，完善城区路网结构，提升通行效率",
        "加快推进老旧小区改造，完成改造小区36个，惠及居民4200户",
        "实施全民健身工程，新建健身步道30公里，建成社区运动场地20处，开展群众性体育赛事活动50场以上",
    ]
    assert unwrapped(lines) == lines


def test_a_heading_as_wide_as_the_text_does_not_swallow_its_paragraph():
    para = "为改善群众饮水质量，结合创建园林县城需要，加快推进引水工程建设，一期工程于年底前完成，二期工程同步开展前期工作。"
    head = "二、加快推进引江济淮入城、引黄调蓄工程和森林城市建设工程"
    lines = [
        "某县2020年重点民生实事",
        *_wrap(
            "一、实施城区供水保障工程，新建水厂一座，日供水能力提升到5万吨，新铺设供水管网30公里。",
            columns(head),
        ),
        head,
        *_wrap(para, columns(head)),
    ]
    out = unwrapped(lines)
    assert head in out


def test_a_head_and_its_byline_stay_apart():
    lines = [
        "——2022年3月9日在县第十六届人民代表大会第二次会议上",
        "县长 桑周",
        "各位代表：",
        *_wrap(
            "现在，我代表县人民政府向大会报告工作，请予审议，并请政协委员和列席会议的同志提出意见。过去一年，我们坚持稳中求进工作总基调，统筹推进各项工作。",
            27,
        ),
    ]
    out = unwrapped(lines)
    assert out[:3] == lines[:3]


def test_a_line_after_a_blank_line_opens_a_paragraph():
    para = "加快推进城乡供水一体化，新建改造供水管网320公里，农村自来水普及率达到98%以上"
    lines = [*_wrap(para, 30), "", "县水利局牵头，各乡镇配合", *_wrap(para, 30)]
    out = unwrapped(lines)
    assert "县水利局牵头，各乡镇配合" in out


def _html(lines: list[str]) -> str:
    paras = "".join(f"<p>{ln}</p>" for ln in lines)
    return (
        "<html><head><title>某县2024年重点民生工程实施方案</title></head><body>"
        "<div class='nav'><a href='/'>首页</a></div><h1>某县2024年重点民生工程实施方案</h1>"
        f"<div class='TRS_Editor'>{paras}</div><div class='foot'>主办单位：某县人民政府办公室</div></body></html>"
    )


def test_a_portal_page_pasted_from_a_pdf_viewer_line_by_line():
    lines = [*_wrap(_REPORT, 30)]
    doc = parse_document(_html(lines[:3] + ["- 2 -"] + lines[3:]), source="p.html")
    assert [t["title"] for t in doc.tasks] == ["稳定粮食生产", "壮大特色产业", "改善人居环境", "培育经营主体"]


def test_a_portal_page_of_paragraphs_keeps_them():
    paras = [_INTRO, "一、基础设施", _ITEM_1, _ITEM_2, _ITEM_3, _REPORT]
    doc = parse_document(_html(paras), source="p.html")
    assert [t["path"] for t in doc.tasks][:3] == [["一", "1"], ["一", "2"], ["一", "3"]]
