"""Object-store options shared by the raw archive and the warehouse."""

from __future__ import annotations

import json

from planwatch.exceptions import ConfigError


def parse_storage_options(text: str | dict | None) -> dict[str, str]:
    """Storage options from JSON (`{"AWS_REGION": "x"}`), `k=v,k=v` or a dict; empty → {}.

    The error message never repeats the input: it usually holds keys.
    """
    if not text:
        return {}
    if isinstance(text, dict):
        return {str(k): str(v) for k, v in text.items()}
    text = text.strip()
    if text.startswith("{"):
        try:
            return {str(k): str(v) for k, v in json.loads(text).items()}
        except (ValueError, AttributeError) as exc:
            raise ConfigError(f"storage options: invalid JSON ({exc.__class__.__name__})") from None
    out: dict[str, str] = {}
    for part in text.split(","):
        if not part.strip():
            continue
        if "=" not in part:
            raise ConfigError("storage options: expected k=v,k=v or JSON")
        k, v = part.split("=", 1)
        out[k.strip()] = v.strip()
    return out
