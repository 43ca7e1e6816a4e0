"""Round 39d: metadata and is_plan, third pass.

- a repost or column tag in brackets at either end of a headline ("[转]…", "…（转载）", "【政策】…",
  "【专题】…") is no part of the title (`metadata_tags.without_title_tag`);
- a repost's note of its first headline ("原标题：关于印发《X》的通知") under its own headline leaves the
  title to the headline and names X as the plan (`metadata_tags.repost_headline`);
- a Taiwan mirror's field date without 民国 ("發佈日期：113年3月1日") is read as 2024-03-01;
- a title saying 今明两年 plans the page's year and the next;
- a headline wrapped over two lines above its byline is read whole where the plan's heading joins them;
- a call for comments on a draft list of 民生实事 names the draft as its plan;
- a newspaper's headline reporting a plan issued ("我市出台…若干措施") over no work is no plan;
- an official account's chrome lines (预览时标签不可点, 收录于合集 …) are no part of the headline;
- a summary titled with the next year's work (…工作总结和2025年工作思路) is a plan and names itself.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.metadata import parse_date
from transform.metadata_tags import original_title, repost_headline, without_title_tag, wrapped_headline
from transform.planyears import plan_years_of

ITEMS = "一、重点任务\n（一）完善设施。（牵头单位：{u}）\n（二）健全机制。（牵头单位：{u}）\n"


def _doc(text: str) -> dict:
    return parse_document(text, source="n.txt", is_text=True).document


# ---- repost and column tags


@pytest.mark.parametrize(
    "title, want",
    [
        ("[转]关于印发《某镇2024年森林防灭火工作方案》的通知", "关于印发《某镇2024年森林防灭火工作方案》的通知"),
        ("关于印发某区2024年营商环境重点任务清单的通知（转载）", "关于印发某区2024年营商环境重点任务清单的通知"),
        ("【政策】某市人民政府办公室关于印发某市稳外贸措施的通知", "某市人民政府办公室关于印发某市稳外贸措施的通知"),
        ("【专题】某县2024年“双减”工作要点", "某县2024年“双减”工作要点"),
        ("（转）某县2024年春季农业生产工作方案", "某县2024年春季农业生产工作方案"),
        ("［转帖］ 某街道2024年安全生产工作要点", "某街道2024年安全生产工作要点"),
    ],
)
def test_site_tag_is_cut_from_the_title(title, want):
    assert without_title_tag(title) == want


@pytest.mark.parametrize(
    "title",
    [
        "【图解】一张图看懂《某县2024年稳经济促发展十条措施》",  # the page's own kind
        "某县2024年农村人居环境整治方案（试行）",
        "某区数字乡村建设三年行动（2023—2025）",
        "【某县】2024年春季农业生产工作方案",  # a place
        "关于《某县养老服务实施方案（征求意见稿）》公开征求意见的通知",
        "【转载】",  # the tag is all there is
        "转载某县2024年工作要点",  # no brackets
    ],
)
def test_own_words_in_brackets_stay(title):
    assert without_title_tag(title) == title


def test_tagged_page_reads_without_the_tag():
    text = (
        "[转]关于印发《青山镇2024年森林防灭火工作方案》的通知\n发布时间：2024-02-26　来源：青山镇人民政府\n"
        "青山镇2024年森林防灭火工作方案\n" + ITEMS.format(u="镇应急管理办")
    )
    doc = _doc(text)
    assert doc["title"] == "关于印发《青山镇2024年森林防灭火工作方案》的通知"
    assert doc["plan_title"] == "青山镇2024年森林防灭火工作方案"


def test_traditional_page_reads_without_the_tag():
    text = (
        "【專題】東湖縣2024年營商環境優化工作要點\n發佈日期：2024-03-04\n" + ITEMS.format(u="縣發展和改革局")
    )
    assert _doc(text)["title"] == "東湖縣2024年營商環境優化工作要點"


# ---- 原标题 under a repost's own headline

REPOST = (
    "{head}\n2024-03-12 09:41　来源：某县人民政府网\n{orig}\n各乡镇人民政府：\n"
    "《{plan}》已经县人民政府同意，现印发给你们。\n某县人民政府办公室\n2024年3月8日\n{plan}\n"
    + ITEMS.format(u="县水利局")
)


@pytest.mark.parametrize(
    "head, orig, plan",
    [
        ("长湖县部署今年农村供水保障工作", "原标题：长湖县人民政府办公室关于印发《长湖县2024年农村供水保障工作方案》的通知", "长湖县2024年农村供水保障工作方案"),
        ("图说｜我县出台防汛工作方案", "（原标题：关于印发《柳河县2024年防汛工作方案》的通知）", "柳河县2024年防汛工作方案"),
        ("我区今年这样抓垃圾分类", "原标题:关于印发溪口区2024年生活垃圾分类工作实施方案的通知", "溪口区2024年生活垃圾分类工作实施方案"),
    ],
)
def test_repost_headline_over_its_original_title(head, orig, plan):
    doc = _doc(REPOST.format(head=head, orig=orig, plan=plan))
    assert doc["title"] == head
    assert doc["plan_title"] == plan


def test_original_title_helpers():
    top = ["某县部署工作", "原标题：关于印发《某县方案》的通知", "正文"]
    assert original_title(top) == "关于印发《某县方案》的通知"
    assert repost_headline("关于印发《某县方案》的通知", "某县部署工作", top) == "某县部署工作"
    # no note: the notice title stays
    assert repost_headline("关于印发《某县方案》的通知", "某县部署工作", top[::2]) == "关于印发《某县方案》的通知"
    # a note of another headline: the notice title stays
    other = ["某县部署工作", "原标题：某县召开会议", "正文"]
    assert repost_headline("关于印发《某县方案》的通知", "某县部署工作", other) == "关于印发《某县方案》的通知"
    # a sentence citing an original title deep in the text is no note
    assert original_title(["标题"] * 13 + ["原标题：关于印发《某县方案》的通知"]) is None


def test_notice_without_note_keeps_its_title():
    text = (
        "关于印发《某县2024年防汛工作方案》的通知\n发布时间：2024-03-01\n某县2024年防汛工作方案\n"
        + ITEMS.format(u="县水利局")
    )
    assert _doc(text)["title"] == "关于印发《某县2024年防汛工作方案》的通知"


# ---- ROC dates without 民国


@pytest.mark.parametrize(
    "value, want",
    [("113年3月1日", "2024-03-01"), (" 112年12月25日", "2023-12-25"), ("114年 1月 6日 10:20", "2025-01-06")],
)
def test_roc_field_date_without_minguo(value, want):
    assert str(parse_date(value)) == want


@pytest.mark.parametrize("value", ["113年度", "发布于113年3月1日", "第113年3月1日", "99年3月1日", "1130年3月1日"])
def test_no_roc_date(value):
    assert parse_date(value) is None


def test_traditional_mirror_with_roc_date():
    text = (
        "關於印發《雲溪縣2024年營商環境優化提升行動方案》的通知\n發佈日期：113年3月1日　　發佈機構：雲溪縣人民政府辦公室\n"
        "雲溪縣2024年營商環境優化提升行動方案\n" + ITEMS.format(u="縣行政審批局")
    )
    assert str(_doc(text)["publish_date"])[:10] == "2024-03-01"


# ---- 今明两年


@pytest.mark.parametrize(
    "titles, issued, want",
    [
        (("某县今明两年稳就业工作方案", None, None), 2024, (2024, 2025)),
        (("关于做好今明两年冬春农田水利建设工作的通知", None, None), 2023, (2023, 2024)),
        ((None, "关于印发某区今明年重点项目攻坚方案的通知", None), 2025, (2025, 2026)),
    ],
)
def test_this_year_and_next_in_a_title(titles, issued, want):
    assert plan_years_of(titles, "一、重点任务\n1.抓好项目建设。", issued) == want


@pytest.mark.parametrize(
    "titles, text, issued, want",
    [
        (("某县2025—2026年今明两年稳就业工作方案", None, None), "", 2024, (2025, 2026)),  # years named
        (("某县今明两年稳就业工作方案", None, None), "", None, (None, None)),  # no page year
        (("某县稳就业工作方案", None, None), "今明两年，全县将新增就业岗位。", 2024, (None, None)),
    ],
)
def test_this_year_and_next_left_alone(titles, text, issued, want):
    assert plan_years_of(titles, text, issued) == want


def test_traditional_this_year_and_next():
    text = "關於印發《豐寧縣今明兩年穩就業工作方案》的通知\n發佈時間：2024-03-22\n" + ITEMS.format(u="縣人社局")
    doc = _doc(text)
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (2024, 2025)


# ---- a headline wrapped over two lines above its byline


@pytest.mark.parametrize(
    "first, second, byline",
    [
        ("乐平县2024年农业社会化服务", "提升行动方案", "发布时间：2024-06-03　来源：乐平县农业农村局"),
        ("城东街道2024年老旧小区改造", "工作实施方案", "2024-05-10 09:00　来源：城东街道办事处"),
        ("東湖縣2024年農村寄遞物流體系建設", "三年行動計劃", "發佈時間：2024-04-01"),
    ],
)
def test_headline_over_two_lines(first, second, byline):
    text = f"{first}\n{second}\n{byline}\n为推进工作，制定本方案。\n" + ITEMS.format(u="县农业农村局")
    assert _doc(text)["title"] == first + second


@pytest.mark.parametrize(
    "top, title, heading",
    [
        # the line above holds more than the rest of the heading: a site's line, not a wrapped half
        (["政策文件 乐平县2024年农业服务", "提升行动方案"], "提升行动方案", "乐平县2024年农业服务提升行动方案"),
        # a heading that does not end with the title
        (["乐平县2024年农业服务", "提升行动方案"], "提升行动方案", "乐平县2024年农业服务提升方案"),
        # the title is the whole heading already
        (["乐平县2024年农业服务提升行动方案"], "乐平县2024年农业服务提升行动方案", "乐平县2024年农业服务提升行动方案"),
        # the title on the first line: nothing above it
        (["提升行动方案", "乐平县"], "提升行动方案", "乐平县提升行动方案"),
    ],
)
def test_wrapped_headline_left_alone(top, title, heading):
    assert wrapped_headline(title, heading, top) == title


# ---- a draft list of 民生实事 put before the public


@pytest.mark.parametrize(
    "title, plan",
    [
        ("关于公开征求《桃源县2025年度重点民生实事项目（征求意见稿）》意见的公告", "桃源县2025年度重点民生实事项目（征求意见稿）"),
        ("关于《某区2025年十件民生实事（征求意见稿）》公开征求意见的通知", "某区2025年十件民生实事（征求意见稿）"),
        ("关于征求《某镇2025年为民办实事项目（草案）》意见的公告", "某镇2025年为民办实事项目（草案）"),
    ],
)
def test_draft_minsheng_list_is_the_plan(title, plan):
    text = f"{title}\n发布时间：2024-12-10\n现将全文公布，征求社会意见。\n一、新建公办幼儿园。（责任单位：县教育局）\n二、改造老旧小区。（责任单位：县住建局）\n"
    assert _doc(text)["plan_title"] == plan


@pytest.mark.parametrize(
    "title",
    [
        "关于公开征求《某县养犬管理规定（征求意见稿）》意见的公告",
        "关于《某县物业管理办法（征求意见稿）》公开征求意见的通知",
    ],
)
def test_draft_rule_names_no_plan(title):
    text = f"{title}\n发布时间：2024-12-10\n现将全文公布，征求社会意见。\n第一条 为了规范管理，制定本规定。\n"
    assert _doc(text)["plan_title"] is None


# ---- news of a plan issued, its work not printed

NEWS = "{head}\n发布时间：2024-07-08　　来源：某某日报\n{body}\n（记者　王倩）\n"
REPORT = "近日，市政府办公室印发《临江市{name}》，从多个方面提出具体措施。有关负责人表示，将抓好落地见效。"


@pytest.mark.parametrize(
    "head, name",
    [
        ("我市出台加快发展低空经济若干措施", "加快发展低空经济若干措施"),
        ("我县印发2024年春耕生产工作方案", "2024年春耕生产工作方案"),
        ("我区发布优化营商环境十条措施", "优化营商环境十条措施"),
        ("我縣出臺促進消費若干措施", "促進消費若干措施"),
    ],
)
def test_news_of_a_plan_is_no_plan(head, name):
    assert parse_document(NEWS.format(head=head, body=REPORT.format(name=name)), source="n.txt", is_text=True).document["is_plan"] is False


def test_news_printing_the_plan_stays_a_plan():
    body = REPORT.format(name="2024年春耕生产工作方案") + "\n一、重点任务\n" + ITEMS.split("\n", 1)[1].format(u="县农业农村局")
    assert _doc(NEWS.format(head="我县印发2024年春耕生产工作方案", body=body))["is_plan"] is True


@pytest.mark.parametrize(
    "head",
    [
        "关于印发《某县2024年春耕生产工作方案》的通知",  # an attachment-only notice
        "县政府办公室印发《某县2024年春耕生产工作方案》",  # an issuer, not a newspaper's voice
        "我县2024年春耕生产工作方案",  # a plan's name, no news verb
    ],
)
def test_attachment_only_notices_stay_plans(head):
    text = f"{head}\n发布时间：2024-03-08\n附件：某县2024年春耕生产工作方案.docx\n"
    assert _doc(text)["is_plan"] is True


# ---- an official account's chrome around the headline


@pytest.mark.parametrize(
    "chrome",
    [
        ["预览时标签不可点", "收录于合集 #政策发布 12个"],
        ["点击上方蓝字关注我们"],
        ["收录于话题 #民生 3个", "微信扫一扫关注该公众号"],
    ],
)
def test_account_chrome_is_no_part_of_the_headline(chrome):
    text = "\n".join(
        [*chrome, "发布｜城西区2024年养老服务提升行动方案", "城西发布 城西发布 2024-04-02 20:15 发表于湖南",
         "城西区2024年养老服务提升行动方案"]
    ) + "\n" + ITEMS.format(u="区民政局") + "阅读原文\n"
    doc = _doc(text)
    assert doc["title"] == "发布｜城西区2024年养老服务提升行动方案"
    assert str(doc["publish_date"])[:10] == "2024-04-02"


def test_account_chrome_lines():
    from transform.metadata_tags import without_account_chrome

    kept = [
        "阅读原文件后，各单位要认真对照落实，确保各项任务按期完成。",  # prose that only starts alike
        "点击量统计",
        "某区2024年养老服务提升行动方案",
    ]
    assert without_account_chrome(kept) == kept
    assert without_account_chrome(["阅读原文", "分享 收藏 点赞 在看", "正文"]) == ["正文"]


# ---- a summary with the next year's work in its title


AHEAD = "一、2024年工作总结\n（一）产业发展有新突破。\n二、2025年工作思路\n（一）抓好产业项目。推进在建项目。\n（二）抓好乡村振兴。推进和美乡村建设。\n"


@pytest.mark.parametrize(
    "title",
    [
        "石桥镇2024年工作总结和2025年工作思路",
        "县林业局2023年工作总结及2024年工作打算",
        "某街道办事处2021年工作总结暨明年工作思路",
    ],
)
def test_summary_with_work_ahead_names_itself(title):
    assert _doc(f"{title}\n发布时间：2025-01-08\n" + AHEAD)["plan_title"] == title


@pytest.mark.parametrize(
    "title",
    [
        "石桥镇2024年工作总结",  # nothing ahead
        "石桥镇2024年工作思路研讨会召开",  # news of a meeting
    ],
)
def test_summary_alone_names_no_plan(title):
    assert _doc(f"{title}\n发布时间：2025-01-08\n" + AHEAD)["plan_title"] is None


@pytest.mark.parametrize(
    "title",
    [
        "石桥镇2024年工作总结和2025年工作思路",
        "县林业局2023年工作总结及2024年工作打算",
        "某县统计局2025年工作思路",
    ],
)
def test_work_ahead_in_the_title_is_a_plan(title):
    assert _doc(f"{title}\n发布时间：2025-01-08\n" + AHEAD)["is_plan"] is True


@pytest.mark.parametrize(
    "title",
    [
        "关于征集2025年工作思路的通知",  # asks for one
        "石桥镇2024年工作总结",  # a summary, nothing ahead in its title or body
    ],
)
def test_work_ahead_words_inside_a_title(title):
    body = "一、2024年工作总结\n（一）产业发展有新突破。\n（二）民生保障有新提升。\n"
    assert _doc(f"{title}\n发布时间：2025-01-08\n" + body)["is_plan"] is False


# ---- a template's one <h1> outside the body's container

H1_PAGE = (
    '<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
    '<div class="m-header"><a href="/">返回</a><span>桂平市人民政府</span></div>{h1s}'
    '<div class="m-info"><span class="time">2024-03-21 10:23</span></div>'
    '<div class="m-content"><p>为拓宽增收渠道，制定本方案。</p><p>一、重点任务</p>'
    "<p>（一）稳定工资性收入。（牵头单位：市人力资源和社会保障局；配合单位：市财政局）</p>"
    "<p>（二）提高经营净收入。（牵头单位：市农业农村局）</p>"
    "<p>（三）拓宽财产性收入。（牵头单位：市财政局）</p></div></body></html>"
)


def _html_doc(title: str, *h1: str) -> dict:
    page = H1_PAGE.format(title=title, h1s="".join(f"<h1>{h}</h1>" for h in h1))
    return parse_document(page.encode("utf-8"), source="p.html").document


@pytest.mark.parametrize(
    "h1, title",
    [
        ("桂平市2024年城乡居民增收行动方案", "桂平市2024年城乡居民增收行动方案"),
        ("【转载】桂平市2024年城乡居民增收行动方案", "桂平市2024年城乡居民增收行动方案"),
        ("關於印發桂平市2024年城鄉居民增收行動方案的通知", "關於印發桂平市2024年城鄉居民增收行動方案的通知"),
    ],
)
def test_lone_h1_is_the_headline(h1, title):
    doc = _html_doc("桂平市人民政府", h1)
    assert doc["title"] == title
    assert (doc["plan_start_year"], doc["plan_end_year"]) == (2024, 2024)


def test_h1_left_alone():
    # two <h1> (the site's logo and a headline): neither is taken
    assert _html_doc("桂平市人民政府", "桂平市人民政府", "桂平市2024年城乡居民增收行动方案")["title"] is None
    # a short <h1> naming the site
    assert _html_doc("首页", "桂平市政府")["title"] is None
    # a <title> naming the document wins over the <h1>
    doc = _html_doc("桂平市2024年就业促进方案_桂平市人民政府", "桂平市2024年城乡居民增收行动方案")
    assert doc["title"] == "桂平市2024年就业促进方案"


INFO_PAGE = (
    '<html><head><meta charset="utf-8"><title>某市人民政府</title></head><body>'
    "<h1>某市2024年城乡居民增收行动方案</h1>\n  {info}"
    '<div class="m-content"><p>为拓宽增收渠道，制定本方案。</p><p>一、重点任务</p>'
    "<p>（一）稳定工资性收入。（牵头单位：市人力资源和社会保障局）</p>"
    "<p>（二）提高经营净收入。（牵头单位：市农业农村局）</p></div></body></html>"
)


@pytest.mark.parametrize(
    "info, want",
    [
        ('<div class="m-info"><span class="time">2024-03-21 10:23</span><span>来源：某市发改局</span></div>', "2024-03-21"),
        ("<p>发布时间：2024年03月21日　浏览：88</p>", "2024-03-21"),
        ("<div>来源：某市发改局 | 2024/03/21</div>", "2024-03-21"),
    ],
)
def test_info_line_under_the_h1_dates_the_page(info, want):
    doc = parse_document(INFO_PAGE.format(info=info).encode("utf-8"), source="p.html").document
    assert str(doc["publish_date"])[:10] == want


@pytest.mark.parametrize(
    "info",
    [
        "<div>来源：某市发改局　浏览次数：88</div>",  # no date
        "<p>2024年3月21日，市政府常务会议审议通过本方案，会议要求各部门认真抓好落实，确保各项任务取得实效，"
        "按期完成年度目标任务，并及时报送工作进展情况。</p>",  # a paragraph of the body
    ],
)
def test_no_info_date_under_the_h1(info):
    doc = parse_document(INFO_PAGE.format(info=info).encode("utf-8"), source="p.html").document
    assert doc["publish_date"] is None


# ---- a headline whose last line is only a plan's kind


@pytest.mark.parametrize(
    "first, tail, byline",
    [
        ("本縣推動長照服務", "發展三年計畫", "發佈日期：113年05月20日"),
        ("我市全面推进城市更新", "三年行动方案", "发布时间：2024-05-20"),
        ("石门镇村庄清洁行动", "工作方案", "2024-05-20 09:10　来源：石门镇人民政府"),
    ],
)
def test_headline_over_a_kind_tail(first, tail, byline):
    text = f"{first}\n{tail}\n{byline}\n一、推动重点\n（一）布建社区据点。（牵头单位：县民政局）\n（二）培训服务人力。（牵头单位：县民政局）\n"
    assert _doc(text)["title"] == first + tail


@pytest.mark.parametrize(
    "above",
    [
        "某县人民政府办公室",  # a body's name
        "首页 > 政策文件",  # a crumb
        "2024-05-20 09:10",  # a stamp
        "某县2024年工作要点",  # a kind of its own
        "来源：某县民政局",  # a field
    ],
)
def test_no_kind_tail_join(above):
    from transform.metadata_tags import kind_tail_headline

    assert kind_tail_headline("工作方案", [above, "工作方案", "正文"]) == "工作方案"
    # a title that is more than a kind
    assert kind_tail_headline("某县2024年春耕生产工作方案", ["本县推动春耕", "某县2024年春耕生产工作方案"]) == (
        "某县2024年春耕生产工作方案"
    )


# ---- an account's source line with a bar


@pytest.mark.parametrize(
    "line, want",
    [
        ("来源｜城西区民政局", "城西区民政局"),
        ("来源 | 某县农业农村局", "某县农业农村局"),
        ("信息来源｜某市发展和改革委员会", "某市发展和改革委员会"),
    ],
)
def test_bottom_source_with_a_bar(line, want):
    from transform.metadata_issuer import bottom_source

    assert bottom_source(["正文。", line, "编辑｜李明"]) == want


@pytest.mark.parametrize("line", ["资金来源｜县级财政资金", "来源｜某某新闻网", "来源｜"])
def test_no_bottom_source_with_a_bar(line):
    from transform.metadata_issuer import bottom_source

    assert bottom_source(["正文。", line]) is None
