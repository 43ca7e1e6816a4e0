"""A notice's plan on a page of its own (`extract.linked.plan_links`): the sibling detail pages a
notice links to as its 附件 or by the plan's 《》 title, and not the related notices, the
navigation or the notice itself. Every page here is invented."""

from __future__ import annotations

import pytest

from extract.linked import MAX_PER_NOTICE, plan_links

HANWEB = "http://www.example-county.gov.cn/art/2024/3/5/art_4101_880012.html"
TRS = "http://www.example-city.gov.cn/zwgk/tzgg/202403/t20240305_5512.html"


def _notice(body: str, related: str = "") -> str:
    return (
        "<html><body><div class='nav'><a href='/col/col4101/index.html'>通知公告</a>"
        "<a href='/art/2024/3/1/art_4101_880001.html'>县政府召开常务会议</a></div>"
        f"<div id='zoom'><p>各乡镇人民政府，县直各部门：</p><p>现将《石河县2024年民生实事项目实施方案》印发给你们，"
        f"请认真贯彻落实。</p>{body}</div><div class='xglj'>{related}</div></body></html>"
    )


@pytest.mark.parametrize(
    "body",
    [
        "<p>附件：<a href='/art/2024/3/5/art_4101_880013.html'>石河县2024年民生实事项目实施方案</a></p>",
        "<p><a href='/art/2024/3/5/art_4101_880013.html' target='_blank'>附件1：石河县2024年民生实事项目实施方案</a></p>",
        "<p>附件：<span><a href='art_4101_880013.html'><span>《石河县2024年民生实事项目实施方案》</span></a></span></p>",
        "<p>详见<a href='http://www.example-county.gov.cn/art/2024/3/5/art_4101_880013.html'>《石河县2024年民生实事项目实施方案》</a>。</p>",
    ],
)
def test_a_hanweb_notice_links_its_plan_page(body):
    found = plan_links(_notice(body), HANWEB)
    assert [(f.url, f.title) for f in found] == [
        (
            "http://www.example-county.gov.cn/art/2024/3/5/art_4101_880013.html",
            "石河县2024年民生实事项目实施方案",
        )
    ]


def test_a_trs_notice_links_its_plan_page_relative():
    body = "<p>附件：<a href='./t20240305_5513.html'>2024年重点工作任务分解表</a></p>"
    found = plan_links(_notice(body), TRS)
    assert [f.url for f in found] == ["http://www.example-city.gov.cn/zwgk/tzgg/202403/t20240305_5513.html"]


def test_a_forwarded_notice_attached_is_followed_a_related_notice_is_not():
    body = "<p>附件：<a href='/art/2024/2/28/art_4101_879950.html'>市政府办公室关于印发2024年重点任务清单的通知</a></p>"
    related = (
        "<ul><li><a href='/art/2024/2/20/art_4101_879901.html'>关于印发《石河县春耕生产方案》的通知</a></li>"
        "<li><a href='/art/2024/2/21/art_4101_879902.html'>石河县召开民生实事推进会</a></li></ul>"
    )
    found = plan_links(_notice(body, related), HANWEB)
    assert [f.url.rsplit("_", 1)[1] for f in found] == ["879950.html"]


@pytest.mark.parametrize(
    "body",
    [
        "<p>附件：<a href='/module/download/downfile.jsp?filename=a1.pdf'>实施方案.pdf</a></p>",  # a file
        "<p>附件：<a href='http://www.other-site.gov.cn/art/2024/3/5/art_4101_880013.html'>实施方案</a></p>",
        "<p>附件：<a href='/col/col4102/index.html'>民生实事专栏</a></p>",  # a list, not a sibling
        "<p><a href='/art/2024/3/5/art_4101_880012.html'>《石河县2024年民生实事项目实施方案》</a></p>",  # itself
        "<p><a href='/art/2024/3/5/art_4101_880013.html'>点击查看</a></p>",  # no title, no 附件
    ],
)
def test_files_other_hosts_lists_the_notice_itself_and_bare_links_are_not_plan_pages(body):
    assert plan_links(_notice(body), HANWEB) == []


def test_at_most_a_few_plan_pages_a_notice():
    body = "".join(
        f"<p>附件{i}：<a href='/art/2024/3/5/art_4101_88{i:04d}.html'>第{i}部分任务清单</a></p>"
        for i in range(1, 8)
    )
    assert len(plan_links(_notice(body), HANWEB)) == MAX_PER_NOTICE


def test_a_page_without_digits_in_its_path_has_no_siblings():
    body = "<p>附件：<a href='/news/plan.html'>石河县2024年民生实事项目实施方案</a></p>"
    assert plan_links(_notice(body), "http://www.example-county.gov.cn/news/notice.html") == []
