"""Send one alert through Apprise: escaped for the target's format, secrets kept out of logs."""

from __future__ import annotations

import html
import logging
import re
from types import ModuleType

from flows.exceptions import AlertConfigError
from planwatch.redact import install_log_redaction, redact_text, redact_url, register_secrets

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~<])")


def escape_markdown(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def render(title: str, body: str, fmt: str) -> tuple[str, str]:
    """Title and body escaped for a target format: "text" (and JSON), "markdown" or "html"."""
    if fmt == "html":
        return html.escape(title), "<br>\n".join(html.escape(line) for line in body.split("\n"))
    if fmt == "markdown":
        return escape_markdown(title), "  \n".join(escape_markdown(line) for line in body.split("\n"))
    return title, body


def target_format(url: str) -> str:
    """The format an Apprise target expects ("text", "markdown", "html")."""
    apprise = _apprise([url])
    plugin = apprise.Apprise.instantiate(url)
    if plugin is None:
        raise AlertConfigError(f"not a valid Apprise URL: {redact_url(url)}")
    return str(getattr(plugin.notify_format, "value", plugin.notify_format))


def _apprise(secrets: list[str]) -> ModuleType:
    """Import apprise with every log record redacted and these URLs (and their pieces: path
    tokens, query keys, passwords) registered as secrets: Apprise logs full URLs at DEBUG while it
    parses them, and urllib3 logs the request line of the webhook it posts to."""
    install_log_redaction()
    register_secrets(secrets)
    import apprise

    return apprise


# The Apprise body format a pre-rendered family is sent as (slack: native mrkdwn, kept as is).
APPRISE_FORMAT = {"text": "text", "markdown": "markdown", "slack": "markdown", "html": "html", "json": "text"}


def payload_fields(payload_json: str | None) -> dict[str, object]:
    """The structured fields a json:// webhook gets beside Apprise's own (title, message, type):
    `event` and `plan` (one plan) or `digest` (a source's plans)."""
    if not payload_json:
        return {}
    import json

    content = json.loads(payload_json)
    event = content.get("event", "")
    return {"event": event, ("digest" if event == "digest" else "plan"): content}


def send_apprise(
    url: str,
    title: str,
    body: str,
    *,
    notify_type: str = "info",
    body_format: str | None = None,
    payload_json: str | None = None,
) -> tuple[bool, str]:
    """Send one message to one Apprise URL; returns (ok, redacted error).

    body_format None: plain text, escaped here for the target's format. Otherwise the title and
    body were rendered for the target (flows.alert_render) and go out as they are; a json://
    target also gets the structured fields of `payload_json`.
    """
    apprise = _apprise([url])
    if body_format is None:
        fmt = target_format(url)
        r_title, r_body = render(title, body, fmt)
    else:
        fmt, r_title, r_body = APPRISE_FORMAT.get(body_format, "text"), title, body
    app = apprise.Apprise()
    if not app.add(url):
        return False, f"invalid Apprise URL {redact_url(url)}"
    extras = payload_fields(payload_json)
    for plugin in app:  # json:// / jsons://: extra top-level fields of the posted JSON
        if extras and isinstance(getattr(plugin, "payload_extras", None), dict):
            plugin.payload_extras = {**plugin.payload_extras, **extras}
    try:
        with apprise.LogCapture(level=logging.WARNING, fmt="%(message)s") as captured:
            ok = bool(app.notify(body=r_body, title=r_title, body_format=fmt, notify_type=notify_type))
            detail = captured.getvalue() if not ok else ""
    except Exception as exc:  # a plugin raising must not end the run
        ok, detail = False, f"{type(exc).__name__}: {exc}"
    return ok, redact_text(detail.strip()[-500:], [url])
