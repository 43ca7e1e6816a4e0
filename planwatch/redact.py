"""Secret redaction for anything that reaches logs, tables, terminals or error messages.

Redaction works by pattern, not only by the exact configured string, because secrets travel in
pieces: Apprise logs the webhook path and urllib3 logs `"POST /hook/TOKEN?-apikey=KEY HTTP/1.1"`
without the scheme; an S3 error echoes the access key id alone. So:

- `secret_fragments(value)` splits a configured secret (an Apprise URL, storage options) into the
  pieces that can appear alone: the password and user of `user:pass@`, path segments and query
  values that look like tokens, a token in the host position (`dingtalk://TOKEN`), the values of
  key/secret/token options;
- `register_secrets` adds them to a process-wide set, which every redaction uses;
- patterns catch what was never configured: credentials in any URL, Apprise URLs, `key=value`
  pairs named like secrets, AWS access key ids and the XML elements S3 errors carry them in;
- `install_log_redaction` puts a log record factory in place, so that every record of every
  logger (Apprise, urllib3, requests, botocore, Prefect …) is redacted when it is made, before
  any handler, filter or Prefect's API log shipper sees it — exception text included.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

_URL_CREDS = re.compile(r"(?P<scheme>[a-zA-Z][a-zA-Z0-9+.-]*://)(?P<cred>[^/@\s:]+(?::[^/@\s]*)?)@")
_KEYISH = re.compile(
    r"(?i)(?<![/\w.-])(?P<k>\w*?(?:access_?key(?:_id)?|secret(?:_access)?_?key|token|password|passwd|pwd|secret|"
    r"signature|sign|key|access_token|webhook_key|credential|apikey)[\"']?\s*[=:]\s*[\"']?)(?P<v>[^\s,;&\"'}]+)"
)
_APPRISE_PATH = re.compile(
    r"(?P<scheme>(?:json|jsons|xml|xmls|form|forms|slack|dingtalk|wecombot|feishu|lark|discord|"
    r"tgram|mailto|mailtos|msteams|pushover|ntfy|ntfys)://)(?P<rest>[^\s\"'<>]+)"
)
# AWS access key ids (AKIA…, ASIA… temporary ones) and the S3 error elements that echo credentials.
_AWS_KEY_ID = re.compile(r"\b(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|AKPA|ABIA|ACCA)[A-Z0-9]{12,20}\b")
_S3_XML = re.compile(
    r"<(AWSAccessKeyId|AccessKeyId|SecretAccessKey|SessionToken|Signature|SignatureProvided|StringToSign|"
    r"StringToSignBytes|CanonicalRequest|CanonicalRequestBytes)>[^<]*</\1>"
)
# Query parameters of Apprise URLs that configure, not authenticate (their values stay readable).
_PLAIN_PARAMS = frozenset(
    "format overflow verify method rto cto cc bcc from to name mode lang image emojis batch "
    "discovery priority tz smtp secure user port region endpoint allow_http".split()
)
_SECRET_OPTION = re.compile(r"(?i)key|secret|token|password|passwd|credential|session|signature")
MIN_FRAGMENT = 4

_registered: set[str] = set()
_registry_lock = threading.Lock()


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


def _tokenish(value: str) -> bool:
    """A piece of a secret URL that may be a credential on its own (not a plain word like `hook`)."""
    return len(value) >= 8 or (len(value) >= MIN_FRAGMENT and any(c.isdigit() for c in value))


def _url_fragments(url: str) -> list[str]:
    try:
        parts = urlsplit(url)
    except ValueError:
        return []
    out: list[str] = []
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, netloc = netloc.rpartition("@")
        user, _, password = userinfo.partition(":")
        out += [unquote(password), password, unquote(user)]
    host = netloc.split(":")[0]
    if host and "." not in host and host != "localhost":  # a token in the host position
        out.append(host)
    out += [seg for seg in parts.path.split("/") if _tokenish(seg)]
    out += [unquote(seg) for seg in parts.path.split("/") if _tokenish(seg)]
    for key, value in parse_qsl(parts.query, keep_blank_values=False):
        if key.lstrip("+-:").lower() not in _PLAIN_PARAMS and len(value) >= MIN_FRAGMENT:
            out.append(value)
    return out


def _option_fragments(text: str) -> list[str]:
    """Values of secret-looking keys in storage options (JSON or `k=v,k=v`)."""
    pairs: list[tuple[str, str]] = []
    try:
        data = json.loads(text)
        if isinstance(data, dict):
            pairs = [(str(k), str(v)) for k, v in data.items()]
    except ValueError:
        for item in text.split(","):
            key, sep, value = item.partition("=")
            if sep:
                pairs.append((key.strip(), value.strip()))
    return [v for k, v in pairs if _SECRET_OPTION.search(k) and len(v) >= MIN_FRAGMENT]


def secret_fragments(value: str) -> list[str]:
    """The secret itself and the pieces of it that can show up alone in a log line."""
    if not value:
        return []
    out = [value]
    if "://" in value:
        out += _url_fragments(value)
    elif "=" in value or value.lstrip().startswith("{"):
        out += _option_fragments(value)
    return [v for v in dict.fromkeys(out) if v and len(v) >= MIN_FRAGMENT]


def register_secrets(values: Iterable[str]) -> None:
    """Remember secrets (and their fragments) for every later redaction in this process."""
    found = {f for v in values if v for f in secret_fragments(v)}
    if found:
        with _registry_lock:
            _registered.update(found)


def registered_secrets() -> list[str]:
    with _registry_lock:
        return list(_registered)


def restore_secrets(snapshot: Iterable[str]) -> None:
    """Make the registry what `registered_secrets()` returned earlier (the test suite restores
    it after each test, so no test's redaction depends on which tests ran before it)."""
    with _registry_lock:
        _registered.clear()
        _registered.update(snapshot)


def redact_text(text: str, secrets: list[str] | tuple[str, ...] = ()) -> str:
    """`text` with every known secret and every secret-shaped pattern replaced by `***`."""
    out = str(text)
    known = {f for s in secrets if s for f in secret_fragments(s)} | set(registered_secrets())
    for secret in sorted(known, key=len, reverse=True):
        if secret in out:
            out = out.replace(secret, redact_url(secret) if "://" in secret else "***")
    out = _URL_CREDS.sub(lambda m: m.group("scheme") + "***@", out)
    out = _APPRISE_PATH.sub(lambda m: redact_url(m.group(0)), out)
    out = _S3_XML.sub(lambda m: f"<{m.group(1)}>***</{m.group(1)}>", out)
    out = _AWS_KEY_ID.sub("***", out)
    out = _KEYISH.sub(lambda m: m.group("k") + "***", out)
    return out


# --- every logger ---------------------------------------------------------------------------
_installed = False
_install_lock = threading.Lock()


def _redacted_record_factory(base: Callable[..., logging.LogRecord]) -> Callable[..., logging.LogRecord]:
    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = base(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: logging reports it itself later
            return record
        clean = redact_text(message)
        if clean != message or record.args:
            record.msg, record.args = clean, ()
        if record.exc_info and record.exc_info[0] is not None:
            text = logging.Formatter().formatException(record.exc_info)
            record.exc_text, record.exc_info = redact_text(text), None
        return record

    factory.planwatch_redacts = True  # type: ignore[attr-defined]
    return factory


def install_log_redaction() -> None:
    """Redact every log record of every logger from now on (idempotent)."""
    global _installed
    with _install_lock:
        current = logging.getLogRecordFactory()
        if _installed and getattr(current, "planwatch_redacts", False):
            return
        logging.setLogRecordFactory(_redacted_record_factory(current))
        _installed = True
