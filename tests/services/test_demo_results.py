"""The results demo populator, run against a test campaign (it is wired into the demo once campaigns land)."""

import random

import _results as h

from ghostdesk.services import demo_results, results, results_summary


def test_demo_results_fill_a_campaign_dashboard(workspace):
    h.add_people(workspace.db)
    lookup = h.lookup()
    written = demo_results.populate(workspace, random.Random(7), lookup)
    assert 2 <= written <= 5
    summary = results_summary.summary(workspace.db, "c-spring", lookup)
    assert summary.executive_totals.impressions >= 2500 and summary.amplification > 0
    assert results.board(workspace.db, "c-spring").participants == written - 1
    assert demo_results.populate(workspace, random.Random(7), lookup) == written  # same seed, same rows replaced
    assert len(results.figures(workspace.db, "c-spring")) == written
