"""UI: the first wrapper of a scroll area's viewport makes PySide set up about forty widget classes' Python types
and enums (≈8 ms); the idle warm-up makes them, so the first open of Variants or Ambassadors (whose painters ask
their table for its viewport) does not. A fresh process, so types other tests made do not hide it."""

from __future__ import annotations

from _probes import ENUMS_MADE_OPENING, WINDOW_ON_WORKSPACE, run_probe

from ghostdesk.services import workspaces

PROBE = (
    WINDOW_ON_WORKSPACE
    + """
from ghostdesk.ui.views import variants_page

PAGE = sys.argv[2]
if sys.argv[3] == "warm":
    variants_page.warm_up()
"""
    + ENUMS_MADE_OPENING
)


def test_the_idle_warm_up_makes_the_viewport_s_widget_types_before_a_first_open(ghostdesk_home, tmp_path):
    path = tmp_path / "probe.ghostdesk"
    workspaces.create(path, name="Probe").close()
    for page in ("variants", "ambassadors"):
        cold = run_probe(PROBE, str(path), page, "cold")
        warm = run_probe(PROBE, str(path), page, "warm")
        # QWizard's, QDockWidget's, QGraphicsView's … none of which the pages use: the viewport's wrapper made them
        markers = {"WizardButton", "DockWidgetFeature", "DragMode"}
        assert markers <= set(cold["made"].split()), cold
        assert not markers & set(warm["made"].split()), (page, warm)
