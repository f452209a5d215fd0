"""CLI: init, demo, check, backup and restore."""

from __future__ import annotations

import argparse
from pathlib import Path

from ghostdesk.commands.output import Output
from ghostdesk.services import demo, workspaces


def register(sub: argparse._SubParsersAction, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[parent], help="create an empty workspace")
    p.add_argument("path", type=Path)
    p.add_argument("--name", default="", help="workspace name (default: the file name)")
    p.set_defaults(handler=_init)

    p = sub.add_parser("demo", parents=[parent], help="create the demo workspace")
    p.add_argument("path", type=Path)
    p.add_argument("--force", action="store_true", help="replace an existing file at PATH")
    p.add_argument(
        "--size",
        choices=("small", "large"),
        default="small",
        help="small: the tour (default); large: plus 10,000 posts, 50,000 variants, 20,000 ambassadors,"
        " 200,000 planned shares, for benchmarks",
    )
    p.add_argument("--scale", type=float, default=1.0, help=argparse.SUPPRESS)  # shrinks --size large (tests)
    p.set_defaults(handler=_demo)

    p = sub.add_parser("check", parents=[parent], help="check a workspace's integrity and schema")
    p.add_argument("path", type=Path)
    p.set_defaults(handler=_check)

    p = sub.add_parser("backup", parents=[parent], help="back up a workspace now")
    p.add_argument("path", type=Path)
    p.add_argument("--to", type=Path, metavar="DIR", help="folder for the copy (default: backups/ beside it)")
    p.set_defaults(handler=_backup)

    p = sub.add_parser("restore", parents=[parent], help="restore a backup into a new workspace file")
    p.add_argument("backup", type=Path)
    p.add_argument("--to", type=Path, required=True, metavar="PATH", help="new workspace file")
    p.set_defaults(handler=_restore)


def _init(args: argparse.Namespace, out: Output) -> int:
    with workspaces.create(args.path, name=args.name) as ws:
        name = workspaces.workspace_name(ws)
        out.result({"path": ws.path, "name": name}, f"Created workspace “{name}” at {ws.path}")
    return 0


def _demo(args: argparse.Namespace, out: Output) -> int:
    if args.size == "large":
        return _demo_large(args, out)
    with demo.build(args.path, replace=args.force) as ws:
        out.result(
            {"path": ws.path, "name": workspaces.workspace_name(ws), "demo_version": demo.DEMO_VERSION},
            f"Created the demo workspace at {ws.path}",
        )
    return 0


def _demo_large(args: argparse.Namespace, out: Output) -> int:
    import time

    from ghostdesk.services import demo_large

    started = time.perf_counter()
    with demo_large.build(args.path, replace=args.force, scale=args.scale) as ws:
        seconds = time.perf_counter() - started
        size = demo_large.counts(args.scale)
        data = {
            "path": ws.path,
            "name": workspaces.workspace_name(ws),
            "demo_version": demo.DEMO_VERSION,
            "size": "large",
            "synthetic": {
                "posts": size.posts,
                "variants": size.variants,
                "ambassadors": size.ambassadors,
                "campaigns": size.campaigns,
                "planned_shares": size.shares,
            },
            "seconds": round(seconds, 1),
            "size_bytes": ws.path.stat().st_size,
        }
        out.result(
            data,
            f"Created the large demo workspace at {ws.path} in {seconds:.1f} s ({data['size_bytes'] / 1e6:.0f} MB):"
            f" {size.posts:,} posts, {size.variants:,} variants, {size.ambassadors:,} ambassadors,"
            f" {size.shares:,} planned shares in {size.campaigns} campaigns, besides the tour's own",
        )
    return 0


def _check(args: argparse.Namespace, out: Output) -> int:
    report = workspaces.check(args.path)
    lines = [
        f"{report.path}: {'ok' if report.ok else 'PROBLEMS FOUND'}",
        f"  name: {report.name}",
        f"  schema: {report.schema_version} of {report.latest_schema_version}"
        + (f" ({len(report.pending_migrations)} upgrade(s) due on next open)" if report.pending_migrations else ""),
        f"  size: {report.size_bytes:,} bytes",
        f"  backups: {report.backups}" + (f", newest {report.newest_backup}" if report.newest_backup else ""),
        *(f"  problem: {p}" for p in report.problems),
    ]
    out.result(report, "\n".join(lines))
    return 0 if report.ok else 1


def _backup(args: argparse.Namespace, out: Output) -> int:
    info = workspaces.backup(args.path, to=args.to)
    out.result(
        {"path": info.path, "taken_at": info.taken_at, "size_bytes": info.size},
        f"Backed up to {info.path}",
    )
    return 0


def _restore(args: argparse.Namespace, out: Output) -> int:
    target = workspaces.restore(args.backup, args.to)
    out.result({"path": target, "from": args.backup}, f"Restored {args.backup} into {target}")
    return 0
