"""Round 45h: metadata, a second short pass.

- a `<link rel="canonical">` address dates a page that shows no date, as og:url does:
  `html._page_parts`, `metadata.address_date`;
- a news text's 文号 after the plan it names may carry the short name the text gives the plan
  ("（某政办发〔2026〕12号，以下简称《方案》）"): `metadata_top.reposted_doc_number`.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.plan_judging import reports_results, work_ahead_year
from transform.planyears import validity_years

ITEMS = "1.推进厕所革命。完成农村户厕改造200户。（牵头单位：镇农业服务中心）\n2.治理生活污水。新建污水处理站2座。（牵头单位：镇村建办）\n"


def _doc(text: str) -> dict:
    return parse_document(
        text.encode("utf-8"), source="p.txt", content_type="text/plain; charset=utf-8"
    ).document


def _html(head: str, body: str) -> dict:
    page = f'<!DOCTYPE html><html><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'
    return parse_document(
        page.encode("utf-8"), source="p.html", content_type="text/html; charset=utf-8"
    ).document


# --- <link rel="canonical"> as the page's own address

_BODY = (
    "<h1>清河县2026年农村公路养护工作方案</h1><div>来源：清河县交通运输局</div>"
    "<p>一、日常养护。全年完成养护里程1860公里。（牵头单位：县公路中心）</p>"
    "<p>二、危桥改造。完成危桥改造9座。（牵头单位：县公路中心）</p>"
)


@pytest.mark.parametrize(
    ("head", "want"),
    [
        ('<link rel="canonical" href="https://www.a.gov.cn/jtj/2026/0412/c22a905/page.htm">', "2026-04-12"),
        (
            '<link rel="stylesheet" href="/s.css"><link rel="Canonical" href="http://a.gov.cn/art/2025/11/3/art_1_2.html">',
            "2025-11-03",
        ),
        ('<LINK REL="canonical" HREF="http://www.b.gov.cn/xxgk/202603/t20260305_88.html">', "2026-03-05"),
    ],
)
def test_canonical_address_dates_the_page(head: str, want: str) -> None:
    assert str(_html(head, _BODY)["publish_date"]) == want


@pytest.mark.parametrize(
    "head",
    [
        '<link rel="stylesheet" href="/css/2026/0101/style.css">',  # a style sheet's path is no address of the page
        '<link rel="alternate" href="http://a.gov.cn/m/2026/0412/page.htm">',  # another rendering's address
        '<link rel="canonical" href="https://www.a.gov.cn/jtj/tzgg/page.htm">',  # an address without a date
    ],
)
def test_other_links_give_no_date(head: str) -> None:
    assert _html(head, _BODY)["publish_date"] is None


def test_shown_date_wins_over_canonical() -> None:
    body = _BODY.replace("来源：", "发布日期：2026-04-15　来源：")
    head = '<link rel="canonical" href="https://www.a.gov.cn/jtj/2026/0412/c22a905/page.htm">'
    assert str(_html(head, body)["publish_date"]) == "2026-04-15"


# --- a 文号 in a news text, with the short name given inside its brackets


@pytest.mark.parametrize(
    ("opening", "want"),
    [
        (
            "近日，县政府办公室印发了《桐溪县2026年老旧小区改造工作方案》（桐政办发〔2026〕12号，以下简称《方案》）。",
            "桐政办发〔2026〕12号",
        ),
        (
            "日前，市政府出台《某市2026年稳就业工作方案》(某政发〔2026〕3号, 简称“方案”)，现全文转发如下：",
            "某政发〔2026〕3号",
        ),
        (
            "区政府办公室印发《某区2026年夜间经济工作方案》（某区政办〔2026〕7号；以下简称《方案》），全文如下：",
            "某区政办〔2026〕7号",
        ),
        (
            "区政府办公室印发《某区2026年夜间经济工作方案》（某区政办〔2026〕7号），全文如下：",
            "某区政办〔2026〕7号",
        ),
        (
            "市政府办公室正式印发《江川市2026年外贸工作措施》（江政办发〔2026〕21号，简称“《措施》”），推出12条措施。",
            "江政办发〔2026〕21号",
        ),
    ],
)
def test_news_doc_number_with_short_name(opening: str, want: str) -> None:
    name = opening.split("《")[1].split("》")[0]
    page = f"某地出台方案推进相关工作\n发布日期：2026-04-09\n{opening}\n{name}\n一、主要任务\n{ITEMS}"
    assert _doc(page)["doc_number"] == want


@pytest.mark.parametrize(
    "opening",
    [
        # a ground cited, not the plan issued
        "根据《某市2026年稳就业工作方案》（某政发〔2026〕3号，以下简称《方案》）要求，结合实际，制定本方案。",
        # the bracket goes on past a short name: a note, not the plan's 文号 bracket
        "印发《某区2026年夜间经济工作方案》（某区政办〔2026〕7号，以下简称《方案》，附后）。",
    ],
)
def test_no_news_doc_number(opening: str) -> None:
    page = f"某地2026年夜间经济工作方案\n发布日期：2026-04-09\n{opening}\n一、主要任务\n{ITEMS}"
    assert _doc(page)["doc_number"] is None


# --- a 法治政府建设 report's work ahead: "三、2026年度推进法治政府建设的主要安排"

_FAZHI = "某县{who}2025年度法治政府建设情况报告"
_DONE = "一、2025年度推进法治政府建设的主要举措和成效\n（一）严格规范执法。全年办结案件326件。\n二、存在的不足\n执法人员素养有待提升。\n"


@pytest.mark.parametrize(
    "ahead",
    [
        "三、2026年度推进法治政府建设的主要安排\n",
        "三、2026年推进法治政府建设的重点安排\n",
        "四、2026年度推进依法行政工作的主要打算\n",
        "三、 2026 年度推进法治建设的计划\n",
    ],
)
def test_fazhi_report_with_work_ahead_is_read(ahead: str) -> None:
    title = _FAZHI.format(who="市场监督管理局")
    body = (
        _DONE
        + ahead
        + "（一）加强执法队伍建设。组织培训不少于4次。\n（二）推进包容审慎监管。落实免罚清单制度。\n"
    )
    assert not reports_results(title, body)
    page = f"{title}\n发布日期：2026-01-20\n{body}".encode()
    tasks = parse_document(page, source="p.txt", content_type="text/plain; charset=utf-8").tasks
    assert [t["title"] for t in tasks] == ["加强执法队伍建设", "推进包容审慎监管"]


@pytest.mark.parametrize(
    "line",
    [
        "一、2025年度推进法治政府建设的主要举措和成效\n",  # work done, no work ahead
        "推进2026年度法治政府建设的主要安排已经党组会议研究。\n",  # a sentence, no heading
        "三、2026年度推进法治政府建设的情况\n",  # no 安排/打算/计划
    ],
)
def test_fazhi_report_without_work_ahead(line: str) -> None:
    title = _FAZHI.format(who="自然资源局")
    body = "（一）健全依法决策机制。全年审查文件12件。\n" + line + "（二）规范行政执法。开展案卷评查2次。\n"
    assert reports_results(title, body)


# --- a speech's date under its title


@pytest.mark.parametrize(
    ("head", "want"),
    [
        ("在全县优化营商环境工作大会上的讲话\n——县长　陈志远\n（2026年3月5日）\n", "2026-03-05"),
        ("凝心聚力抓落实 奋力开创新局面\n——在全市经济工作会议上的讲话（2026年1月8日）\n", "2026-01-08"),
        ("在全镇安全生产工作会议上的讲话\n(2025年 12月 3日)\n镇长 李明\n", "2025-12-03"),
    ],
)
def test_speech_date_under_title(head: str, want: str) -> None:
    page = head + "同志们：\n下面，我讲两点意见。\n一、抓好重点工作\n" + ITEMS
    assert str(_doc(page)["publish_date"]) == want


@pytest.mark.parametrize(
    "head",
    [
        # (no speech: a bracketed date right under a plan's title dates the plan since round 47e,
        # tests/test_transform_metadata_r47e.py; one lower down, under its opening, still does not)
        "某镇2026年农村改厕工作方案\n为改善人居环境，制定本方案。\n（2026年3月5日）\n",
        # a speech, but the date is inside a sentence, not standing under the title
        "在全县优化营商环境工作大会上的讲话\n会议于（2026年3月5日）召开，县长出席并讲话。\n",
    ],
)
def test_no_speech_date(head: str) -> None:
    page = head + "一、抓好重点工作\n" + ITEMS
    assert _doc(page)["publish_date"] is None


# --- a 扶持办法 headed by its own name, in force for a period


@pytest.mark.parametrize(
    ("title", "tail", "want"),
    [
        (
            "石岭区促进楼宇经济高质量发展扶持办法",
            "第六条 本办法自2026年5月1日起施行，有效期至2028年12月31日。",
            (2026, 2028),
        ),
        (
            "某县农业产业化龙头企业奖补办法（试行）",
            "本办法有效期为2025年1月1日至2027年12月31日。",
            (2025, 2027),
        ),
        (
            "某市科技型中小企业研发费用补助办法",
            "本办法自印发之日起施行，有效期至2027年12月31日。",
            (2026, 2027),
        ),
    ],
)
def test_support_rule_is_its_plan_with_validity_years(title: str, tail: str, want: tuple[int, int]) -> None:
    page = f"{title}\n发布日期：2026-04-02\n第一条 为加快发展，制定本办法。\n第二条 对新入驻企业给予奖励。责任单位：区商务局。\n{tail}\n"
    doc = _doc(page)
    assert doc["plan_title"] == title
    assert (doc["plan_start_year"], doc["plan_end_year"]) == want


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        ("本办法自2026年5月1日起施行。", 2026),  # no period of validity
        ("政策的有效期是多久？", 2026),  # a question about it
        ("有效期至2024年12月31日", 2026),  # ended before the page was issued
    ],
)
def test_no_validity_years(text: str, issued: int) -> None:
    assert validity_years(text, issued) == (None, None)


@pytest.mark.parametrize(
    "title",
    ["关于《石岭区楼宇经济扶持办法》的政策解读", "石岭区楼宇经济扶持办法兑现情况公示"],
)
def test_support_rule_named_by_another_page(title: str) -> None:
    page = f"{title}\n发布日期：2026-04-02\n一、出台背景\n为加快发展楼宇经济。\n"
    assert _doc(page)["plan_title"] != title


# --- the year a report of results plans: its work ahead names the next year


@pytest.mark.parametrize(
    ("title", "ahead", "want"),
    [
        ("梅溪县市场监督管理局2025年度法治政府建设情况报告", "三、2026年度推进法治政府建设的主要安排", 2026),
        ("某区司法局2024年法治政府建设工作报告", "三、2025年工作打算", 2025),
        ("某县2025年度法治政府建设年度报告", "四、2026年度推进法治建设的重点安排", 2026),
    ],
)
def test_results_report_plans_the_next_year(title: str, ahead: str, want: int) -> None:
    body = (
        _DONE
        + ahead
        + "\n（一）加强执法队伍建设。组织培训不少于4次。\n（二）推进包容审慎监管。落实免罚清单制度。\n"
    )
    assert work_ahead_year(title, body) == want
    doc = _doc(f"{title}\n发布日期：2026-01-20\n{body}")
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (want, want)


@pytest.mark.parametrize(
    ("title", "ahead"),
    [
        ("梅溪县市场监督管理局2025年度法治政府建设情况报告", "三、下一步工作安排"),  # no year named
        ("某县2026年农村改厕工作方案", "三、2027年工作打算"),  # a plan, not a report of results
        (
            "某局2025年度法治政府建设情况报告",
            "三、2025年度推进法治政府建设的主要举措",
        ),  # the same year reviewed
    ],
)
def test_no_next_year_of_a_report(title: str, ahead: str) -> None:
    body = _DONE + ahead + "\n（一）加强执法队伍建设。组织培训不少于4次。\n"
    assert work_ahead_year(title, body) is None


def test_validity_over_a_year_its_text_names() -> None:
    page = (
        "临湖县农村住房抗震改造补助办法（试行）\n发布时间：2025-11-20\n一、工作任务\n"
        "（一）组织实施改造。2026年完成农房抗震改造1200户。责任单位：县住建局。\n"
        "（二）开展质量检查。责任单位：县住建局。\n二、附则\n本办法有效期为2026年1月1日至2027年12月31日。\n"
    )
    doc = _doc(page)
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (2026, 2027)
