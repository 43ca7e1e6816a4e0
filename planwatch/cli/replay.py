"""`planwatch replay DIR... --port N [--faults FILE] [--sources-out FILE]`: serve saved sites on loopback."""

from __future__ import annotations

import argparse
from pathlib import Path

from planwatch.settings import add_arguments


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "replay",
        help="serve saved portal sites (or the bundled sample sites) on loopback",
        description="Serve saved county portals on 127.0.0.1 for tests and demos: static files "
        "with ETag/Last-Modified, robots.txt, Hanweb dataproxy.jsp paging, and fault "
        "rules from --faults. Each DIR is a site folder (site.toml + www/) or the name "
        "of a bundled sample site (hanweb_chengwu, hanweb_juancheng, trs_zhangxi, "
        "jact_heze; 'all' = every one). Sites get consecutive ports from --port (0: free ports). "
        "Prints each base URL and its list start URLs, optionally writes a "
        "sources.toml for them (--sources-out), then serves until interrupted.",
    )
    p.add_argument("site", metavar="DIR", nargs="+", help="site folder, bundled sample site name, or 'all'")
    add_arguments(p, "replay_port", "replay_host", "replay_faults", "replay_sources_out", "log_level")
    p.set_defaults(func=run, signals=False)  # serves until stopped: its own Ctrl-C handling


def _resolve(names: list[str]) -> list[tuple[str, Path]]:
    from planwatch.exceptions import ConfigError
    from testbed import sites

    out: list[tuple[str, Path]] = []
    for name in names:
        if name == "all":
            out += [(s, sites.site_path(s)) for s in sites.SITES]
        elif Path(name).is_dir():
            out.append((Path(name).resolve().name, Path(name)))
        elif name in sites.SITES:
            out.append((name, sites.site_path(name)))
        else:
            raise ConfigError(
                f"replay: {name} is neither a folder nor a sample site ({', '.join(sites.SITES)}, all)"
            )
    return out


def run(args: argparse.Namespace) -> int:
    import signal
    import sys
    import time

    from planwatch.exceptions import ConfigError
    from planwatch.settings import load
    from testbed import sites
    from testbed.faults import load_faults
    from testbed.replay import ReplayServer

    cfg = load(args).replay
    targets = _resolve(args.site)
    faults = load_faults(cfg.faults) if cfg.faults else []
    servers: list[tuple[str, Path, ReplayServer]] = []

    def _term(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _term)
    try:
        for i, (key, site_dir) in enumerate(targets):
            port = cfg.port + i if cfg.port else 0
            # every server gets its own rule objects: a count is per site
            rules = load_faults(cfg.faults) if cfg.faults and i else faults
            srv = ReplayServer(site_dir, host=cfg.host, port=port, faults=rules)
            try:
                srv.start()
            except OSError as exc:
                raise ConfigError(f"replay: cannot listen on {cfg.host}:{port}: {exc}") from exc
            servers.append((key, site_dir, srv))
            info = srv.site.config
            print(
                f"planwatch replay: serving {site_dir} ({info.get('platform', 'static')}, "
                f"{info.get('county', '?')}) at {srv.base_url}",
                flush=True,
            )
            for url in srv.start_urls:
                print(f"  list: {url}", flush=True)
        for rule in faults:
            print(f"  fault: {rule!r}", flush=True)
        if cfg.sources_out:
            with_toml = [(k, d, s) for k, d, s in servers if (Path(d) / "site.toml").is_file()]
            text = sites.sources_toml(
                {k: s.base_url for k, _, s in with_toml}, site_dirs={k: d for k, d, _ in with_toml}
            )
            Path(cfg.sources_out).write_text(text, encoding="utf-8")
            print(f"  sources: {cfg.sources_out}", flush=True)
        while True:
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        for _, _, srv in servers:
            srv.stop()
        total = sum(len(s.requests) for _, _, s in servers)
        if servers:
            print(f"planwatch replay: stopped after {total} requests", file=sys.stderr, flush=True)
    return 0
