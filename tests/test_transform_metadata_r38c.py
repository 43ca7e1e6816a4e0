"""Round 38c: metadata and is_plan on pages printed the ways real portals print them.

- a 政府工作报告 page whose speaker's line ("某县人民政府县长 某某") stands above the page's byline:
  the report's heading over the meeting line is the title, not the speaker;
- a labelled line above a signature ("牵头单位：市城管局" over "某市人民政府办公室") is no part of
  the issuer;
- a 文号 printed with small-form or white brackets (某政发﹝2024﹞3号, 某政办〖2024〗5号) is a 文号;
- a portal's column name left after its site name ("…的通知_政策文件_某县人民政府网") is cut;
- a Q&A titled …就《…》答问 / …答网友问 explains a plan: it is a plan only by the work it states.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.metadata import extract_metadata


def _meta(page: str) -> dict:
    return extract_metadata(page, {}, page, page_has_body=True)


def _parse(text: str):
    return parse_document(text, source="n.txt", is_text=True)


REPORT = """{heading}
——{when}在{place}第十八届人民代表大会第三次会议上
{speaker}
发布时间：2024-01-12 来源：{place}人民政府
各位代表：
现在，我代表县人民政府，向大会报告工作，请予审议。
一、2023年工作回顾
过去一年，全县经济运行稳中向好。
二、2024年工作安排
（一）聚力产业发展。加快建设工业园区。
（二）聚力城乡建设。推进老旧小区改造。
（三）聚力民生改善。办好十件民生实事。
"""


@pytest.mark.parametrize(
    "heading, when, place, speaker",
    [
        ("2024年政府工作报告", "2024年1月8日", "柳溪县", "柳溪县人民政府县长 马立新"),
        ("政府工作报告", "2024年1月10日", "青禾市", "青禾市人民政府市长  王建国"),
        ("2024年青山区政府工作报告", "2024年1月6日", "青山区", "区长 李红"),
    ],
)
def test_report_heading_over_its_speaker(heading, when, place, speaker):
    page = REPORT.format(heading=heading, when=when, place=place, speaker=speaker)
    assert _parse(page).document["title"] == heading


def test_headline_above_a_byline_without_a_meeting_line_stays():
    page = "县长马立新调研重点项目建设\n发布时间：2024-01-12 来源：柳溪县人民政府\n1月11日，县长马立新调研重点项目。\n"
    assert _parse(page).document["title"] == "县长马立新调研重点项目建设"


SIGNED = """关于公布2024年市政府十件民生实事项目的通知
各县（区）人民政府，市政府各部门：
现将2024年市政府十件民生实事项目公布如下。
一、新建改扩建中小学校
新建中小学校8所。
牵头单位：市教育局
二、建设口袋公园
建设口袋公园20个。
{last}
{issuer}
2024年2月6日
"""


@pytest.mark.parametrize(
    "last, issuer, expected",
    [
        ("牵头单位：市城市管理局", "枫林市人民政府办公室", "枫林市人民政府办公室"),
        ("责任单位:县住房和城乡建设局", "平安县人民政府", "平安县人民政府"),
        ("配合单位：区财政局", "青山区人民政府办公室", "青山区人民政府办公室"),
        # two issuer lines of a joint notice stay joined
        ("中共枫林市委办公室", "枫林市人民政府办公室", "中共枫林市委办公室 枫林市人民政府办公室"),
    ],
)
def test_labelled_line_above_a_signature(last, issuer, expected):
    page = SIGNED.format(last=last, issuer=issuer)
    assert _parse(page).document["issuer"] == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("平政发﹝2024﹞3号", "平政发﹝2024﹞3号"),
        ("青政办〖2024〗5号", "青政办〖2024〗5号"),
        ("松府办发﹝2023﹞第12号", "松府办发﹝2023﹞第12号"),
    ],
)
def test_doc_number_in_other_brackets(line, expected):
    page = f"关于印发某县2024年工作要点的通知\n{line}\n各乡镇人民政府：\n现将《某县2024年工作要点》印发给你们。\n"
    assert _meta(page)["doc_number"] == expected


def test_bracketed_year_in_prose_is_no_doc_number():
    page = "关于印发某县2024年工作要点的通知\n各乡镇人民政府：\n请于﹝2024﹞年底前报送。\n"
    assert _meta(page)["doc_number"] is None


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("平安县人民政府办公室关于印发某县2024年项目攻坚行动方案的通知_政策文件_平安县人民政府网",
         "平安县人民政府办公室关于印发某县2024年项目攻坚行动方案的通知"),
        ("关于印发青禾市2024年工作要点的通知-通知公告-青禾市人民政府门户网站", "关于印发青禾市2024年工作要点的通知"),
        ("关于印发松阳县农村人居环境整治方案的通知 | 县政府文件 | 松阳县人民政府", "关于印发松阳县农村人居环境整治方案的通知"),
        # a title with no separator keeps its last word
        ("关于公布2024年度规范性文件", "关于公布2024年度规范性文件"),
    ],
)
def test_column_name_after_a_site_name(headline, expected):
    page = f"{headline}\n发布时间：2024-03-15\n各乡镇人民政府：\n现将有关事项通知如下。\n"
    assert _parse(page).document["title"] == expected


QA = """{title}
发布日期：2024-06-03 信息来源：青州市发展和改革委员会
近日，市政府办公室印发《青州市促进民间投资若干措施》。
一、《若干措施》出台的背景是什么？
答：民间投资是稳增长、稳就业的重要力量。
二、《若干措施》主要包括哪些内容？
答：《若干措施》共提出四个方面十五条措施。
（一）拓宽民间投资领域。（责任单位：市发展改革委）
（二）加大要素保障。（责任单位：市自然资源局）
"""


@pytest.mark.parametrize(
    "title, is_plan",
    [
        ("市发展改革委负责人就《青州市促进民间投资若干措施》答问", False),
        ("《青州市促进民间投资若干措施》权威答问", False),
        ("市发展改革委就《青州市促进民间投资若干措施》答网友问", False),
        # 解答问题 is no Q&A: the page stays a plan by its title
        ("青州市促进民间投资若干措施及政策解答问题清单", True),
    ],
)
def test_qa_pages_explain_a_plan(title, is_plan):
    assert _parse(QA.format(title=title)).document["is_plan"] is is_plan


DRAFT = """{title}
发布日期：2024-08-05 发布机构：松阳县民政局
为广泛听取社会各界意见，现将征求意见稿全文公布。
{heading}
一、发展民生事业
（一）扩大老年助餐服务。（牵头单位：县民政局；配合单位：县市场监管局）
（二）拓展居家助老服务。（牵头单位：县民政局；配合单位：县卫生健康局）
"""


@pytest.mark.parametrize(
    "name",
    [
        "松阳县加快发展银发经济实施方案（征求意见稿）",
        "青禾市2024年城市更新行动计划（征求意见稿）",
        "平安县农村人居环境整治提升五年行动方案（2024—2028年）（征求意见稿）",
    ],
)
def test_call_for_comments_names_its_draft_plan(name):
    page = DRAFT.format(title=f"关于《{name}》公开征求意见的通知", heading=name)
    assert _parse(page).document["plan_title"] == name


def test_call_for_comments_on_a_rule_names_no_plan():
    name = "松阳县养犬管理规定（征求意见稿）"
    page = DRAFT.format(title=f"关于《{name}》公开征求意见的通知", heading=name)
    assert _parse(page).document["plan_title"] is None


REPOST = """我县出台科技创新驱动发展三年行动方案
来源：凤鸣县科技局 发布时间：2024-05-22 10:15 阅读：312
近日，{who}{verb}《凤鸣县科技创新驱动发展三年行动方案（2024—2026年）》（{docno}），现将全文转发如下：
凤鸣县科技创新驱动发展三年行动方案（2024—2026年）
一、培育创新主体
（一）实施高新技术企业倍增计划。（牵头单位：县科技局；配合单位：县财政局）
（二）支持企业建设研发机构。（牵头单位：县科技局；配合单位：县工业和信息化局）
（三）推进产学研合作。（牵头单位：县科技局；配合单位：县教育局）
"""


@pytest.mark.parametrize(
    "who, verb, docno",
    [
        ("县政府办公室", "印发", "凤政办发〔2024〕19号"),
        ("县委办公室、县政府办公室联合", "印发了", "凤办发〔2024〕7号"),
        ("县人民政府", "出台", "凤政发(2024)3号"),
    ],
)
def test_repost_cites_the_plans_doc_number(who, verb, docno):
    page = REPOST.format(who=who, verb=verb, docno=docno)
    assert _parse(page).document["doc_number"] == docno


def test_a_document_cited_as_ground_is_no_doc_number():
    page = REPOST.format(who="县政府办公室", verb="根据", docno="国发〔2023〕18号")
    assert _parse(page).document["doc_number"] is None


@pytest.mark.parametrize(
    "page, expected",
    [
        ("【发布单位】平安县人民政府办公室 【发布文号】平政办〔2024〕7号 【发布日期】2024-03-15\n关于印发某县方案的通知\n",
         "平政办〔2024〕7号"),
        ("关于印发某县方案的通知\n发文号：平政办〔2024〕9号\n", "平政办〔2024〕9号"),
        ("关于印发某县方案的通知\n文件字号：平政办〔2024〕8号 发布日期：2024-03-15\n", "平政办〔2024〕8号"),
        ("關於印發某縣方案的通知\n發布文號：平政辦〔2024〕6號\n", "平政辦〔2024〕6號"),
    ],
)
def test_other_doc_number_labels(page, expected):
    assert _meta(page)["doc_number"] == expected


def test_a_label_without_a_doc_number_gives_none():
    page = "关于印发某县方案的通知\n发布文号：无\n"
    assert _meta(page)["doc_number"] is None


HORIZON = """{title}
发布日期：{date}
一、重点任务
（一）推进农村公路提档升级。（责任单位：县交通运输局）
（二）推进城乡客运一体化。（责任单位：县交通运输局）
"""


@pytest.mark.parametrize(
    "title, date, years",
    [
        ("某县农村公路建设行动方案（到2027年）", "2024-03-15", (2024, 2027)),
        ("某市推进数字经济发展实施方案(到2026年)", "2023-11-02", (2023, 2026)),
        ("到2030年某县生态环境保护行动计划", "2025-01-20", (2025, 2030)),
    ],
)
def test_title_naming_only_its_horizon_runs_from_the_issue(title, date, years):
    d = _parse(HORIZON.format(title=title, date=date)).document
    assert (d["plan_start_year"], d["plan_end_year"]) == years


def test_title_horizon_without_a_page_date_keeps_no_start():
    page = "某县农村公路建设行动方案（到2027年）\n一、重点任务\n（一）推进农村公路提档升级。（责任单位：县交通运输局）\n"
    d = _parse(page).document
    assert (d["plan_start_year"], d["plan_end_year"]) == (None, 2027)


REQUIREMENTS = """关于印发某县2024年安全生产工作要点的通知
发布日期：2024-03-15
各乡镇：
现将《某县2024年安全生产工作要点》印发给你们，请结合实际认真贯彻执行。{lead}
1.强化领导责任。乡镇主要负责同志要亲自抓。
2.加强隐患排查。各乡镇要组织开展排查。
3.严格考核奖惩。
某县安全生产委员会
2024年3月11日
"""


@pytest.mark.parametrize("lead", ["执行中的有关要求：", "具体要求：", "现提出几点要求:"])
def test_notice_requirements_after_a_bare_label(lead):
    r = _parse(REQUIREMENTS.format(lead=lead))
    assert r.document["is_plan"] is True and r.tasks == []


def test_notice_without_an_announcement_keeps_its_items():
    r = _parse(REQUIREMENTS.format(lead=""))
    assert [t["path"] for t in r.tasks] == [["1"], ["2"], ["3"]]
