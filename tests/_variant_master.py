"""Test helpers: one master post for the variants' tests — in a company with five markets, with a number, an
amount and a short date for the market checks to find."""

from __future__ import annotations

from ghostdesk.services import posts
from ghostdesk.storage import executives_repo, meta_repo

MASTER = "We opened a grid lab in Lyon.\nIt tests balancing software on real feeders. 1,000.50 EUR on 03/12."


def lab_post(workspace):
    """The master post (on LinkedIn and X), its executive and the company's five markets written first."""
    meta_repo.put(workspace.db, "company", "Lumenvale")
    meta_repo.put(workspace.db, "company_markets", "US,FR,DE,JP,CN")
    claire = executives_repo.create(workspace.db, "Claire Vasseur", title="CEO")
    return posts.new_post(workspace, claire.id, actor="ines", body=MASTER, networks=("linkedin", "x"))
