"""Markets: the errors market profiles and their workspace overrides raise (codes are stable)."""

from __future__ import annotations

from ghostdesk.domain.errors import GhostDeskError, ValidationError


class MarketProfileInvalid(ValidationError):
    """A profile (shipped, added or overridden) breaks a rule; `field` and `reason` say which and why."""

    code = "market_invalid"


class MarketExists(GhostDeskError):
    """A market with that code already exists (shipped or added in this workspace)."""

    code = "market_exists"


class MarketFieldUnknown(ValidationError):
    """An override names a field profiles do not have (or the code, which cannot be overridden)."""

    code = "market_field_unknown"


class MarketNotRemovable(GhostDeskError):
    """Shipped markets cannot be removed; their overrides can be cleared."""

    code = "market_not_removable"


class MarketInUse(GhostDeskError):
    """An added market still has variants: they are checked against its profile, so it cannot go first."""

    code = "market_in_use"
