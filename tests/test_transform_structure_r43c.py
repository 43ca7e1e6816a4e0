"""Round 43c: structure in new layouts.

- A ditto mark in a unit cell of a task table ("〃", "″", "仝上") repeats the cell above, as "同上"
  does (`transform.table_rows`, lexicon `table_ditto_marks`).
- A section numeral in square brackets ("【一】夯实基层基础", "【二】 …") is a section like 一、
  (`transform.numbering`).
- A task cell printed as a heading, a break, then a sentence holding a figure ("推进生活垃圾分类<br>
  城乡生活垃圾回收利用率达到60%以上", the `<br>` kept as text in a Markdown repost or read as a space
  from HTML) is titled by the heading (`transform.cell_breaks`).
- A bare "1" line restarts a run of bare item numbers under the next section heading
  (`transform.bare_numbers`).
- A section heading with its first sub-item glued on ("一、稳定粮食生产（一）落实…") is cut before it
  (`transform.glued_subheads`, from `transform.lines.split_inline`).
- A page number between two rows of a space-separated table ("— 1 —" centred under a row) is no
  part of the row above: the table reads on (`transform.texttables`).
- A campaign's scope heading ("二、整治范围" over "全县范围内的燃气经营企业…") names no work (lexicon
  `structure_topic_headings`).
- A header cell "指标（单位）" names the indicator and its measure word, not a unit column (lexicon
  `table_columns`): a table of indicators and their goals holds no task.
- A 整治 table (问题 | 整治措施 | 责任主体) is titled by its problem column, as a 整改 table is
  (`transform.table_cells`).
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.numbering import match_marker


def _doc(text: str):
    return parse_document(text, source="p.txt", is_text=True)


def _tasks(text: str) -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(t["path"]), t["title"]) for t in _doc(text).tasks]


def _units(text: str) -> list[tuple[list[str], list[str]]]:
    return [(t["lead_units"], t["participating_units"]) for t in _doc(text).tasks]


# --- ditto marks in unit cells ---------------------------------------------------------------------

_DITTO_PIPED = """某镇2026年防汛任务表
序号 | 工作任务 | 责任单位 | 完成时限
1 | 清理排水沟渠30公里 | 镇水利站 | 2026年5月
2 | 加固病险山塘8座 | 〃 | 2026年6月
3 | 储备防汛编织袋2万条 | 镇应急办 | 2026年4月
"""

_DITTO_SPACED = """某镇2026年任务表
序号    工作任务                  责任单位        完成时限
1       清理沟渠30公里            镇水利站        2026年5月
2       加固山塘8座               〃              2026年6月
3       储备编织袋2万条           镇应急办        2026年4月
"""

_DITTO_PARTNER_MD = """某区2026年绿化任务表
| 序号 | 任务 | 牵头单位 | 配合单位 |
| --- | --- | --- | --- |
| 1 | 新增城市绿地15万平方米 | 区园林局 | 区住建局、各街道 |
| 2 | 新植行道树3000株 | 区城管局 | ″ |
"""

_DITTO_TRAD = """某區2026年任務表
序號 | 重點任務 | 責任單位 | 完成時限
1 | 新增信用修復服務企業100家 | 區市場監管局 | 2026年12月
2 | 企業開辦時間壓縮至1個工作日 | 仝上 | 2026年3月
"""


@pytest.mark.parametrize(
    ("text", "row", "want"),
    [
        (_DITTO_PIPED, 1, (["镇水利站"], [])),
        (_DITTO_SPACED, 1, (["镇水利站"], [])),
        (_DITTO_PARTNER_MD, 1, (["区城管局"], ["区住建局", "各街道"])),
        (_DITTO_TRAD, 1, (["區市場監管局"], [])),
    ],
)
def test_ditto_mark_repeats_the_unit_cell_above(text, row, want):
    assert _units(text)[row] == want


def test_ditto_mark_in_the_first_row_names_no_unit():
    text = _DITTO_PIPED.replace("镇水利站", "〃", 1).replace("| 〃 | 2026年6月", "| 镇水利站 | 2026年6月")
    assert _units(text)[0] == ([], [])
    assert _units(text)[1] == (["镇水利站"], [])


def test_ditto_mark_in_a_task_cell_is_not_a_unit():
    text = _DITTO_PIPED.replace("加固病险山塘8座 | 〃", "〃 | 镇规划办")
    assert _units(text)[1] == (["镇规划办"], [])


# --- 【一】 sections ---------------------------------------------------------------------------------

_BRACKET_TOWN = """某街道2026年社区治理工作要点
【一】夯实基层基础
1.建设社区综合服务用房。新建社区综合服务用房2处。（责任单位：街道党建办）
2.配齐社区工作者。新招录社区工作者30名。（责任单位：街道组织办）
【二】提升服务水平
1.推进“一站式”服务。新增社区可办事项15项。（责任单位：街道便民服务中心）
"""

_BRACKET_TRAD = """某市2026年文化建設工作要點
【一】完善公共文化服務
（一）建設城市書房。新建城市書房10家。（牽頭單位：市文廣旅局）
【二】繁榮文藝創作
（一）扶持精品創作。推出舞臺藝術精品劇目3部。（牽頭單位：市文聯）
"""

_BRACKET_HEX = """某县2026年就业工作要点
【一】 稳定就业规模
（一）开发公益性岗位。新开发公益性岗位500个。（责任单位：县人社局）
【二】　支持创业
（一）建设创业孵化基地。新建创业孵化基地2个。（责任单位：县人社局）
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (_BRACKET_TOWN, [("一", "1"), ("一", "2"), ("二", "1")]),
        (_BRACKET_TRAD, [("一", "(一)"), ("二", "(一)")]),
        (_BRACKET_HEX, [("一", "(一)"), ("二", "(一)")]),
    ],
)
def test_bracketed_numeral_is_a_section(text, want):
    assert [p for p, _ in _tasks(text)] == want


@pytest.mark.parametrize(
    "line", ["【一】", "【一〕推进工作", "【一】2026年工作", "【专栏1】重点工程", "【任务一】推进"]
)
def test_bracketed_numeral_needs_a_pair_and_a_heading(line):
    mk = match_marker(line)
    assert mk is None or mk.kind != "cn"


# --- a heading and its figure in one task cell, apart ----------------------------------------------

_BR_MARKDOWN = """某县2026年农村人居环境整治重点任务清单
| 序号 | 重点任务 | 牵头单位 | 完成时限 |
| :---: | --- | --- | --- |
| 1 | 推进农村生活垃圾分类<br>全县农村生活垃圾分类覆盖率达到80%以上 | 县综合执法局 | 2026年12月 |
| 2 | 实施农村户厕改造<br/>新建改造农村户用卫生厕所1500户 | 县农业农村局 | 2026年10月 |
| 3 | 开展村庄清洁行动 | 县农业农村局 | 2026年12月 |
"""

_BR_SPACE_PIPED = """某镇2026年重点任务
序号 | 重点任务 | 责任单位
1 | 推进生活垃圾分类 城乡生活垃圾回收利用率达到60%以上 | 镇城管办
2 | 整治农村污水　新建农村污水处理站10座 | 镇生态办
"""

_BR_HTML = """<html><head><title>某县2026年垃圾分类重点任务</title></head><body><div class="article">
<h1>某县2026年垃圾分类重点任务</h1>
<table><tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>完成时限</th></tr>
<tr><td>1</td><td>推进生活垃圾分类<br>城乡生活垃圾回收利用率达到60%以上</td><td>县城管局</td><td>2026年12月</td></tr>
<tr><td>2</td><td>整治农村污水<br/>新建农村污水处理站10座</td><td>县生态环境局</td><td>2026年11月</td></tr>
<tr><td>3</td><td>开展违法建筑治理</td><td>县综合执法局</td><td>2026年12月</td></tr>
</table></div></body></html>"""


def test_br_in_a_markdown_cell_ends_the_title():
    doc = _doc(_BR_MARKDOWN)
    assert [t["title"] for t in doc.tasks] == ["推进农村生活垃圾分类", "实施农村户厕改造", "开展村庄清洁行动"]
    assert sorted(t["value"] for t in doc.targets) == [80, 1500]


def test_heading_space_figure_sentence_in_a_piped_cell():
    assert [t for _, t in _tasks(_BR_SPACE_PIPED)] == ["推进生活垃圾分类", "整治农村污水"]


def test_br_in_an_html_task_cell_ends_the_title():
    doc = parse_document(_BR_HTML.encode(), source="p.html", content_type="text/html; charset=utf-8")
    assert [t["title"] for t in doc.tasks] == ["推进生活垃圾分类", "整治农村污水", "开展违法建筑治理"]


_BR_KEEPS = """某县2026年重点任务
序号 | 重点任务 | 牵头单位
1 | 新建农村集中供水工程 8 处，新增供水能力6000立方米 | 县水利局
2 | 推进城区中小 学位扩容 | 县教育局
3 | 新建5G基站 新增基站200个 | 县经信局
"""


def test_a_cell_with_a_figure_before_the_space_or_no_figure_keeps_its_title():
    assert [t for _, t in _tasks(_BR_KEEPS)] == [
        "新建农村集中供水工程 8 处，新增供水能力6000立方米",
        "推进城区中小 学位扩容",
        "新建5G基站 新增基站200个",
    ]


def test_br_outside_a_table_row_stays_as_printed():
    from transform.cell_breaks import read_breaks

    assert read_breaks("推进技术改造<br>实施项目40个。") == "推进技术改造<br>实施项目40个。"
    assert read_breaks("| 1 | 推进<BR />改造 | 县局 |") == "| 1 | 推进 改造 | 县局 |"


# --- a bare "1" restarting its run under the next section ------------------------------------------


def test_bare_one_restarts_under_a_marker_printed_alone():
    from transform.bare_numbers import bare_number_items

    lines = ["某县工作", "一、", "打好蓝天保卫战", "1", "推进燃煤锅炉淘汰。淘汰锅炉12台。", "2"]
    lines += [
        "加强扬尘管控。落实率达到100%。",
        "二、",
        "打好碧水保卫战",
        "1",
        "整治入河排污口。完成整治40个。",
    ]
    assert bare_number_items(lines)[-1] == "1.整治入河排污口。完成整治40个。"


_BARE_PCN = """某县2026年就业工作要点
（一）稳定就业规模
1
开发公益性岗位。新开发公益性岗位500个。（责任单位：县人社局）
2
促进高校毕业生就业。高校毕业生就业率达到90%以上。（责任单位：县人社局）
（二）支持创业带动就业
1
建设创业孵化基地。新建创业孵化基地2个。（责任单位：县人社局）
"""

_BARE_CHAPTER = """某市“十五五”林业发展规划
第一章 加强森林资源保护
1
实施国土绿化。完成营造林面积5万亩。（牵头单位：市林业局）
2
加强森林防火。建设防火通道120公里。（牵头单位：市林业局）
第二章 发展林业产业
1
壮大油茶产业。新增油茶种植面积3万亩。（牵头单位：市林业局）
"""

_BARE_BRACKETED = """某镇2026年乡村建设工作要点
【一】完善基础设施
1
硬化村组道路。新建硬化村组道路12公里。（责任单位：镇规划建设办）
2
改造农村电网。改造农村低压线路20公里。（责任单位：镇供电所）
【二】提升公共服务
1
建设村级卫生室。新建标准化村卫生室4个。（责任单位：镇卫生院）
"""

_BARE_CN_ALONE = """某县2026年生态环境保护重点工作
一、
打好蓝天保卫战
1
推进燃煤锅炉淘汰。淘汰燃煤锅炉12台。（牵头单位：县生态环境局）
2
加强扬尘管控。建筑工地扬尘防控措施落实率达到100%。（牵头单位：县住建局）
二、
打好碧水保卫战
1
整治入河排污口。完成入河排污口整治40个。（牵头单位：县生态环境局；配合单位：县水利局）
"""


@pytest.mark.parametrize(
    ("text", "last"),
    [
        (_BARE_PCN, ("(二)", "1")),
        (_BARE_CHAPTER, ("第二章", "1")),
        (_BARE_CN_ALONE, ("二", "1")),
        (_BARE_BRACKETED, ("二", "1")),
    ],
)
def test_bare_one_under_the_next_section_is_its_first_item(text, last):
    tasks = _tasks(text)
    assert len(tasks) == 3
    assert tasks[-1][0] == last


def test_bare_one_without_a_run_before_stays_text():
    from transform.bare_numbers import bare_number_items

    lines = ["某县工作", "一、产业发展", "1", "培育龙头企业5家。", "二、社会事业", "1", "新建幼儿园1所。"]
    assert bare_number_items(lines) == lines


def test_bare_one_without_a_section_between_stays_text():
    from transform.bare_numbers import bare_number_items

    lines = [
        "某县工作",
        "1",
        "培育龙头企业5家。",
        "2",
        "发展特色种植3000亩。",
        "其他事项",
        "1",
        "新建幼儿园1所。",
    ]
    assert bare_number_items(lines)[-2:] == ["1", "新建幼儿园1所。"]


# --- a sub-item glued to its section heading ---------------------------------------------------------

_GLUED_TWO = """某县2026年稳粮保供工作措施
一、稳定粮食生产（一）落实粮食播种面积。全年粮食播种面积稳定在52万亩以上。（牵头单位：县农业农村局）（二）推进高标准农田建设。新建高标准农田2万亩。（牵头单位：县农业农村局；配合单位：县财政局）
二、加强储备管理（一）充实地方储备。地方储备粮规模达到3万吨。（牵头单位：县发展改革局）
"""

_GLUED_CHAPTER = """某市“十五五”交通规划
第二章 主要任务（一）加快高速公路建设。建成高速公路120公里。（牵头部门：市交通运输局）（二）推进铁路建设。建成城际铁路1条。（牵头部门：市发展改革委）
"""

_GLUED_TRAD = """某市2026年文化建設工作要點
一、完善公共文化服務（一）建設城市書房。新建城市書房10家。（牽頭單位：市文廣旅局）
二、繁榮文藝創作（一）扶持精品創作。推出舞臺藝術精品劇目3部。（牽頭單位：市文聯）
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (_GLUED_TWO, [("一", "(一)"), ("一", "(二)"), ("二", "(一)")]),
        (_GLUED_CHAPTER, [("第二章", "(一)"), ("第二章", "(二)")]),
        (_GLUED_TRAD, [("一", "(一)"), ("二", "(一)")]),
    ],
)
def test_sub_item_glued_to_its_heading_is_cut_off(text, want):
    assert [p for p, _ in _tasks(text)] == want


def test_glued_heading_titles():
    assert [t for _, t in _tasks(_GLUED_TWO)] == ["落实粮食播种面积", "推进高标准农田建设", "充实地方储备"]


@pytest.mark.parametrize(
    "line",
    [
        "一、整改第（一）项问题。完成整改12项。（牵头单位：县纪委）",  # a reference, not an item
        "稳定粮食生产（一）落实粮食播种面积。全年播种52万亩。",  # no heading marker before it
        "一、2026年目标（一）落实粮食播种面积。全年播种52万亩。",  # not a heading's words alone
    ],
)
def test_no_glued_sub_item(line):
    from transform.glued_subheads import glued_first_item

    assert glued_first_item(line, match_marker(line)) is None


# --- a page number between the rows of a spaced table ------------------------------------------------

_SPACED_PAGES = """某区2026年城市更新重点项目清单
序号    项目名称            建设内容                      责任单位
1       老旧小区改造        改造老旧小区42个              区住建局
2       背街小巷整治        整治背街小巷60条              区城管局
                               {mark}
序号    项目名称            建设内容                      责任单位
3       口袋公园建设        新建口袋公园8个               区园林绿化中心
4       停车设施建设        新增公共停车泊位1500个        区交通运输局
                               {mark2}
"""


@pytest.mark.parametrize(
    ("mark", "mark2"), [("— 1 —", "— 2 —"), ("- 1 -", "- 2 -"), ("第1页 共2页", "第2页 共2页")]
)
def test_page_number_between_spaced_rows(mark, mark2):
    doc = _doc(_SPACED_PAGES.format(mark=mark, mark2=mark2))
    assert [t["title"] for t in doc.tasks] == ["老旧小区改造", "背街小巷整治", "口袋公园建设", "停车设施建设"]
    assert [t["lead_units"] for t in doc.tasks] == [
        ["区住建局"],
        ["区城管局"],
        ["区园林绿化中心"],
        ["区交通运输局"],
    ]


def test_a_wrapped_cell_under_a_spaced_row_still_goes_on():
    text = """某区2026年项目清单
序号    项目名称            建设内容                      责任单位
1       老旧小区改造        改造老旧小区42个，            区住建局
                            加装电梯30部
2       背街小巷整治        整治背街小巷60条              区城管局
"""
    doc = _doc(text)
    assert len(doc.tasks) == 2
    assert sorted(t["value"] for t in doc.targets) == [30, 42, 60]


def test_a_page_number_line_outside_a_table_is_dropped_as_before():
    text = "某县2026年工作要点\n一、产业发展\n1.培育龙头企业5家。（责任单位：县农业农村局）\n— 1 —\n2.新建幼儿园1所。（责任单位：县教育局）\n"
    assert [p for p, _ in _tasks(text)] == [("一", "1"), ("一", "2")]


# --- a campaign's scope heading -----------------------------------------------------------------------

_SCOPE = """某县城镇燃气安全专项整治工作方案
一、工作目标
到2024年底，燃气经营企业安全隐患排查覆盖率达到100%。
二、{head}
全县范围内的燃气经营企业、燃气用户、燃气管道设施及燃气具生产经营单位。
三、重点任务
1.排查燃气经营企业。对全县燃气经营企业开展全覆盖检查。（牵头单位：县住建局）
2.整治餐饮场所用气安全。安装燃气泄漏报警装置不少于1200台。（牵头单位：县市场监管局）
"""


@pytest.mark.parametrize("head", ["整治范围", "排查范围", "检查对象", "整治范围和对象"])
def test_scope_heading_names_no_work(head):
    assert [p for p, _ in _tasks(_SCOPE.format(head=head))] == [("三", "1"), ("三", "2")]


@pytest.mark.parametrize(
    ("head", "body"),
    [
        ("扩大整治范围", "将城郊结合部餐饮场所纳入整治，新增整治场所300家。（牵头单位：县市场监管局）"),
        ("开展燃气管网排查", "完成老旧燃气管网排查120公里。（牵头单位：县住建局）"),
    ],
)
def test_a_section_of_work_that_names_a_scope_stays_a_task(head, body):
    text = _SCOPE.replace(
        "二、{head}\n全县范围内的燃气经营企业、燃气用户、燃气管道设施及燃气具生产经营单位。",
        f"二、{head}\n{body}",
    )
    assert ("二",) in [p for p, _ in _tasks(text)]


# --- an indicator column naming its measure word ------------------------------------------------------

_INDICATORS_SPACED = """2026年度全民健身工作主要指标
序号 {head} 2026年目标
1 人均体育场地面积（平方米） 3.0
2 经常参加体育锻炼人数比例（%） 42
3 社会体育指导员（名） 1200
"""

_INDICATORS_PIPED = """某县2026年农业主要指标
序号 | {head} | 目标值
1 | 粮食播种面积（万亩） | 45
2 | 高标准农田（万亩） | 3
"""


@pytest.mark.parametrize("head", ["指标（单位）", "指标名称(单位)", "主要指标（计量单位）"])
@pytest.mark.parametrize("text", [_INDICATORS_SPACED, _INDICATORS_PIPED])
def test_indicator_with_its_measure_word_is_no_unit_column(text, head):
    doc = _doc(text.format(head=head))
    assert all(not t["lead_units"] and not t["participating_units"] for t in doc.tasks)


def test_indicator_table_with_its_measure_word_holds_no_task():
    assert _tasks(_INDICATORS_SPACED.format(head="指标（单位）")) == []


def test_column_roles_of_unit_heads_stay():
    from transform.table_cells import column_role

    assert column_role("指标（单位）") == "content"
    assert column_role("责任单位") == "resp"
    assert column_role("计量单位") == "measure"
    assert column_role("牵头单位") == "lead"


# --- a 整治 table titled by its problems ------------------------------------------------------------------

_ZHENGZHI_TABS = "城市体检发现问题整治任务表\n序号\t问题\t整治措施\t责任主体\t完成时限\n" + (
    "1\t老城区停车位缺口大\t新增公共停车泊位2000个\t市城管局\t2025年12月\n"
    "2\t口袋公园分布不均\t新建口袋公园15个\t市园林绿化中心\t2025年10月\n"
)

_ZHENGZHI_PIPED = """某县农村人居环境突出问题整治清单
序号 | 存在问题 | 整治措施 | 责任单位
1 | 农村生活污水直排 | 新建污水处理站10座 | 县生态环境局
2 | 村庄垃圾收运不及时 | 新增垃圾转运车20辆 | 县城管局
"""

_ZHENGZHI_TASKS = """某镇环境问题整治清单
序号 | 突出问题 | 整治任务 | 责任单位
1 | 河道垃圾堆积 | 清理河道12公里 | 镇水利站
2 | 道路扬尘 | 新增洒水车2辆 | 镇城管办
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (_ZHENGZHI_TABS, ["老城区停车位缺口大", "口袋公园分布不均"]),
        (_ZHENGZHI_PIPED, ["农村生活污水直排", "村庄垃圾收运不及时"]),
        (_ZHENGZHI_TASKS, ["河道垃圾堆积", "道路扬尘"]),
    ],
)
def test_zhengzhi_table_is_titled_by_its_problem(text, want):
    assert [t for _, t in _tasks(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "某县整治任务表\n序号 | 整治内容 | 责任单位\n1 | 清理河道12公里 | 县水利局\n2 | 新增洒水车2辆 | 县城管局\n",
            ["清理河道12公里", "新增洒水车2辆"],
        ),
        (
            "某县重点任务进展表\n序号 | 工作任务 | 存在问题 | 责任单位\n1 | 清理河道12公里 | 资金不足 | 县水利局\n"
            "2 | 新增洒水车2辆 | 无 | 县城管局\n",
            ["清理河道12公里", "新增洒水车2辆"],
        ),
    ],
)
def test_tables_without_a_zhengzhi_column_keep_their_titles(text, want):
    assert [t for _, t in _tasks(text)] == want
