"""Round 40d: metadata and is_plan on portals and renderings not yet written.

- a Taiwan mirror's title names its plan years in the Republic of China calendar ("113年度",
  "（113年至115年）"): year + 1911 (`planyears._roc_years`);
- a repost's label before the headline on the page's first line ("转载：关于印发《…》的通知") is cut,
  unless the rest reads as the source's name ("转载：某市人民政府网") (`metadata_tags.without_repost_label`);
- a <title> that is the page's printed headline joined to the site's name by a bare dash or bar
  ("某市政府卫生局-某市…计划") gives way to that headline (`metadata_top.headline_in_tag`);
- a weak date label closed by its own tag before the date ("<small>时间:</small>2025-02-18", a
  织梦 template's info line) opens the 信息公开 block (`html_parts._XXGK_FIRST`);
- an official account's page whose publish time is filled at run time dates itself from the script
  variable (`var createTime = '2025-02-14 18:30'`: `html_parts.script_time`);
- an info line without labels that prints the date first and the body after it, maybe with a hits
  counter ("2026-03-02　某县人民政府办公室　浏览次数：128"), dates the page and names its issuer
  (`metadata_top.body_date_byline`);
- `資料來源：` / `资料来源：` in a page's first lines (a Taiwan mirror's info line) or on its last lines
  (a repost's source) names the issuer; deeper in a body it cites a table's figures and names none
  (`metadata_labels.toml`: `head_only`);
- a news headline whose subject is a place's bare name right before the verb ("石门县印发2025年稳就业
  工作方案") over a page that prints none of the plan's work is no plan, as "我县印发…" is not
  (`plan_judging._place_news`, `lexicons/plan_news_place_endings.txt`);
- a Taiwan mirror's signature dated "中華民國114年2月10日" dates the page and names the signer
  (`metadata._DATE_LINE`);
- a repost platform's own name as the <title> ("今日头条") names no document: the page's <h1> is
  the title (`lexicons/site_page_titles.txt`);
- a notice forwarding a higher body's 印发 notice ("转发《某市人民政府办公室关于印发X的通知》的通知")
  names X as its plan, not the notice it forwards (`metadata._inner_of_notice`);
- the printed headline in the block right before a 信息公开 <table> is read with the table
  (`html_parts.headline_before`): "某县人民政府办公室关于转发…的通知" over a <title> without the issuer;
- an HTML info line under the headline whose spans print the date and then a body
  (`<span>2025-05-20</span><span>某区交通运输局</span>`) names the issuer (`metadata_top.info_line_body`);
- an official account's article whose author field names a body (`<span class="rich_media_meta
  rich_media_meta_text">某县民政局</span>`) names the issuer (`html_parts.headline_meta`,
  `metadata._author_body`);
- a headline wrapped over two lines whose first half names the plan's year ("某县2025年城乡环境综合
  整治" / "百日攻坚行动方案", a title <div> with a <br>) is read whole; a date above a kind is not joined
  (`metadata_tags.kind_tail_headline`);
- a 版记 print line under the title, a body and a date with 印发 ("中共某镇委员会办公室  2025年2月25日印发"),
  dates the page (`metadata_top.body_date_byline`);
- an explainer's word set off by 丨 or ︱ ("图解丨2025年县政府工作报告") is no part of the plan's name
  (`metadata._EXPLAINER_HEAD`);
- a byline of a body and a date stamp with its clock and hits ("某县人民政府　2025-04-09 16:30:21　阅读量：1032")
  names the issuer (`metadata_top._BODY_DATE`);
- an info line whose labels stand in their own elements without a colon
  (`<label>发布日期</label><span>2025-03-19</span><label>信息来源</label>…`) is read as the 信息公开 block,
  each <label> a cell (`html_parts._XXGK_FIRST`, `html._Q_CELL`).
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.html_parts import script_time
from transform.metadata_tags import kind_tail_headline, without_repost_label
from transform.metadata_top import headline_in_tag
from transform.planyears import plan_years, plan_years_of

ITEMS = "一、经济发展\n1.新增规上企业。责任单位：镇经济发展办。\n2.发展特色产业。责任单位：镇农业服务中心。\n"


def _doc(text: str, source: str = "n.txt") -> dict:
    return parse_document(text, source=source, is_text=True).document


# ---- plan years in the Republic of China calendar


@pytest.mark.parametrize(
    "title, want",
    [
        ("新竹縣113年度推動社區照顧關懷據點實施計畫", (2024, 2024)),
        ("桃源市數位治理推動計畫（113年至115年）", (2024, 2026)),
        ("臺中市112-114年度青年就業促進方案", (2023, 2025)),
        ("花蓮縣114年度防汛整備工作計畫", (2025, 2025)),
    ],
)
def test_roc_plan_years(title, want):
    assert plan_years(title) == want


@pytest.mark.parametrize(
    "title",
    [
        "某县庆祝建党100年系列活动方案",  # an anniversary, no calendar year
        "某县2024年110千伏输变电工程建设方案",  # a Western year comes first
        "某县第120年度校庆筹备方案",  # a school's count of years after 第
    ],
)
def test_roc_plan_years_not_read(title):
    got = plan_years(title)
    assert got in ((None, None), (2024, 2024)), got
    assert 2031 not in got and 2011 not in got


def test_roc_plan_years_on_a_mirror_page():
    text = (
        "彰化縣113年度長照服務推動計畫\n發布日期：113-03-05\n"
        "一、擴充服務據點。（主辦單位：衛生局）\n二、培訓照顧人力。（主辦單位：勞工處）\n"
    )
    doc = _doc(text)
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (2024, 2024)
    assert plan_years_of(("桃源市數位治理推動計畫（113年至115年）",), "", 2024) == (2024, 2026)


# ---- a repost's label before the headline


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "转载：关于印发《某市2025年优化营商环境重点任务清单》的通知\n来源：某市人民政府网　发布时间：2025-03-21\n"
            "现将《某市2025年优化营商环境重点任务清单》印发给你们。\n",
            "关于印发《某市2025年优化营商环境重点任务清单》的通知",
        ),
        (
            "转自： 我县部署2025年秋冬季大气污染防治工作\n发布时间：2025-10-15\n"
            "10月14日，县政府召开推进会，部署当前重点工作。\n",
            "我县部署2025年秋冬季大气污染防治工作",
        ),
        (
            "转帖:某镇2025年人居环境整治工作要点\n发布日期：2025-05-06\n"
            "一、开展村庄清洁行动。（责任单位：镇村建办）\n二、推进厕所改造。（责任单位：镇农服中心）\n",
            "某镇2025年人居环境整治工作要点",
        ),
    ],
)
def test_repost_label_before_headline(text, want):
    assert _doc(text)["title"] == want


@pytest.mark.parametrize(
    "line",
    [
        "转载：某市人民政府网",  # the source's name
        "转自：某县融媒体中心",
        "转载：某某日报 2025-03-01 10:20",  # a byline with a date
        "转载：短标题",  # too short for a headline
    ],
)
def test_repost_label_before_a_source_stays(line):
    top = [line, "关于印发《某县2025年工作要点》的通知"]
    assert without_repost_label(top) == top


def test_repost_label_only_on_the_first_line():
    top = ["某县2025年工作要点", "转载：关于印发《某县2025年工作要点》的通知"]
    assert without_repost_label(top) == top


# ---- a <title> of the headline and the site's name joined by a bare dash

PAGE = (
    "<html><head><meta charset='utf-8'><title>{tag}</title></head><body>"
    "<div class='nav'>首页 &gt; 业务资讯</div><div class='cp'><h2>{head}</h2>"
    "<div class='info'>发布日期：2024-05-02</div><div class='edit'>"
    "<p>一、扩充服务据点。（主办单位：卫生局）</p><p>二、培训照顾人力。（主办单位：劳动局）</p>"
    "</div></div></body></html>"
)


def _html(tag: str, head: str) -> dict:
    return parse_document(PAGE.format(tag=tag, head=head).encode("utf-8"), source="p.html").document


@pytest.mark.parametrize(
    "tag, head",
    [
        ("某市政府卫生局-某市113年度长期照顾服务推动计划", "某市113年度长期照顾服务推动计划"),
        ("某县2025年全民健身实施计划|某县教育和体育局", "某县2025年全民健身实施计划"),
        ("某区人民政府－某区2025年节约用水工作实施方案", "某区2025年节约用水工作实施方案"),
    ],
)
def test_headline_over_title_tag_with_site(tag, head):
    assert _html(tag, head)["title"] == head


@pytest.mark.parametrize(
    "tag, head",
    [
        # the dash is inside a year span: no site's name
        ("某县2024-2026年养老服务体系建设方案", "2026年养老服务体系建设方案"),
        # the rest is long: no site's name but the headline's own words
        (
            "关于印发某县农村人居环境整治提升五年行动实施方案的通知-某县2025年农村人居环境整治方案",
            "某县2025年农村人居环境整治方案",
        ),
        # no join mark between them
        ("某县人民政府某县2025年节约用水工作方案", "某县2025年节约用水工作方案"),
    ],
)
def test_title_tag_kept(tag, head):
    assert headline_in_tag(tag, head) == tag


# ---- a weak date label closed by its tag before the date

INFO = (
    "<html><head><meta charset='utf-8'><title>某县2025年春耕生产工作方案_某县人民政府</title></head><body>"
    "<div class='place'>当前位置: 主页 &gt; 政务公开</div><div class='viewbox'>"
    "<div class='title'><h2>某县2025年春耕生产工作方案</h2></div><div class='info'>{info}</div>"
    "<div class='content'><p>一、抓好春播备耕。（牵头单位：县农业农村局）</p>"
    "<p>二、强化农资监管。（牵头单位：县市场监督管理局）</p>"
    "<p style='text-align:right'>某县农业农村局</p><p style='text-align:right'>2025年2月17日</p>"
    "</div></div></body></html>"
)


def _info(info: str) -> dict:
    return parse_document(INFO.format(info=info).encode("utf-8"), source="p.html").document


@pytest.mark.parametrize(
    "info",
    [
        "<small>时间:</small>2025-02-18 16:05<small>来源:</small>某县农业农村局<small>点击:</small>次",
        "<span>日期：</span><span>2025-02-18</span>　<span>来源：某县农业农村局</span>",
        "<b>时间：</b> 2025/02/18　<b>作者：</b>admin",
    ],
)
def test_weak_date_label_closed_by_tag(info):
    doc = _info(info)
    assert str(doc["publish_date"]) == "2025-02-18"
    assert doc["issuer"] == "某县农业农村局"  # an author field glued after the source ends it


@pytest.mark.parametrize(
    "info",
    [
        "<small>会议时间:</small>2025-02-18 16:05",  # a field of the text, no page date label
        "<small>时间:</small>16:05<small>来源:</small>某县农业农村局",  # no year after it
    ],
)
def test_weak_date_label_without_date_not_read(info):
    assert str(_info(info)["publish_date"]) == "2025-02-17"  # the date under the signature


# ---- a publish time given only by a script variable

WECHAT = (
    "<html><head><meta charset='utf-8'><title>某县2025年困难群众帮扶工作方案</title></head>"
    "<body id='activity-detail'><div id='page-content'><h1 class='rich_media_title'>某县2025年困难群众帮扶工作方案</h1>"
    "<div id='meta_content'><a id='js_name'>某县民政</a><em id='{em}' class='rich_media_meta_text'></em></div>"
    "<div class='rich_media_content' id='js_content'><p>一、开展走访排查。（牵头单位：县民政局）</p>"
    "<p>二、落实临时救助。（牵头单位：县民政局；配合单位：县财政局）</p></div></div>"
    "<script>{script}</script></body></html>"
)


def _wechat(script: str, em: str = "publish_time") -> dict:
    page = WECHAT.format(script=script, em=em)
    return parse_document(page.encode("utf-8"), source="p.html").document


@pytest.mark.parametrize(
    "script, em",
    [
        ("var createTime = '2025-02-14 18:30'; var ct = \"1739529000\";", "publish_time"),
        ('var publishTime="2025-02-14";', "post-date"),
        ("var  createTime\t= '2025-02-14 18:30:05';", "publish_time"),
    ],
)
def test_script_publish_time(script, em):
    assert str(_wechat(script, em)["publish_date"]) == "2025-02-14"


@pytest.mark.parametrize(
    "script",
    [
        "var createTime = '';",  # filled nowhere
        "var ct = \"1739529000\"; var msg_title = '2025-02-14 通知';",  # no named variable
        "var createTime = '02-14 18:30';",  # no whole date
    ],
)
def test_script_publish_time_not_read(script):
    assert _wechat(script)["publish_date"] is None
    assert script_time(WECHAT.format(script=script, em="x")) is None


# ---- an info line of a date and a body without labels

PLAN = "{head}\n{info}\n一、抓好春播备耕。（牵头单位：县农业农村局）\n二、强化农资监管。（牵头单位：县市场监督管理局）\n"


@pytest.mark.parametrize(
    "info, issuer, when",
    [
        ("2026-03-02　柳溪县人民政府办公室　浏览次数：128", "柳溪县人民政府办公室", "2026-03-02"),
        ("2025-04-11　长兴镇人民政府", "长兴镇人民政府", "2025-04-11"),
        ("2025年4月11日 09:30 某县农业农村局 阅读 56次", "某县农业农村局", "2025-04-11"),
    ],
)
def test_date_first_info_line(info, issuer, when):
    doc = _doc(PLAN.format(head="某县2025年春耕生产工作方案", info=info))
    assert doc["issuer"] == issuer
    assert str(doc["publish_date"]) == when


@pytest.mark.parametrize(
    "info",
    [
        "2025-04-11　各乡镇人民政府",  # addressees
        "2025-04-11　县委书记张某某到长兴镇调研春耕生产",  # a sentence, no body's name
    ],
)
def test_date_first_line_not_a_byline(info):
    doc = _doc(PLAN.format(head="某县2025年春耕生产工作方案", info=info))
    assert doc["issuer"] is None


# ---- 資料來源 on a mirror's info line or at a repost's bottom

TRAD_PLAN = "{head}\n{info}\n一、擴充服務據點。（主辦單位：衛生局）\n二、培訓照顧人力。（主辦單位：勞動局）\n"


@pytest.mark.parametrize(
    "text, issuer",
    [
        (
            TRAD_PLAN.format(
                head="新竹縣113年度長照服務推動計畫", info="發布日期：113-03-05\n資料來源：新竹縣政府社會處"
            ),
            "新竹縣政府社會處",
        ),
        (
            TRAD_PLAN.format(
                head="某市113年度長照服務推動計畫",
                info="發布日期：2024-03-05　資料來源：某市政府衛生局　點閱數：20",
            ),
            "某市政府衛生局",
        ),
        (
            "转载：我县部署2025年秋冬季大气污染防治工作\n发布时间：2025-10-15\n"
            "10月14日，县政府召开推进会，部署当前及今后一个时期重点工作。\n资料来源：某县融媒体中心\n",
            "某县融媒体中心",
        ),
    ],
)
def test_data_source_names_issuer(text, issuer):
    assert _doc(text)["issuer"] == issuer


def test_data_source_on_a_mirror_html():
    page = (
        "<html><head><meta charset='utf-8'><title>某市政府衛生局-某市113年度長照服務推動計畫</title></head><body>"
        "<div class='cp'><h2>某市113年度長照服務推動計畫</h2><ul class='info'><li>發布日期：113-05-02</li>"
        "<li>資料來源：某市政府衛生局</li><li>點閱數：210</li></ul><div class='edit'>"
        "<p>一、擴充服務據點。（主辦單位：衛生局）</p><p>二、推動失智照護。（主辦單位：衛生局）</p></div></div></body></html>"
    )
    doc = parse_document(page.encode("utf-8"), source="p.html").document
    assert doc["issuer"] == "某市政府衛生局"
    assert str(doc["publish_date"]) == "2024-05-02"


def test_data_source_under_a_table_in_the_body():
    filler = "".join(f"（{i}）推进第{i}项工作。\n" for i in range(1, 31))
    text = (
        "某县2025年统计工作要点\n发布日期：2025-03-01\n一、重点任务\n"
        + filler
        + "二、主要指标\n指标 | 2024年 | 2025年\n地区生产总值 | 100 | 106\n资料来源：县统计局\n"
        + "三、保障措施\n加强组织领导。\n（一）明确责任。\n（二）强化督查。\n"
    )
    assert _doc(text)["issuer"] is None


def test_data_source_ranks_below_issuer_label():
    text = TRAD_PLAN.format(
        head="某縣113年度長照服務推動計畫", info="發布機構：某縣政府\n資料來源：某縣統計室"
    )
    assert _doc(text)["issuer"] == "某縣政府"


# ---- a place's news headline reporting a plan issued

NEWS = (
    "{head}\n2025-03-08 17:42　某县融媒体中心\n"
    "近日，{who}印发《{plan}》，从扩大就业容量、强化重点群体帮扶等方面作出部署。\n"
    "《方案》提出，要落实各项稳岗政策，拓宽高校毕业生就业渠道。\n"
    "有关负责人表示，将会同有关部门抓好落实。\n"
)


@pytest.mark.parametrize(
    "head, plan",
    [
        ("石门县印发2025年稳就业工作方案", "石门县2025年稳就业工作方案"),
        ("长丰县出台加快发展低空经济若干措施", "长丰县加快发展低空经济若干措施"),
        ("城南街道发布2025年民生实事项目计划", "城南街道2025年民生实事项目计划"),
    ],
)
def test_place_news_of_a_plan_is_no_plan(head, plan):
    assert _doc(NEWS.format(head=head, who="县政府办公室", plan=plan))["is_plan"] is False


def test_place_news_over_the_plan_text_stays_a_plan():
    text = (
        "石门县印发2025年稳就业工作方案\n发布时间：2025-03-08\n"
        "一、扩大就业容量。（牵头单位：县人力资源和社会保障局）\n"
        "二、强化重点群体帮扶。（牵头单位：县人力资源和社会保障局；配合单位：县教育局）\n"
        "三、优化就业服务。（牵头单位：县人力资源和社会保障局）\n"
    )
    assert _doc(text)["is_plan"] is True


@pytest.mark.parametrize(
    "head",
    [
        "石门县印发2025年稳就业工作方案的通知",  # a notice's title: the attachment-only plan it issues
        "石门县人民政府办公室印发2025年稳就业工作方案",  # a body's name, no place's bare name
    ],
)
def test_place_news_rule_not_on_notices(head):
    text = f"{head}\n发布日期：2025-03-08\n现将《石门县2025年稳就业工作方案》印发给你们，请认真贯彻落实。\n"
    assert _doc(text)["is_plan"] is True


# ---- a signature dated in the ROC calendar


@pytest.mark.parametrize(
    "sign, when",
    [
        ("中華民國114年2月10日", "2025-02-10"),
        ("中华民国113年12月3日", "2024-12-03"),
        ("民國 112 年 5 月 8 日", "2023-05-08"),
    ],
)
def test_roc_signature_date(sign, when):
    text = (
        "屏東縣114年度推動社區營造實施計畫\n一、輔導社區提案。（主辦單位：文化處）\n"
        f"二、辦理社造人才培訓。（主辦單位：文化處）\n屏東縣政府\n{sign}\n"
    )
    doc = _doc(text)
    assert str(doc["publish_date"]) == when
    assert doc["issuer"] == "屏東縣政府"


@pytest.mark.parametrize(
    "line",
    [
        "民國114年2月",  # no day: no signature's date
        "中華民國114年2月10日起施行",  # a sentence
    ],
)
def test_roc_signature_date_not_read(line):
    text = f"某縣114年度推動計畫\n一、輔導社區提案。（主辦單位：文化處）\n某縣政府\n{line}\n"
    assert _doc(text)["publish_date"] is None


# ---- a repost platform's name as the <title>

PLATFORM = (
    "<html><head><meta charset='utf-8'><title>{tag}</title></head><body>"
    "<div class='article__header'><h1 class='article__title'>某县2025年城乡居民医保征缴工作方案</h1>"
    "<div class='article__meta'><span>2025-08-01 09:12</span></div></div><div class='article__content'>"
    "<p>一、开展政策宣传。（牵头单位：县医疗保障局）</p><p>二、做好信息比对。（牵头单位：县税务局）</p>"
    "</div></body></html>"
)


@pytest.mark.parametrize("tag", ["今日头条", "百家号", "微信公众平台"])
def test_platform_title_is_no_document(tag):
    doc = parse_document(PLATFORM.format(tag=tag).encode("utf-8"), source="p.html").document
    assert doc["title"] == "某县2025年城乡居民医保征缴工作方案"


@pytest.mark.parametrize(
    "tag", ["某县2025年城乡居民医保征缴工作方案_今日头条", "头条新闻：某县部署医保征缴工作"]
)
def test_platform_word_inside_a_title_stays(tag):
    doc = parse_document(PLATFORM.format(tag=tag).encode("utf-8"), source="p.html").document
    assert doc["title"] in ("某县2025年城乡居民医保征缴工作方案", "头条新闻：某县部署医保征缴工作")
    assert doc["title"] != "今日头条"


# ---- a forwarded 印发 notice names the plan it issues


@pytest.mark.parametrize(
    "title, plan",
    [
        (
            "某县人民政府办公室关于转发《某市人民政府办公室关于印发某市2025年冬春季森林防火工作方案的通知》的通知",
            "某市2025年冬春季森林防火工作方案",
        ),
        (
            "关于转发《某省人民政府办公厅关于印发某省推动大规模设备更新实施方案的通知》的通知",
            "某省推动大规模设备更新实施方案",
        ),
        (
            "某镇人民政府关于转发《某县农业农村局关于印发某县2025年耕地保护工作计划的通知》的通知",
            "某县2025年耕地保护工作计划",
        ),
    ],
)
def test_forwarded_issuing_notice_names_the_plan(title, plan):
    text = f"{title}\n发布日期：2025-11-03\n各乡镇人民政府：\n现将上级文件转发给你们，请认真贯彻落实。\n"
    assert _doc(text)["plan_title"] == plan


@pytest.mark.parametrize(
    "title, plan",
    [
        # the forwarded notice issues no plan: it is no plan's name either way
        ("关于转发《某市人民政府办公室关于做好2025年春节期间安全生产工作的通知》的通知", None),
        # a plain 印发 notice: the name in 《》 as before
        ("关于印发《某县2025年耕地保护工作计划》的通知", "某县2025年耕地保护工作计划"),
    ],
)
def test_forwarded_rule_leaves_others(title, plan):
    text = f"{title}\n发布日期：2025-11-03\n各乡镇人民政府：\n现将文件转发给你们，请认真贯彻落实。\n"
    got = _doc(text)["plan_title"]
    if plan is None:
        assert got is None or "通知" in got
    else:
        assert got == plan


# ---- the printed headline right before the 信息公开 table

TABLE_PAGE = (
    "<html><head><meta charset='utf-8'><title>关于转发《某市人民政府办公室关于印发某市2025年森林防火工作方案的通知》"
    "的通知_通知公告_某县人民政府</title></head><body><div class='position'>当前位置：<a href='/'>首页</a></div>"
    "{head}<table class='xxgk'><tr><td>发布机构：</td><td>某县人民政府办公室</td><td>发文字号：</td>"
    "<td>某政办传〔2025〕33号</td></tr><tr><td>发布日期：</td><td>2025-11-03</td></tr></table>"
    "<div class='zw'><p>各乡镇人民政府：</p><p>现将文件转发给你们，请认真贯彻落实。</p></div></body></html>"
)
PRINTED = "某县人民政府办公室关于转发《某市人民政府办公室关于印发某市2025年森林防火工作方案的通知》的通知"


def _table_page(head: str) -> dict:
    return parse_document(TABLE_PAGE.format(head=head).encode("utf-8"), source="p.html").document


@pytest.mark.parametrize(
    "head",
    [
        f"<div class='zw-title'>{PRINTED}</div>",
        f"<h1>{PRINTED}</h1>\n",
        f"<p class='bt'>{PRINTED}</p>",
    ],
)
def test_headline_before_info_table(head):
    assert _table_page(head)["title"] == PRINTED


@pytest.mark.parametrize(
    "head",
    [
        f"<div class='zw-title'><span>{PRINTED}</span><a href='#'>打印</a></div>",  # markup inside
        "<div class='intro'>" + "某" * 320 + "</div>",  # a paragraph, no headline
    ],
)
def test_no_headline_before_info_table(head):
    assert _table_page(head)["title"] == PRINTED[9:]  # the <title>'s words


# ---- an HTML info line of a date and a body in spans

MOBILE = (
    "<html><head><meta charset='utf-8'><title>某区人民政府</title></head><body>"
    "<div class='m-top'><span>某区人民政府</span></div><div class='m-detail'>"
    "<h1>某区2025年海上交通安全专项整治方案</h1><div class='m-source'>{info}</div><div class='m-con'>"
    "<p>一、开展渔船隐患排查。（牵头单位：区海洋与渔业局）</p><p>二、整治非法载客。（牵头单位：区交通运输局）</p>"
    "</div></div></body></html>"
)


def _mobile(info: str) -> dict:
    return parse_document(MOBILE.format(info=info).encode("utf-8"), source="p.html").document


@pytest.mark.parametrize(
    "info, issuer",
    [
        ("<span>2025-05-20</span><span>某区交通运输局</span>", "某区交通运输局"),
        (
            "<span class='time'>2025-05-20 09:12</span><span class='source'>某区人民政府办公室</span>",
            "某区人民政府办公室",
        ),
        ("<em>2025-05-20</em><em>某区应急管理局</em><em>阅读 56次</em>", "某区应急管理局"),
    ],
)
def test_info_line_spans_name_issuer(info, issuer):
    doc = _mobile(info)
    assert doc["issuer"] == issuer
    assert str(doc["publish_date"]) == "2025-05-20"


@pytest.mark.parametrize(
    "info",
    [
        "<span>2025-05-20</span><span>各镇人民政府</span>",  # addressees
        "<span>2025-05-20</span><span>编辑张三</span>",  # a person, no body
    ],
)
def test_info_line_spans_without_body(info):
    doc = _mobile(info)
    assert doc["issuer"] is None
    assert str(doc["publish_date"]) == "2025-05-20"


# ---- an account article's author field naming a body

ACCOUNT = (
    "<html><head><meta charset='utf-8'><title>某县2025年困难群众帮扶工作方案</title></head><body>"
    "<div id='page-content'><h1 class='rich_media_title'>某县2025年困难群众帮扶工作方案</h1>"
    "<div id='meta_content'><span class='rich_media_meta rich_media_meta_text'>{author}</span>"
    "<span class='rich_media_meta rich_media_meta_nickname'><a id='js_name'>某县民政</a></span>"
    "<em id='publish_time' class='rich_media_meta rich_media_meta_text'>2025-02-14 18:30</em></div>"
    "<div class='rich_media_content' id='js_content'><p>一、开展走访排查。（牵头单位：县民政局）</p>"
    "<p>二、落实临时救助。（牵头单位：县民政局）</p></div></div></body></html>"
)


def _account(author: str) -> dict:
    return parse_document(ACCOUNT.format(author=author).encode("utf-8"), source="p.html").document


@pytest.mark.parametrize("author", ["某县民政局", "某区人民政府办公室", "城关街道办事处"])
def test_account_author_body_is_issuer(author):
    doc = _account(author)
    assert doc["issuer"] == author
    assert str(doc["publish_date"]) == "2025-02-14"


@pytest.mark.parametrize("author", ["原创", "张小明", "各乡镇人民政府"])
def test_account_author_not_a_body(author):
    assert _account(author)["issuer"] is None


# ---- a wrapped headline whose first half names the plan's year


@pytest.mark.parametrize(
    "above, tail",
    [
        ("新宁县2025年城乡环境综合整治", "百日攻坚行动方案"),
        ("某镇2024年度人居环境", "整治提升方案"),
        ("某县2025—2027年养老服务", "体系建设规划"),
    ],
)
def test_wrapped_headline_with_year(above, tail):
    top = [above, tail, "发布日期：2025-07-08"]
    assert kind_tail_headline(tail, top) == above + tail


def test_wrapped_title_div_on_a_page():
    page = (
        "<html><head><meta charset='utf-8'><title>某县人民政府门户网站</title></head><body>"
        "<div class='art'><div class='art-title'>某县2025年城乡环境综合整治<br>百日攻坚行动方案</div>"
        "<div class='art-info'>发布日期：2025-07-08　信息来源：某县住房和城乡建设局</div><div class='art-con'>"
        "<p>一、整治城区六乱。（牵头单位：县城市管理局）</p><p>二、整治工地扬尘。（牵头单位：县住房和城乡建设局）</p>"
        "</div></div></body></html>"
    )
    doc = parse_document(page.encode("utf-8"), source="p.html").document
    assert doc["title"] == "某县2025年城乡环境综合整治百日攻坚行动方案"
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (2025, 2025)


@pytest.mark.parametrize("above", ["2025年3月5日", "2025-03-05 10:20"])
def test_date_above_a_kind_not_joined(above):
    top = [above, "工作方案", "发布日期：2025-07-08"]
    assert kind_tail_headline("工作方案", top) == "工作方案"


# ---- a print line of a body and a date with 印发 under the title


@pytest.mark.parametrize(
    "line, when",
    [
        ("中共清溪镇委员会办公室  2025年2月25日印发", "2025-02-25"),
        ("某县人民政府办公室　2025年3月1日印发", "2025-03-01"),
        ("某街道办事处党政综合办公室 2025-04-02印发", "2025-04-02"),
    ],
)
def test_print_line_dates_the_page(line, when):
    text = f"某镇2025年度重点工作任务清单\n{line}\n" + ITEMS
    assert str(_doc(text)["publish_date"]) == when


@pytest.mark.parametrize(
    "line",
    [
        "2025年2月25日印发",  # no body
        "各村（社区）党组织 2025年2月25日印发",  # addressees
    ],
)
def test_print_line_without_body(line):
    text = f"某镇2025年度重点工作任务清单\n{line}\n" + ITEMS
    assert _doc(text)["issuer"] is None


# ---- an explainer's word set off by 丨 or ︱

FIGURES = "发布时间：2025-02-10\n2025年主要目标\n地区生产总值增长6%左右\n城镇新增就业3500人以上\n一般公共预算收入增长5%\n"


@pytest.mark.parametrize(
    "title, plan",
    [
        ("图解丨2025年县政府工作报告", "2025年县政府工作报告"),
        ("图解︱某县2025年政府工作报告", "某县2025年政府工作报告"),
        ("解读丨某县2025年优化营商环境行动方案", "某县2025年优化营商环境行动方案"),
    ],
)
def test_explainer_bar_cut(title, plan):
    assert _doc(f"{title}\n{FIGURES}")["plan_title"] == plan


@pytest.mark.parametrize(
    "title",
    [
        "某县2025年政府工作报告丨图文直播",  # the bar after the name: no explainer before it
        "某县丨2025年县政府工作报告",  # no explainer's word
    ],
)
def test_bar_without_explainer_kept(title):
    got = _doc(f"{title}\n{FIGURES}")["plan_title"] or ""
    assert not got.startswith(("图解", "解读"))


# ---- a body's byline with a clock and hits after the date


@pytest.mark.parametrize(
    "line, issuer",
    [
        ("湄潭县人民政府　2025-04-09 16:30:21　阅读量：1032", "湄潭县人民政府"),
        ("某县农业农村局 2025年4月9日 09:30 浏览次数：88", "某县农业农村局"),
        ("某镇人民政府办公室　2025-04-09　点击 12次", "某镇人民政府办公室"),
    ],
)
def test_body_stamp_with_clock_and_hits(line, issuer):
    text = f"某县2025年春耕生产工作方案\n{line}\n" + ITEMS
    doc = _doc(text)
    assert doc["issuer"] == issuer
    assert str(doc["publish_date"])[:7] == "2025-04"


@pytest.mark.parametrize(
    "line",
    [
        "湄潭县人民政府　2025-04-09 16:30:21　责任编辑：张三",  # a credit after it, no hits counter
        "湄潭县人民政府关于　2025-04-09 16:30:21",  # no body's name
    ],
)
def test_body_stamp_other_tail(line):
    text = f"某县2025年春耕生产工作方案\n{line}\n" + ITEMS
    assert _doc(text)["issuer"] is None


# ---- labels in their own elements without a colon

LABELS_PAGE = (
    "<html><head><meta charset='utf-8'><title>详细信息</title></head><body><div class='detail'>"
    "<div class='d-title'>某县2025年城乡供水一体化工作方案</div><div class='d-info'>{info}</div>"
    "<div class='d-body'><p>一、推进水源工程建设。（牵头单位：县水务局）</p>"
    "<p>二、实施管网改造。（牵头单位：县水务局）</p></div></div></body></html>"
)


def _labels(info: str) -> dict:
    return parse_document(LABELS_PAGE.format(info=info).encode("utf-8"), source="p.html").document


@pytest.mark.parametrize(
    "info",
    [
        "<label>发布日期</label><span>2025-03-19</span><label>信息来源</label><span>某县水务局</span>"
        "<label>浏览次数</label><span>56</span>",
        "<label class='l'>发布时间</label> <em>2025-03-19 10:20</em><label>来源</label><em>某县水务局</em>",
        "<span class='k'>发布日期</span><span class='v'>2025-03-19</span><label>信息来源</label><span>某县水务局</span>",
    ],
)
def test_labels_in_elements(info):
    doc = _labels(info)
    assert str(doc["publish_date"]) == "2025-03-19"
    assert doc["issuer"] == "某县水务局"


@pytest.mark.parametrize(
    "info",
    [
        "<label>发布日期</label><span>待定</span><label>信息来源</label><span>某县水务局</span>",  # no date
        "<label>发布时间</label><span>详见附件</span><label>来源</label><span>某县水务局</span>",  # no date
    ],
)
def test_labels_in_elements_without_date(info):
    assert _labels(info)["publish_date"] is None
