"""Secret redaction for anything that reaches logs, tables or error messages."""

from __future__ import annotations

import re

_URL_CREDS = re.compile(r"(?P<scheme>[a-zA-Z][a-zA-Z0-9+.-]*://)(?P<cred>[^/@\s:]+(?::[^/@\s]*)?)@")
_KEYISH = re.compile(
    r"(?i)(?<![/\w.-])(?P<k>\w*?(?:access_?key(?:_id)?|secret(?:_access)?_?key|token|password|passwd|pwd|secret|"
    r"signature|sign|key|access_token|webhook_key)[\"']?\s*[=:]\s*[\"']?)(?P<v>[^\s,;&\"'}]+)"
)
_APPRISE_PATH = re.compile(
    r"(?P<scheme>(?:json|jsons|xml|xmls|form|forms|slack|dingtalk|wecombot|feishu|lark|discord|"
    r"tgram|mailto|mailtos|msteams|pushover|ntfy|ntfys)://)(?P<rest>[^\s\"'<>]+)"
)


def redact_url(url: str) -> str:
    """Keep scheme and host, hide credentials, tokens and paths of an Apprise/webhook URL."""
    m = re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*)://(?:[^@/\s]*@)?([^/?#\s]*)", url)
    if not m:
        return "***"
    scheme, host = m.group(1), m.group(2)
    # Many Apprise schemes carry a token where a host would be (dingtalk://TOKEN/…): keep only real hosts.
    hostname = host.split(":")[0]
    if hostname and ("." in hostname or hostname == "localhost"):
        return f"{scheme}://{host}/***"
    return f"{scheme}://***"


def redact_text(text: str, secrets: list[str] | tuple[str, ...] = ()) -> str:
    out = str(text)
    for secret in sorted((s for s in secrets if s), key=len, reverse=True):
        out = out.replace(secret, redact_url(secret) if "://" in secret else "***")
    out = _URL_CREDS.sub(lambda m: m.group("scheme") + "***@", out)
    out = _APPRISE_PATH.sub(lambda m: redact_url(m.group(0)), out)
    out = _KEYISH.sub(lambda m: m.group("k") + "***", out)
    return out
