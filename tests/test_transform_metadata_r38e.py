"""Round 38e: metadata on reposts, news pages and notices printed the ways real portals print them.

- a byline of the issuing body and a date on one line under the title ("某区人民政府办公室
  2024年3月5日") gives the issuer and the publish date;
- a news page's source line at its bottom ("（来源：某县农业农村局）", "供稿：…") gives the issuer;
- a news headline that reports a plan under a short subject ("我县印发2024年…方案") takes the full
  name its opening gives in 《》 as the plan title;
- a notice that changes part of a plan ("关于调整《X》部分内容的通知") names X as its plan title;
- a title that puts its issuers before 印发《…》 names them as the issuer.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.metadata_issuer import bottom_source
from transform.metadata_top import body_date_byline, reported_full_name
from transform.notice_titles import amended_plan

ITEMS = "一、重点任务\n1.完善设施。（责任单位：{u}）\n2.健全机制。（责任单位：{u}）\n"


def _doc(text: str) -> dict:
    return parse_document(text, source="n.txt", is_text=True).document


# ---- body and date on one byline under the title


@pytest.mark.parametrize(
    "byline, issuer, date",
    [
        ("东阳区人民政府办公室\u30002024年3月5日", "东阳区人民政府办公室", "2024-03-05"),
        ("平川县教育和体育局 2024-02-22", "平川县教育和体育局", "2024-02-22"),
        ("東湖區人民政府辦公室\u30002024年4月18日", "東湖區人民政府辦公室", "2024-04-18"),
    ],
)
def test_body_and_date_byline_under_the_title(byline, issuer, date):
    doc = _doc("某区2024年城市更新工作要点\n" + byline + "\n" + ITEMS.format(u="区住建局"))
    assert doc["issuer"] == issuer
    assert str(doc["publish_date"])[:10] == date


@pytest.mark.parametrize(
    "top",
    [
        ["某区2024年工作要点", "各街道办事处\u30002024年3月5日"],  # addressees
        ["某区2024年工作要点", "一、总体要求", "二、重点任务", "三、保障措施", "某区人民政府办公室 2024年3月5日"],
        ["某区2024年工作要点", "现将有关事项通知如下 2024年3月5日"],
    ],
)
def test_no_body_date_byline(top):
    assert body_date_byline(top, "某区2024年工作要点") is None


# ---- a source line at a news page's bottom


@pytest.mark.parametrize(
    "lines, body",
    [
        (["正文。", "（来源：长丰县农业农村局）"], "长丰县农业农村局"),
        (["正文。", "供稿：临川市发展和改革委员会", "责任编辑：孙丽", "2024-04-12"], "临川市发展和改革委员会"),
        (["正文。", "【来源：某区融媒体中心】"], "某区融媒体中心"),
        (["正文。", "来源：某县发改局　编辑：张三"], "某县发改局"),
        (["正文。", "信息来源：某县农业农村局 审核：王五 编辑：赵六"], "某县农业农村局"),
        (["正文。", "（來源：清溪縣鄉村振興局）"], None),  # a traditional page is read in its working copy
    ],
)
def test_bottom_source_line(lines, body):
    assert bottom_source(lines) == body


@pytest.mark.parametrize(
    "lines",
    [
        ["正文。", "（来源：某某新闻网）"],  # a website
        ["数据来源：市统计局。全年完成目标。"],  # a sentence
        ["正文。", "（来源：本网原创）"],
        ["正文。", "来源：某某新闻网　编辑：张三"],
    ],
)
def test_bottom_source_names_no_body(lines):
    assert bottom_source(lines) is None


def test_bottom_source_gives_a_news_page_its_issuer():
    page = "我县出台2024年夏粮生产工作方案\n" + ITEMS.format(u="县农业农村局") + "（来源：长丰县农业农村局）\n2024-05-16\n"
    assert _doc(page)["issuer"] == "长丰县农业农村局"


def test_traditional_bottom_source_gives_the_issuer_as_printed():
    page = "我縣出臺2024年鄉村振興重點工作方案\n" + ITEMS.format(u="縣鄉村振興局") + "（來源：清溪縣鄉村振興局）\n"
    assert _doc(page)["issuer"] == "清溪縣鄉村振興局"


# ---- a news headline reporting a plan under a short subject


NEWS = "{title}\n{opening}\n" + ITEMS.format(u="县农业农村局")


@pytest.mark.parametrize(
    "title, opening, plan",
    [
        ("我县印发2024年夏粮生产工作方案", "近日，长丰县印发《长丰县2024年夏粮生产工作方案》，明确了重点任务。",
         "长丰县2024年夏粮生产工作方案"),
        ("我市出台2024年“菜篮子”保供稳价工作方案", "日前，临川市印发《临川市2024年“菜篮子”保供稳价工作方案》。",
         "临川市2024年“菜篮子”保供稳价工作方案"),
        ("我縣出臺2024年鄉村振興重點工作方案", "近日，清溪縣印發《清溪縣2024年鄉村振興重點工作方案》。",
         "清溪縣2024年鄉村振興重點工作方案"),
    ],
)
def test_news_headline_takes_the_full_name_of_its_plan(title, opening, plan):
    assert _doc(NEWS.format(title=title, opening=opening))["plan_title"] == plan


@pytest.mark.parametrize(
    "title, top",
    [
        ("我县印发2024年夏粮生产工作方案", ["我县印发2024年夏粮生产工作方案", "近日，县里印发《某县秋粮收购方案》。"]),
        ("某县2024年夏粮生产工作方案", ["某县2024年夏粮生产工作方案", "印发《长丰县2024年夏粮生产工作方案》"]),
        ("关于印发2024年夏粮生产工作方案的通知", ["x", "印发《长丰县2024年夏粮生产工作方案》"]),
    ],
)
def test_no_full_name_for_other_headlines(title, top):
    assert reported_full_name(title, top) is None


# ---- a notice that changes part of a plan


@pytest.mark.parametrize(
    "title, plan",
    [
        ("关于调整《白石县2024年重点项目建设攻坚行动方案》部分内容的通知", "白石县2024年重点项目建设攻坚行动方案"),
        ("关于修订《某市城市更新实施方案》的通知", "某市城市更新实施方案"),
        ("关于对《某县乡村振兴工作方案》有关条款进行修改的通知", "某县乡村振兴工作方案"),
        ("关于补充《某区2024年民生实事项目》的通知", "某区2024年民生实事项目"),
    ],
)
def test_amended_plan(title, plan):
    assert amended_plan(title) == plan


@pytest.mark.parametrize(
    "title",
    ["关于废止《某县某方案》的通知", "关于做好《某方案》落实工作的通知", "关于调整某县领导小组成员的通知"],
)
def test_no_amended_plan(title):
    assert amended_plan(title) is None


def test_amending_notice_page_names_its_plan():
    page = (
        "关于调整《白石县2024年重点项目建设攻坚行动方案》部分内容的通知\n白政办发〔2024〕22号\n"
        "各乡镇人民政府：\n经县政府同意，现对方案部分内容调整如下：\n"
        + ITEMS.format(u="县住房和城乡建设局")
        + "白石县人民政府办公室\n2024年7月9日\n"
    )
    assert _doc(page)["plan_title"] == "白石县2024年重点项目建设攻坚行动方案"


# ---- issuers before 印发《…》 in the title


@pytest.mark.parametrize(
    "title, issuer",
    [
        ("中共黔岭省委办公厅\u3000黔岭省人民政府办公厅印发《黔岭省加快推进数字政府建设实施方案》的通知",
         "中共黔岭省委办公厅\u3000黔岭省人民政府办公厅"),
        ("某市人民政府办公室印发《某市2024年重点工作任务》的通知", "某市人民政府办公室"),
        ("某县发展和改革局转发《某市2024年价格监测方案》的通知", "某县发展和改革局"),
    ],
)
def test_issuers_before_the_issuing_verb(title, issuer):
    doc = _doc(title + "\n发布时间：2024-07-02\n" + ITEMS.format(u="县发改局"))
    assert (doc["issuer"] or "").replace(" ", "\u3000") == issuer


@pytest.mark.parametrize(
    "title",
    ["近日，市发改委印发《某市2024年重点工作任务》", "我县印发《某县2024年重点工作任务》"],
)
def test_no_issuer_from_a_news_sentence(title):
    doc = _doc(title + "\n" + ITEMS.format(u="县发改局"))
    assert doc["issuer"] is None


# ---- a mirror's site name or repost tag around the headline


NOTICE_BODY = (
    "各乡镇人民政府：\n现将《某县2024年工作要点》印发给你们。\n某县人民政府办公室\n2024年3月2日\n"
    "某县2024年工作要点\n" + ITEMS.format(u="县住建局")
)


@pytest.mark.parametrize(
    "headline",
    [
        "关于印发《某县2024年工作要点》的通知_某某政策资讯网",
        "关于印发《某县2024年工作要点》的通知 - 某某律师网",
        "关于印发《某县2024年工作要点》的通知|某某法规网",
        "【转载】关于印发《某县2024年工作要点》的通知",
    ],
)
def test_mirror_site_name_and_repost_tag_are_cut(headline):
    assert _doc(headline + "\n" + NOTICE_BODY)["title"] == "关于印发《某县2024年工作要点》的通知"


@pytest.mark.parametrize(
    "headline",
    ["关于印发某县加快建设5G网络实施方案的通知", "关于印发某县城乡供水一张网建设方案的通知"],
)
def test_a_title_that_names_a_network_stays(headline):
    assert _doc(headline + "\n" + NOTICE_BODY)["title"] == headline


# ---- plan years printed as 年度 ranges


@pytest.mark.parametrize(
    "title, years",
    [
        ("某县2024年度至2026年度农村公路建设方案", (2024, 2026)),
        ("某县2023年度—2025年度农村公路建设计划", (2023, 2025)),
        ("关于印发某县二〇二四年度至二〇二六年度农村公路建设方案的通知", (2024, 2026)),
        ("某县2024年度农村公路建设计划", (2024, 2024)),
    ],
)
def test_plan_years_of_a_year_range_printed_with_nian_du(title, years):
    doc = _doc(title + "\n" + ITEMS.format(u="县交通运输局"))
    assert (doc["plan_start_year"], doc["plan_end_year"]) == years


# ---- a disclosure note between the signature's name and its date


SIGNED = (
    "关于印发《某县2024年工作要点》的通知\n各乡镇人民政府：\n现将《某县2024年工作要点》印发给你们。\n{sig}\n"
    "某县2024年工作要点\n" + ITEMS.format(u="县住建局")
)


@pytest.mark.parametrize(
    "sig, issuer",
    [
        ("某县人民政府办公室\n（此件公开发布）\n2024年3月2日", "某县人民政府办公室"),
        ("某县人民政府办公室\n(此件主动公开)\n2024年3月2日", "某县人民政府办公室"),
        ("某縣人民政府辦公室\n（此件公開發布）\n2024年3月2日", "某縣人民政府辦公室"),
        ("某县人民政府办公室\n2024年3月2日\n（此件公开发布）", "某县人民政府办公室"),
    ],
)
def test_disclosure_note_is_no_part_of_the_signer(sig, issuer):
    doc = _doc(SIGNED.format(sig=sig))
    assert doc["issuer"] == issuer
    assert str(doc["publish_date"]) == "2024-03-02"


# ---- an account's byline with several names before its stamp


@pytest.mark.parametrize(
    "byline, day",
    [
        ("原创 某某发布 某某发布 2024-03-15 18:30 发表于江西", "2024-03-15"),
        ("原创 张三 某某发布 2024年03月15日 18:30", "2024-03-15"),
        ("某某融媒 某某县融媒体中心 2024-03-16 09:05:11", "2024-03-16"),
    ],
)
def test_account_byline_gives_the_date(byline, day):
    page = "我市印发2024年城市更新行动方案\n" + byline + "\n" + ITEMS.format(u="市住建局")
    assert str(_doc(page)["publish_date"]) == day


def test_a_sentence_with_a_stamp_gives_no_date():
    page = "我市印发2024年城市更新行动方案\n今天 有 雨 2024-03-15 18:30 天气\n" + ITEMS.format(u="市住建局")
    assert _doc(page)["publish_date"] is None
