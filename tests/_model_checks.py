"""Test helpers: checks a model must pass whatever its data."""

from __future__ import annotations

from collections.abc import Iterable


def assert_multidata_answers_as_data(model, rows: Iterable[int], roles: list[int]) -> None:
    """`multiData` gives every role what `data` gives, and clears a role it does not answer (a delegate reuses
    one span from cell to cell, so a value left over would show in the next cell)."""
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan

    for row in rows:
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in roles:
                item = QModelRoleData(role)
                item.setData("left over from the cell painted before")
                index.multiData(QModelRoleDataSpan(item))
                assert item.data() == index.data(role), (row, column, role)
