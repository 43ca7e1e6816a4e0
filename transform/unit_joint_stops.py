"""Where the bodies after 会同/联合 end besides a work verb (round 43b): an adverb, a preposition or a work
verb of their own (lexicon units_roles.toml, [verbs] joint_name_stops): "县应急管理局会同县消防救援大队对全县
危化品企业开展检查", "会同县自然资源局抓紧修改完善", "由县商务局牵头，会同县生态环境分局规范废旧电池回收".

Read by the 会同 sentence (transform.unit_joint) and the 会同 clause after a lead (transform.unit_clauses).
对 before 外/口/台 is part of a name (县对外经济合作办公室, 对口支援办), 组织 before 部 (县委组织部: lexicon
joint_stop_guards, round 43i).
"""

from __future__ import annotations

import re

from transform.lexicons import table

_VERBS = table("units_roles")["verbs"]
JOINT_NAME_STOPS: tuple[str, ...] = tuple(sorted(_VERBS["joint_name_stops"], key=len, reverse=True))
#: a stop word is part of a name before one of these characters (对外, 组织部: round 43i)
_GUARDS: dict[str, str] = dict(_VERBS["joint_stop_guards"])
#: one alternation of plain words (linear: no quantifier)
NAME_STOP = re.compile(
    "|".join(re.escape(w) + (f"(?![{_GUARDS[w]}])" if w in _GUARDS else "") for w in JOINT_NAME_STOPS)
)


def first_stop(view: str, s: int, e: int) -> int:
    """Where the first word that ends the bodies starts in view[s:e], e when none does."""
    m = NAME_STOP.search(view, s, e)
    return e if m is None else m.start()
