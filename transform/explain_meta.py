"""`--explain`: which source each metadata field came from (transform/metadata.py).

The fallback chain of each field in `metadata.extract_metadata` is read again, in its order, on
the same inputs (nothing is recorded on the normal path); the first source whose value is the
field's value is named. A value no source of the chain gives (the chain changed, or the value
was set later: the signature at the end of the text in `document._metadata`) says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from transform import headings as H
from transform.flattened import split_flattened
from transform.heading_top import top_heading
from transform.metadata import (
    PAGE_H1,
    PAGE_TIME,
    TITLE_MAX,
    _clean,
    _doc_number_from_head,
    _heading_date,
    _issued_name,
    _lines,
    _page_named,
    _signature,
    _without_chrome,
    _without_doc_number,
    address_date,
    heading_lines,
    label_pairs,
    page_date,
    parse_date,
    plan_title_from,
)
from transform.metadata_top import cut_title, indicator_table_title, speech_date
from transform.notice_titles import with_headline_issuers, with_issuing_line
from transform.site_titles import strip_site

Source = tuple[str, Callable[[], Any]]
_FIELDS = (
    "title",
    "plan_title",
    "issuer",
    "publish_date",
    "written_date",
    "doc_number",
    "index_no",
    "category",
    "validity",
    "summary",
    "plan_start_year",
    "plan_end_year",
)


def metadata_events(inputs: dict[str, Any], doc: dict[str, Any]) -> list[dict[str, Any]]:
    """One event per metadata field: its value (as parsed, before the printed strings are
    restored) and the source it came from."""
    chains = _chains(inputs)
    fields = inputs.get("fields") or {}
    out = []
    for name in _FIELDS:
        value = fields.get(name)
        source = _source(chains.get(name, ()), value) if value is not None else None
        out.append(
            {
                "kind": "metadata",
                "field": name,
                "value": value.isoformat() if isinstance(value, date) else value,
                "source": source,
            }
        )
    return out


def _source(chain: tuple[Source, ...], value: Any) -> str:
    for name, get in chain:
        try:
            got = get()
        except Exception:  # an explanation must not fail a parse that worked
            continue
        if got == value:
            return name
        if got:  # the first source that gives anything is the one the chain took
            return f"{name} (changed afterwards)"
    return (
        "document._metadata: the signature at the end of the text" if chain else "metadata.extract_metadata"
    )


def _chains(inputs: dict[str, Any]) -> dict[str, tuple[Source, ...]]:
    # Long function: one fallback chain per field, in the order of metadata.extract_metadata.
    w = inputs["work"]
    head = inputs["head"]
    meta = w.meta
    pairs = label_pairs(w.page_text, alone=w.page.is_text)
    page_lines, body_lines = _lines(w.page_text, 200), _lines(w.body, 300)
    top = page_lines if w.page.is_text else page_lines[:60] + body_lines
    site = (meta.get("sitename", ""), meta.get("columnname", ""), meta.get("og:site_name", ""))
    fields = inputs.get("fields") or {}
    title = fields.get("title")

    def label(field: str) -> Source:
        return (
            f"label of the 信息公开 block: {field} (lexicons/metadata_labels.toml)",
            lambda: _clean(pairs.get(field)),
        )

    def tag(key: str, read: Callable[[Any], Any] = _clean) -> Source:
        return (f"<meta {key}>", lambda: read(meta.get(key)))

    heading: Source = (
        "headings.plan_heading: the plan's own heading",
        lambda: H.plan_heading(heading_lines(body_lines)),
    )
    chains: dict[str, tuple[Source, ...]] = {
        "title": (
            (
                "label of the 信息公开 block: title (lexicons/metadata_labels.toml)",
                lambda: _whole(H.clean_title(_clean(pairs.get("title")))),
            ),
            ("<meta ArticleTitle>", lambda: _whole(H.clean_title(_clean(meta.get("articletitle"))))),
            ("<meta title>", lambda: _page_named(meta.get("title"), site)),
            (
                "notice_titles: the 关于…的通知 line with its issuers printed above it (red header, <h1>)",
                lambda: _with_issuers(H.page_title(top)[0], top, meta.get(PAGE_H1)),
            ),
            ("headings.page_title: the 关于…的通知 line", lambda: H.page_title(top)[0]),
            ("<title> without the site name", lambda: _page_named(strip_site(w.title_tag), site)),
            ("headings.page_title: the headline above a byline", lambda: H.page_title(top)[1]),
            (
                "metadata_top.indicator_table_title: the heading over a page that is only an indicator table",
                lambda: indicator_table_title(top),
            ),
            ("headings.first_heading: a heading naming a kind of document", lambda: H.first_heading(top)),
            heading,
            ("headings.top_heading: the heading line above the items", lambda: top_heading(body_lines)),
            (
                "headings.first_heading: the heading before the first item of a page flattened onto one line",
                lambda: H.first_heading(split_flattened(top[0])[:1]) if top else None,
            ),
        ),
        "issuer": (
            ("label of the 信息公开 block: issuer", lambda: _without_chrome(_clean(pairs.get("issuer")))),
            ("<meta ContentSource>", lambda: _without_chrome(_clean(meta.get("contentsource")))),
            ("the issuer before 关于 in the title", lambda: _issuer_in_title(title)),
            ("metadata._signature: the signature of the notice head", lambda: _signature(head)[0]),
        ),
        "publish_date": (
            ("label of the 信息公开 block: publish_date", lambda: parse_date(pairs.get("publish_date"))),
            *(
                tag(k, parse_date)
                for k in (
                    "pubdate",
                    "publishdate",
                    "firstpublishedtime",
                    "createdate",
                    "article:published_time",
                )
            ),
            ("an element named for the publish time (html)", lambda: parse_date(meta.get(PAGE_TIME))),
            ("metadata.page_date: a date stamp or byline under the headline", lambda: page_date(page_lines)),
            (
                "metadata_top.speech_date: a speech's date under its title",
                lambda: parse_date(speech_date(top, title)),
            ),
            ("metadata._signature: the date under the signature", lambda: _signature(head)[1]),
            ("the written date (成文日期)", lambda: parse_date(pairs.get("written_date"))),
            (
                "metadata._heading_date: a date alone in brackets under the heading",
                lambda: _heading_date(top, title, w.body),
            ),
            (
                "metadata.address_date: the date in the page's own address (og:url)",
                lambda: address_date(meta, w.body),
            ),
        ),
        "written_date": (
            ("label of the 信息公开 block: written_date", lambda: parse_date(pairs.get("written_date"))),
        ),
        "doc_number": (
            label("doc_number"),
            (
                "metadata._doc_number_from_head: a 文号 standing alone in the red header",
                lambda: _doc_number_from_head(_lines(head, 40)),
            ),
            (
                "metadata._doc_number_from_head: a 文号 in the page's first lines",
                lambda: _doc_number_from_head(page_lines),
            ),
        ),
        "plan_title": tuple(
            (name, _cleaned(get))
            for name, get in (
                (
                    "the name in 《》 after 印发 in the title (metadata._issued_name)",
                    lambda: _issued_name(title) if title and len(title) <= TITLE_MAX else None,
                ),
                heading,
                (
                    "metadata.plan_title_from: 印发X的通知, 现将《X》印发, the title",
                    lambda: plan_title_from(title, w.body),
                ),
                ("headings.reported_plan: the plan a news report names", lambda: H.reported_plan(top)),
                (
                    "headings.annex_list_title: the first item of the 附件： list",
                    lambda: H.annex_list_title(body_lines),
                ),
            )
        ),
    }
    for key in ("index_no", "category", "validity", "summary"):
        chains[key] = (label(key),)
    years = "planyears.plan_years_of: from the plan title, the title or the plan heading, else the text"
    start, end = fields.get("plan_start_year"), fields.get("plan_end_year")
    chains["plan_start_year"] = ((years, lambda: start),)
    chains["plan_end_year"] = ((years, lambda: end),)
    return chains


def _with_issuers(notice: str | None, top: list[str], h1: str | None) -> str | None:
    """The notice title with the issuers a red header's line or the page's <h1> print before it;
    None where they add nothing (the plain 关于 line is then the source)."""
    whole = with_headline_issuers(with_issuing_line(H.cover_over_resolution(notice, top), top), h1)
    return whole if whole != notice else None


def _cleaned(get: Callable[[], Any]) -> Callable[[], Any]:
    """A plan title source as the chain cleans its result."""
    return lambda: H.without_kicker(_without_doc_number(H.without_file_extension(get())))


_ISSUER_END = re.compile(r"(政府|办公室|委员会|县委|市委|区委|党委|委|局|厅|部|中心|办)$")


def _issuer_in_title(title: str | None) -> str | None:
    if not title or "关于" not in title:
        return None
    pre = title.split("关于", 1)[0].strip()
    return _without_chrome(pre) if _ISSUER_END.search(pre) else None


def _whole(title: str | None) -> str | None:
    """A <meta ArticleTitle> or 标题 field not cut short ("…重点工作..."): `transform.metadata` reads
    past a cut one."""
    return None if cut_title(title) else title
