"""Sources grouped by the hosts they fetch from: the unit of politeness.

The HTTP client spaces the requests to one host (`min_interval_s`), so two sources on one host
crawled at once only wait for each other. A night therefore crawls *host groups*: the sources
that share a host (through their start URLs or allowed hosts, transitively), one after the
other; the groups run concurrently. A sharded night gives each group to exactly one shard, so a
host is never crawled by two workers at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from extract.sources import Source


def _hostname(netloc: str) -> str:
    """`host:port` → host (an IPv6 `[…]:port` keeps its brackets): ports do not make two hosts."""
    if netloc.startswith("["):
        return netloc.split("]", 1)[0] + "]"
    return netloc.rsplit(":", 1)[0] if netloc.count(":") == 1 else netloc


@dataclass
class HostGroup:
    """Sources that share a host, crawled one after the other; `hosts` they fetch from."""

    sources: list[Source] = field(default_factory=list)
    hosts: set[str] = field(default_factory=set)

    @property
    def source_ids(self) -> list[str]:
        return [s.id for s in self.sources]

    def cost(self, default_interval_s: float) -> float:
        """Seconds the group needs at least for one list page per source (and robots.txt per
        host): requests × the slowest interval of its sources. Used to balance batches and shards."""
        intervals = [s.min_interval_s for s in self.sources if s.min_interval_s is not None]
        interval = max([*intervals, 0.0]) if intervals else default_interval_s
        n_lists = sum(len(s.start_urls) for s in self.sources)
        return (n_lists + len(self.hosts)) * max(interval, 0.01)


def host_groups(sources: Iterable[Source]) -> list[HostGroup]:
    """Group sources that share a host name (transitively), in the order they first appear."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    keys: list[tuple[Source, list[str]]] = []
    for source in sources:
        names = sorted({_hostname(n) for n in source.netlocs}) or [f"source:{source.id}"]
        keys.append((source, names))
        for other in names[1:]:
            parent[find(other)] = find(names[0])
    groups: dict[str, HostGroup] = {}
    for source, names in keys:
        group = groups.setdefault(find(names[0]), HostGroup())
        group.sources.append(source)
        group.hosts.update(n for n in names if not n.startswith("source:"))
    return list(groups.values())


def balanced(groups: list[HostGroup], n: int, default_interval_s: float) -> list[list[HostGroup]]:
    """Split groups into at most `n` lists of similar total cost (longest first onto the least
    loaded), each list keeping the groups longest first."""
    n = max(1, min(n, len(groups)))
    bins: list[tuple[float, int, list[HostGroup]]] = [(0.0, i, []) for i in range(n)]
    for group in sorted(groups, key=lambda g: -g.cost(default_interval_s)):
        load, i, members = min(bins)
        members.append(group)
        bins[i] = (load + group.cost(default_interval_s), i, members)
    return [members for _, _, members in sorted(bins, key=lambda b: b[1]) if members]
