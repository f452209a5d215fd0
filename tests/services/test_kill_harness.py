"""Crash safety: a worker that edits, autosaves, imports and plans is killed with SIGKILL 100 times at random
(seeded) moments; after every kill the workspace passes `PRAGMA integrity_check` and holds every change the
worker's journal says was committed — and no half-written import or plan.

To keep 100 kills under a minute, a "zygote" process imports GhostDesk once and warms every lazy import on a
scratch copy; for each cycle it forks a fresh worker (a real, separate process that opens the workspace, takes
the writer lock, and loops). The test kills the worker 20–300 ms after it reports the workspace open.

The worker writes one journal line per change AFTER its transaction returned, fsynced, so the journal lists
only committed changes. A "begin" line (not synced) before each change tells where the kill landed.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path

import pytest
from campaign_helpers import world

from ghostdesk.domain.campaigns import CampaignStatus
from ghostdesk.services import ambassadors, campaigns, posts, workspaces

KILLS = 100
SEED = 20261130
IMPORT_ROWS = 3

ZYGOTE = textwrap.dedent(
    """
    import json, os, sys, time
    from dataclasses import replace
    from pathlib import Path

    from ghostdesk.services import ambassador_import, campaigns, posts, workspaces

    ids = json.loads(sys.argv[1])
    ROWS = int(sys.argv[2])


    def journal(fd, line, sync):
        os.write(fd, (line + "\\n").encode())
        if sync:
            os.fsync(fd)


    def work(path, journal_path, cycle, start, stop_after=None):
        ws = workspaces.open_workspace(Path(path))
        fd = os.open(journal_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        scratch = Path(journal_path).with_name(f"import-{os.getpid()}.csv")
        if stop_after is None:
            print("open", os.getpid(), flush=True)
        step = start
        done = 0
        while stop_after is None or done < stop_after:
            n = cycle * 100000 + step
            op = step % 4
            step += 1
            done += 1
            if op == 0:
                journal(fd, f"begin autosave {n}", False)
                post = posts.get(ws, ids["post"])
                posts.autosave(ws, replace(post, body=f"draft {n}"))
                journal(fd, f"autosave {n}", True)
            elif op == 1:
                journal(fd, f"begin save {n}", False)
                post = posts.get(ws, ids["post"])
                posts.save(ws, replace(post, body=f"saved {n}"), actor="worker")
                journal(fd, f"save {n}", True)
            elif op == 2:
                journal(fd, f"begin import {n}", False)
                lines = ["name,email,market"] + [f"Person {n}-{j},imp{n}-{j}@example.com,FR" for j in range(ROWS)]
                scratch.write_text("\\n".join(lines) + "\\n", encoding="utf-8")
                report = ambassador_import.import_file(
                    ws.db, scratch, ambassador_import.ImportOptions(), actor="worker"
                )
                assert report.written and report.created == ROWS, report.to_dict()
                journal(fd, f"import {n}", True)
            else:
                journal(fd, f"begin plan {n}", False)
                plan = campaigns.compute(ws.db, ids["campaign"])
                campaigns.apply(ws.db, ids["campaign"], plan, actor="worker")
                journal(fd, f"plan {n} {len(plan.shares)} {len(plan.slots)}", True)
        ws.close()


    # Warm every lazy import (CSV sniffing, planner, holidays …) once, on a scratch copy, before forking.
    work(ids["warm"], ids["warm_journal"], 0, 0, stop_after=8)
    print("warm", flush=True)
    for line in sys.stdin:
        cycle, start = map(int, line.split())
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            try:
                work(ids["path"], ids["journal"], cycle, start)
            except BaseException as exc:  # never reached when killed; any error is reported
                print("error", repr(exc), flush=True)
            os._exit(3)
        _, status = os.waitpid(pid, 0)
        print("dead", pid, status, flush=True)
    """
)


def _read_journal(path: Path) -> list[list[str]]:
    """Whole lines only (a kill could in theory cut the last one)."""
    if not path.exists():
        return []
    text = path.read_text(encoding="utf-8")
    whole = text if text.endswith("\n") else text[: text.rfind("\n") + 1]
    return [line.split() for line in whole.splitlines() if line]


def _number(text: str) -> int:
    return int(text.rsplit(" ", 1)[1])


def _import_audits(db) -> int:
    return db.execute("SELECT COUNT(*) FROM audit_log WHERE action = 'ambassadors.imported'").fetchone()[0]


def _check(path: Path, entries: list[list[str]], ids: dict) -> None:
    committed = [e for e in entries if e[0] != "begin"]
    with workspaces.open_workspace(path) as ws:
        db = ws.db
        assert [r[0] for r in db.execute("PRAGMA integrity_check")] == ["ok"]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []

        # Edits: the post holds the last committed save (or the one in flight, which may have committed).
        saves = [int(e[1]) for e in committed if e[0] == "save"]
        post = posts.get(ws, ids["post"])
        if saves:
            assert post.body.startswith("saved ") and _number(post.body) >= saves[-1], (post.body, saves[-1])
        # Autosave: a draft committed after the last committed save is recoverable (or a newer save won).
        last_edit = next((e for e in reversed(committed) if e[0] in ("save", "autosave")), None)
        if last_edit and last_edit[0] == "autosave":
            found = posts.recovered(ws, ids["post"])
            if found is None:
                assert _number(post.body) > int(last_edit[1]), "a committed autosave was lost"
            else:
                assert _number(found[0].body) >= int(last_edit[1])

        # Imports: every committed batch is whole; no batch is ever partly there.
        batches = Counter(
            row[0].split("-")[0].removeprefix("imp")
            for row in db.execute("SELECT email FROM ambassadors WHERE email LIKE 'imp%'")
        )
        assert all(count == IMPORT_ROWS for count in batches.values()), batches
        for e in committed:
            if e[0] == "import":
                assert batches[e[1]] == IMPORT_ROWS, f"committed import {e[1]} is missing"
        assert _import_audits(db) == len(batches)  # the audit entry is written with its batch, or not at all

        # Plans: the stored plan is whole (the same shares and slots the planner makes every time).
        plans = [e for e in committed if e[0] == "plan"]
        if plans:
            shares, slots = int(plans[-1][2]), int(plans[-1][3])
            assert campaigns.get(db, ids["campaign"]).status == CampaignStatus.PLANNED
            assert len(campaigns.shares(db, ids["campaign"])) == shares
            assert len(campaigns.slots(db, ids["campaign"])) == slots


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="the zygote forks its workers")
def test_hundred_kills_leave_a_sound_workspace_with_every_committed_change(tmp_path):
    path = tmp_path / "kill.ghostdesk"
    with workspaces.create(path) as ws:
        campaign, post, _made, _roster = world(ws, people=2)
        expected = campaigns.plan_and_apply(ws.db, campaign.id, actor="setup")
        assert expected.shares  # the plan is not empty, so a half-written one would show
        before = ambassadors.counts(ws.db).total
    warm = tmp_path / "warm.ghostdesk"
    shutil.copy(path, warm)
    ids = {
        "path": str(path),
        "journal": str(tmp_path / "journal.txt"),
        "warm": str(warm),
        "warm_journal": str(tmp_path / "warm-journal.txt"),
        "post": post.id,
        "campaign": campaign.id,
    }
    zygote = subprocess.Popen(
        [sys.executable, "-c", ZYGOTE, json.dumps(ids), str(IMPORT_ROWS)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    rng = random.Random(SEED)
    landed: Counter[str] = Counter()
    started = time.monotonic()
    try:
        assert zygote.stdout.readline().split() == ["warm"]
        for cycle in range(1, KILLS + 1):
            zygote.stdin.write(f"{cycle} {rng.randrange(4)}\n")
            zygote.stdin.flush()
            first = zygote.stdout.readline().split()
            assert first[:1] == ["open"], first
            time.sleep(rng.uniform(0.020, 0.300))
            os.kill(int(first[1]), signal.SIGKILL)
            dead = zygote.stdout.readline().split()
            assert dead[:2] == ["dead", first[1]], f"the worker stopped on its own: {first} {dead}"
            assert os.WIFSIGNALED(int(dead[2])) and os.WTERMSIG(int(dead[2])) == signal.SIGKILL
            entries = _read_journal(Path(ids["journal"]))
            last = entries[-1] if entries else ["none"]
            landed["inside " + last[1] if last[0] == "begin" else "between"] += 1
            _check(path, entries, ids)
    finally:
        zygote.stdin.close()
        zygote.kill()
        zygote.wait(10)
    elapsed = time.monotonic() - started
    committed = Counter(e[0] for e in _read_journal(Path(ids["journal"])) if e[0] != "begin")
    print(f"\n{KILLS} kills in {elapsed:.1f} s; committed {dict(committed)}; kills landed {dict(landed)}")
    # The harness is only worth something if the kills land inside writes and the worker got work done.
    assert sum(n for k, n in landed.items() if k.startswith("inside")) >= KILLS // 2, landed
    assert all(committed[kind] >= 10 for kind in ("save", "autosave", "import", "plan")), committed
    with workspaces.open_workspace(path) as ws:
        assert ambassadors.counts(ws.db).total == before + IMPORT_ROWS * _import_audits(ws.db)
