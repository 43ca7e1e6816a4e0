"""Round 42i: structure, second batch (committed misses and new layouts).

- A 整改台账 printed as cards: 序号：1 / 问题描述：… / 整改措施：… / 责任单位：… — the problem names the
  task (`transform.table_cards`, lexicon `table_card_names`).
- An item that is one sentence of purpose ("第一条 为…，制定本措施。") is no task (`transform.tree`).
- (a) (b) / (A) (B) lettered items (`transform.numbering`, kind "lat").
- A bare section whose lines all pair an indicator with its figure ("城镇新增就业：1.2万人；") lists
  indicators: goals, no task (`transform.structure`).
"""

from __future__ import annotations

from transform.document import parse_document
from transform.numbering import match_marker


def _doc(text: str):
    return parse_document(text, source="p.txt", is_text=True)


def _tasks(text: str) -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(t["path"]), t["title"]) for t in _doc(text).tasks]


# --- problem cards of a 整改台账 -----------------------------------------------------------------

_CARDS_TOWN = """松山镇2025年巡察反馈问题整改台账
序号：1
问题描述：农村集体资产台账不健全
整改措施：开展集体资产清查。
责任单位：镇农经站
整改时限：2025年9月底

序号：2
问题描述：便民服务窗口办事效率不高
整改措施：推行一窗受理。
责任单位：镇便民服务中心（牵头）、各村委会
整改时限：2025年6月底
"""

_CARDS_COUNTY = """临江县环保督察反馈问题整改清单
序号：1
问题：城区黑臭水体反弹
整改措施：完成截污纳管改造。
责任单位：县住建局
整改时限：2025年10月底
序号：2
问题：工业园区扬尘管控不力
整改措施：落实六个百分百。
责任单位：县生态环境局
整改时限：长期坚持
序号：3
问题：矿山生态修复滞后
整改措施：完成废弃矿山修复。
责任单位：县自然资源局
整改时限：2025年12月底
"""

_CARDS_NUMBER_ALONE = """河湾街道审计整改问题清单
1
反馈问题：专项资金拨付滞后
整改措施：建立资金拨付台账。
责任单位：街道财政所
2
反馈问题：政府采购程序不规范
整改措施：完善内控制度。
责任单位：街道党政办
"""


def test_problem_cards_read_as_tasks() -> None:
    assert _tasks(_CARDS_TOWN) == [(("1",), "农村集体资产台账不健全"), (("2",), "便民服务窗口办事效率不高")]
    assert [t for _p, t in _tasks(_CARDS_COUNTY)] == [
        "城区黑臭水体反弹",
        "工业园区扬尘管控不力",
        "矿山生态修复滞后",
    ]
    assert _tasks(_CARDS_NUMBER_ALONE) == [(("1",), "专项资金拨付滞后"), (("2",), "政府采购程序不规范")]


def test_problem_card_units() -> None:
    tasks = _doc(_CARDS_TOWN).tasks
    assert tasks[1]["lead_units"] == ["镇便民服务中心"]
    assert tasks[1]["participating_units"] == ["各村委会"]


def test_problem_label_inside_an_item_is_no_card() -> None:
    text = """青山县2025年安全生产工作要点
一、强化隐患整改
1.问题：部分企业隐患整改不到位，开展专项督查。（责任单位：县应急局）
2.问题：部分场所消防通道堵塞，开展集中清理。（责任单位：县消防救援大队）
"""
    assert [p for p, _t in _tasks(text)] == [("一", "1"), ("一", "2")]


def test_one_problem_card_alone_is_no_run() -> None:
    text = """某县整改情况说明
序号：1
问题描述：档案管理不规范
整改措施：完善档案制度。
"""
    assert _tasks(text) == []


# --- an article that only states the plan's purpose ----------------------------------------------

_PURPOSE_CITY = """河西市2025年大气污染防治工作措施
第一条 为持续改善全市空气质量，制定本措施。
第二条 加强工业源治理。完成钢铁企业超低排放改造3家。（牵头单位：市生态环境局）
第三条 加强扬尘管控。（牵头单位：市住建局）
第四条 本措施自印发之日起施行。
"""

_PURPOSE_COUNTY = """安平县2025年农村供水保障实施方案
一、根据省水利厅有关要求，结合我县实际，特制定本实施方案。
二、实施农村供水提升工程。新建水厂2座。（牵头单位：县水利局）
三、加强水质检测。（牵头单位：县卫生健康局）
"""

_PURPOSE_TOWN = """白鹭镇2025年森林防火工作办法
第一条　为了做好全镇森林防火工作，保护森林资源，依据有关规定，制定本办法。
第二条　落实网格化巡护。组建巡护队伍12支。（责任单位：镇林业站）
第三条　加强火源管控。（责任单位：镇综治办）
"""


def test_purpose_article_is_no_task() -> None:
    assert [p for p, _t in _tasks(_PURPOSE_CITY)] == [("第二条",), ("第三条",)]
    assert [p for p, _t in _tasks(_PURPOSE_COUNTY)] == [("二",), ("三",)]
    assert [p for p, _t in _tasks(_PURPOSE_TOWN)] == [("第二条",), ("第三条",)]


def test_article_that_goes_on_after_its_purpose_stays() -> None:
    text = """东港区2025年河道整治工作措施
第一条 为改善水环境，制定本措施。全年清淤河道30公里。（牵头单位：区水利局）
第二条 加强河道保洁。（牵头单位：区城管局）
"""
    assert [p for p, _t in _tasks(text)] == [("第一条",), ("第二条",)]


def test_work_item_that_opens_with_wei_stays() -> None:
    text = """南山县2025年营商环境工作要点
第一条 为企业提供全程代办服务，制定代办清单。（牵头单位：县行政审批局）
第二条 为群众办实事，新建便民服务点20个。（牵头单位：县民政局）
"""
    assert [p for p, _t in _tasks(text)] == [("第一条",), ("第二条",)]


# --- (a) (b) lettered items ---------------------------------------------------------------------

_LETTERS_STREET = """北湖街道2025年社区治理工作计划
一、完善社区服务
(a) 建成社区养老服务站3个。（牵头单位：街道民政办）
(b) 开展志愿服务活动200场次。（牵头单位：街道团工委）
二、提升治理能力
(a) 培训社区工作者100人次。（牵头单位：街道党建办）
"""

_LETTERS_UPPER = """石门县2025年交通运输工作要点
一、建设农村公路
（A）新改建农村公路60公里。（责任单位：县交通运输局）
（B）实施危桥改造5座。（责任单位：县公路中心）
"""

_LETTERS_UNDER_ARABIC = """清河镇2025年防汛工作安排
1.做好汛前准备
(a)、排查山洪灾害隐患点。责任单位：镇应急办
(b)、储备防汛物资。责任单位：镇农业服务中心
2.加强值班值守
(a)、落实24小时值班。责任单位：镇党政办
"""


def test_lettered_items() -> None:
    assert [p for p, _t in _tasks(_LETTERS_STREET)] == [("一", "(a)"), ("一", "(b)"), ("二", "(a)")]
    assert _tasks(_LETTERS_UPPER) == [
        (("一", "(A)"), "新改建农村公路60公里"),
        (("一", "(B)"), "实施危桥改造5座"),
    ]
    assert [p for p, _t in _tasks(_LETTERS_UNDER_ARABIC)] == [("1", "(a)"), ("1", "(b)"), ("2", "(a)")]


def test_letter_grades_are_no_items() -> None:
    assert match_marker("(A)级景区创建工作") is None
    assert match_marker("(a)") is None  # no text after it
    assert match_marker("(ab)推进") is None


# --- a section that lists indicators with their figures ----------------------------------------

_INDICATORS_CITY = """海宁市2025年国民经济和社会发展主要指标计划
一、经济发展
地区生产总值：增长6%左右；
固定资产投资：增长5%。
二、民生保障
城镇新增就业：1.5万人；
新增托位：800个；
新增普惠性幼儿园学位：两千个。
三、资源环境
单位地区生产总值能耗：下降3%。
"""

_INDICATORS_COUNTY = """云台县2025年主要工作指标
一、交通工程
新建农村公路：120公里；
改造危桥：15座。
二、社会事业
新增就业：3000人；
培训农民工：5000人次。
"""

_INDICATORS_TWO_SECTIONS = """清溪镇2025年工作指标
一、民生实事
新建养老服务站：3个；
改造农村公路：20公里。
二、生态环境
新增造林：500亩；
整治河道：6条。
"""


def _paths_and_targets(text: str) -> tuple[list[tuple[str, ...]], list]:
    doc = _doc(text)
    return [tuple(t["path"]) for t in doc.tasks], [t["value"] for t in doc.targets]


def test_indicator_sections_are_no_tasks() -> None:
    paths, values = _paths_and_targets(_INDICATORS_CITY)
    assert paths == []
    assert {1.5, 800, 2000} <= set(values)
    paths, values = _paths_and_targets(_INDICATORS_COUNTY)
    assert paths == []
    assert {120, 15, 3000, 5000} <= set(values)
    paths, values = _paths_and_targets(_INDICATORS_TWO_SECTIONS)
    assert paths == []
    assert {3, 20, 500, 6} <= set(values)


def test_sections_of_work_sentences_stay_tasks() -> None:
    text = """松江镇2025年重点工作
一、新建农村公路
完成路基施工：3月底前；全线通车，新建道路12公里，责任单位：镇交通站。
二、改造农贸市场
完成主体改造，新增摊位80个。责任单位：镇经发办
三、实施河道整治
清淤河道6条。责任单位：镇水利站
"""
    assert [p for p, _t in _tasks(text)] == [("一",), ("二",), ("三",)]


def test_one_labelled_line_is_no_indicator_list() -> None:
    text = """枫林县2025年重点项目
一、实施城区供水管网改造工程
新建管网：30公里。
二、实施污水处理厂扩建工程
新增处理能力：2万吨/日。
"""
    assert [p for p, _t in _tasks(text)] == [("一",), ("二",)]
