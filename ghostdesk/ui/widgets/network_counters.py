"""UI: the per-network character counters under an editor's text (the post editor's and the variant editor's)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from PySide6.QtWidgets import QLabel

from ghostdesk.domain import networks


def counter_labels(
    labels: dict[str, QLabel], row, text: str, selected: Iterable[str]
) -> Iterator[tuple[networks.Count, QLabel, bool]]:
    """Each selected network's count of `text` with its label in `labels` (by network id), and whether that label
    is new (made here and added to the `row` layout, for the caller to style once); the labels of networks no
    longer selected are dropped first. The caller words each label (in its own translation context)."""
    selected = tuple(selected)
    for network_id in list(labels):
        if network_id not in selected:
            labels.pop(network_id).deleteLater()
    for count in networks.counts(text, selected):
        label = labels.get(count.network)
        new = label is None
        if new:
            label = labels[count.network] = QLabel()
            label.setObjectName(f"counter_{count.network}")
            row.addWidget(label)
        yield count, label, new
