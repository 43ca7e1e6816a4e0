"""Plan alerts rendered for their target: Chinese (default) or English, in the target's format.

Families, from the Apprise URL (`family`):
- `json` (json://, jsons://): the text body, plus the structured content as fields of the
  webhook's JSON (`event` and `plan` or `digest`, see `flows.alert_content`);
- `slack` (slack://): Slack mrkdwn, links as <url|title>, document text neutralised;
- `markdown` (targets whose Apprise format is Markdown: Teams workflows, Discord, Telegram …):
  CommonMark, document text escaped, URLs left as they are;
- `html` (e-mail): HTML with every document string escaped;
- `text` (DingTalk, WeCom, Feishu, Lark and the rest): plain text, nothing to escape.

Document text is data, never markup: each family escapes it for itself; URLs are never escaped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any

from flows.alert_content import DIGEST_LISTED, LISTED_CHANGES

FAMILIES = ("text", "markdown", "slack", "html", "json")
LANGUAGES = ("zh", "en")
COMPARATOR_WORDS = {">=": "≥", ">": ">", "<=": "≤", "<": "<", "~": "约", "=": ""}

LABELS: dict[str, dict[str, str]] = {
    "zh": {
        "new_plan": "新规划",
        "new_notice": "新公告",
        "changed_plan": "规划有变化",
        "digest_first_crawl": "首次抓取",
        "digest_backfill": "补抓",
        "digest_always": "汇总",
        "county": "县市",
        "title": "标题",
        "issuer": "发布机构",
        "published": "发布日期",
        "years": "规划期",
        "counts": "任务 {tasks} 项，目标 {targets} 个",
        "url": "链接",
        "notice": "印发通知",
        "top": "主要目标",
        "deadlines": "时间节点",
        "changes_counts": "任务 {old_tasks} → {new_tasks} 项，目标 {old_targets} → {new_targets} 个",
        "tasks_added": "新增任务",
        "tasks_removed": "删除任务",
        "tasks_changed": "修改任务",
        "targets_added": "新增目标",
        "targets_removed": "删除目标",
        "targets_changed": "目标变化",
        "unchanged": "任务和目标未变，正文或元数据有改动。",
        "digest_head": "{county}{reason}发现 {plans} 个规划（共 {notices} 篇公告，任务 {tasks} 项，目标 {targets} 个）",
        "more": "……另有 {n} 个",
        "year_suffix": "年",
        "by_year": "（{year}年）",
        "increase": "增长",
        "decrease": "下降",
        "colon": "：",
    },
    "en": {
        "new_plan": "New plan",
        "new_notice": "New notice",
        "changed_plan": "Changed plan",
        "digest_first_crawl": "first crawl",
        "digest_backfill": "backfill",
        "digest_always": "digest",
        "county": "County",
        "title": "Title",
        "issuer": "Issuer",
        "published": "Published",
        "years": "Plan years",
        "counts": "Tasks: {tasks}, targets: {targets}",
        "url": "URL",
        "notice": "Notice",
        "top": "Leading targets",
        "deadlines": "Deadlines",
        "changes_counts": "Tasks: {old_tasks} → {new_tasks}, targets: {old_targets} → {new_targets}",
        "tasks_added": "Tasks added",
        "tasks_removed": "Tasks removed",
        "tasks_changed": "Tasks changed",
        "targets_added": "Targets added",
        "targets_removed": "Targets removed",
        "targets_changed": "Targets changed",
        "unchanged": "Tasks and targets unchanged; the text or metadata changed.",
        "digest_head": "{county} {reason}: {plans} plans ({notices} notices, {tasks} tasks, {targets} targets)",
        "more": "… and {n} more",
        "year_suffix": "",
        "by_year": " (by {year})",
        "increase": "up",
        "decrease": "down",
        "colon": ": ",
    },
}


# ---------------------------------------------------------------- which family
def family(url: str, apprise_format: str | None = None) -> str:
    """The rendering family of an Apprise URL (`apprise_format`: the plugin's notify format)."""
    scheme = url.split("://", 1)[0].lower()
    if scheme in ("json", "jsons"):
        return "json"
    if scheme == "slack":
        return "slack"
    if apprise_format is None:
        from flows.delivery import target_format
        from flows.exceptions import AlertConfigError

        try:
            apprise_format = target_format(url)
        except AlertConfigError:  # not a valid Apprise URL: its delivery fails and says so
            apprise_format = "text"
    return apprise_format if apprise_format in ("html", "markdown") else "text"


# ---------------------------------------------------------------- escaping per family
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~<])")
_SLACK_SPECIAL = str.maketrans({"*": "＊", "_": "＿", "~": "～", "`": "｀", "<": "＜", ">": "＞", "|": "｜"})


def _esc(fam: str) -> Callable[[str], str]:
    if fam == "markdown":
        return lambda s: _MD_SPECIAL.sub(r"\\\1", s)
    if fam == "slack":  # Slack has no escapes; Apprise turns & < > into entities itself
        return lambda s: s.translate(_SLACK_SPECIAL)
    if fam == "html":
        return lambda s: html.escape(s, quote=True)
    return lambda s: s


def _link(fam: str, url: str, text: str) -> str:
    esc = _esc(fam)
    if fam == "markdown":
        safe = url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
        return f"[{esc(text)}]({safe})"
    if fam == "slack":
        return f"<{url}|{esc(text)}>"
    if fam == "html":
        return f'<a href="{html.escape(url, quote=True)}">{esc(text)}</a>'
    return url


def _label(fam: str, text: str) -> str:
    return {"markdown": f"**{text}**", "slack": f"*{text}*", "html": f"<b>{html.escape(text)}</b>"}.get(
        fam, text
    )


def _lines(fam: str, lines: list[str]) -> str:
    if fam == "html":
        return "<br>\n".join(lines)
    if fam == "markdown":
        return "  \n".join(lines)
    return "\n".join(lines)


def _bullets(fam: str, items: list[str]) -> list[str]:
    if fam == "html":
        return ["<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"] if items else []
    return [f"- {i}" for i in items]


# ---------------------------------------------------------------- pieces
def _years(c: dict[str, Any], lang: str) -> str | None:
    start, end = c.get("plan_start_year"), c.get("plan_end_year")
    if not start:
        return None
    suffix = LABELS[lang]["year_suffix"]
    return f"{start}{suffix}" if not end or end == start else f"{start}—{end}{suffix}"


def target_phrase(t: dict[str, Any], lang: str) -> str:
    """A target in a few words: 新能源新材料产业产值 ≥ 418亿元（2025年）."""
    words = LABELS[lang]
    if not t.get("indicator") or t.get("value") is None:
        text = t.get("text") or ""
        return text if len(text) <= 120 else text[:119] + "…"
    verb = words.get(t.get("change") or "", "")
    comp = COMPARATOR_WORDS.get(t.get("comparator") or "", "")
    head = " ".join(x for x in (t["indicator"], verb, comp) if x)
    year = words["by_year"].format(year=t["year"]) if t.get("year") else ""
    return f"{head} {t['value']}{t.get('unit') or ''}{year}"


def _change_line(ch: dict[str, Any], lang: str) -> str:
    old, new = ch["old"], ch["new"]

    def m(x: dict[str, Any]) -> str:
        year = LABELS[lang]["by_year"].format(year=x["year"]) if x.get("year") else ""
        return f"{x.get('value')}{x.get('unit') or ''}{year}"

    return f"{ch.get('indicator') or ''}: {m(old)} → {m(new)}"


def _section(fam: str, lang: str, key: str, items: list[str]) -> list[str]:
    if not items:
        return []
    esc = _esc(fam)
    words = LABELS[lang]
    shown = [esc(i) for i in items[:LISTED_CHANGES]]
    if len(items) > LISTED_CHANGES:
        shown.append(esc(words["more"].format(n=len(items) - LISTED_CHANGES)))
    return [_label(fam, f"{words[key]} ({len(items)})") + words["colon"].strip(), *_bullets(fam, shown)]


def _facts(c: dict[str, Any], fam: str, lang: str) -> list[str]:
    words, esc, colon = LABELS[lang], _esc(fam), LABELS[lang]["colon"]
    url = c.get("url") or ""
    rows = [
        (words["county"], esc(c.get("county") or "—")),
        (
            words["title"],
            _link(fam, url, c.get("page_title") or c.get("title") or "—")
            if url and fam != "text"
            else esc(c.get("page_title") or c.get("title") or "—"),
        ),
        (words["issuer"], esc(c.get("issuer") or "—")),
        (words["published"], esc(c.get("publish_date") or "—")),
    ]
    years = _years(c, lang)
    if years:
        rows.append((words["years"], esc(years)))
    rows.append((words["url"], f"<{url}>" if fam in ("markdown", "slack") and url else _link(fam, url, url)))
    if isinstance(c.get("notice"), dict):
        rows.append((words["notice"], _notice(c["notice"], fam, lang)))
    return [_label(fam, k) + colon + v for k, v in rows]


def _notice(n: dict[str, Any], fam: str, lang: str) -> str:
    """The 印发 notice a plan page is published by: its title (linked), 文号 and date, its URL."""
    esc, url = _esc(fam), n.get("url") or ""
    name = n.get("title") or url or "—"
    head = _link(fam, url, name) if url and fam != "text" else esc(name)
    facts = [f for f in (n.get("doc_number"), n.get("publish_date")) if f]
    if facts:
        head += esc(f"（{'，'.join(facts)}）" if lang == "zh" else f" ({', '.join(facts)})")
    if url and fam == "text":
        head += " " + url
    return head


# ---------------------------------------------------------------- messages
def _plan_body(c: dict[str, Any], fam: str, lang: str) -> list[str]:
    words, esc = LABELS[lang], _esc(fam)
    lines = _facts(c, fam, lang)
    changes = c.get("changes")
    if changes is None:
        lines.append(esc(words["counts"].format(tasks=c.get("n_tasks", 0), targets=c.get("n_targets", 0))))
        if c.get("top_targets"):
            lines.append(_label(fam, words["top"]) + words["colon"].strip())
            lines.extend(_bullets(fam, [esc(target_phrase(t, lang)) for t in c["top_targets"]]))
    else:
        lines.append(
            esc(
                words["changes_counts"].format(
                    old_tasks=changes["n_tasks"]["old"],
                    new_tasks=changes["n_tasks"]["new"],
                    old_targets=changes["n_targets"]["old"],
                    new_targets=changes["n_targets"]["new"],
                )
            )
        )
        lines += _section(
            fam, lang, "targets_changed", [_change_line(x, lang) for x in changes["targets_changed"]]
        )
        lines += _section(
            fam, lang, "targets_added", [target_phrase(t, lang) for t in changes["targets_added"]]
        )
        lines += _section(
            fam, lang, "targets_removed", [target_phrase(t, lang) for t in changes["targets_removed"]]
        )
        lines += _section(fam, lang, "tasks_added", changes["tasks_added"])
        lines += _section(fam, lang, "tasks_removed", changes["tasks_removed"])
        lines += _section(fam, lang, "tasks_changed", changes["tasks_changed"])
        if not any(
            changes[k]
            for k in (
                "targets_changed",
                "targets_added",
                "targets_removed",
                "tasks_added",
                "tasks_removed",
                "tasks_changed",
            )
        ):
            lines.append(esc(words["unchanged"]))
    if c.get("deadlines"):
        lines.append(_label(fam, words["deadlines"]) + words["colon"].strip())
        lines.extend(
            _bullets(
                fam,
                [esc(f"{d.get('deadline_text') or d.get('deadline')}：{d['task']}") for d in c["deadlines"]],
            )
        )
    return lines


def _digest_body(c: dict[str, Any], fam: str, lang: str) -> list[str]:
    words, esc = LABELS[lang], _esc(fam)
    lines = [esc(_digest_head(c, lang))]
    items = []
    for p in c["plans"][:DIGEST_LISTED]:
        name = p.get("title") or p.get("page_title") or ""
        notice = p.get("notice") if isinstance(p.get("notice"), dict) else {}
        day = p.get("publish_date") or notice.get("publish_date")
        date = f"{day} " if day else ""
        if notice.get("doc_number"):
            name = f"{name} {notice['doc_number']}"  # the 文号 of the notice that publishes it
        count = words["counts"].format(tasks=p.get("n_tasks", 0), targets=p.get("n_targets", 0))
        link = _link(fam, p.get("url") or "", name) if fam != "text" and p.get("url") else esc(name)
        tail = f"  {p['url']}" if fam in ("text", "json") and p.get("url") else ""
        items.append(f"{esc(date)}{link}（{esc(count)}）{tail}")
    lines.extend(_bullets(fam, items))
    if len(c["plans"]) > DIGEST_LISTED:
        lines.append(esc(words["more"].format(n=len(c["plans"]) - DIGEST_LISTED)))
    return lines


def _digest_head(c: dict[str, Any], lang: str) -> str:
    words = LABELS[lang]
    reason = words.get(f"digest_{c.get('reason')}", c.get("reason") or "")
    return words["digest_head"].format(
        county=c.get("county") or c.get("source_id") or "",
        reason=reason,
        plans=c["n_plans"],
        notices=c["n_notices"],
        tasks=c["n_tasks"],
        targets=c["n_targets"],
    )


def title(c: dict[str, Any], lang: str = "zh") -> str:
    """The message title (plain text; Apprise targets format titles themselves)."""
    words = LABELS[lang]
    if c.get("event") == "digest":
        return f"{words['new_plan']}{words['colon']}{_digest_head(c, lang)}"
    label = words.get(c.get("event") or "new_plan", words["new_plan"])
    return f"{label}{words['colon']}{c.get('county') or ''} {c.get('title') or ''}".strip()


def render(c: dict[str, Any], fam: str = "text", lang: str = "zh") -> tuple[str, str]:
    """(title, body) of one alert for a target family and language."""
    if fam not in FAMILIES:
        raise ValueError(f"family {fam!r}: expected one of {FAMILIES}")
    lang = lang if lang in LANGUAGES else "zh"
    body_fam = "text" if fam == "json" else fam
    lines = _digest_body(c, body_fam, lang) if c.get("event") == "digest" else _plan_body(c, body_fam, lang)
    return title(c, lang), _lines(body_fam, lines)
