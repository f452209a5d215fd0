"""Storage: forward-only numbered migrations. Never edit one that has shipped; add the next number.

Registration order is application order: import each new migration module below, in number order.
"""

from ghostdesk.storage.migrations import (  # noqa: F401
    m001_initial,
    m002_executives,
    m003_voices,
    m004_posts,
    m005_ambassadors,
    m006_market_overrides,
    m007_assistants,
    m008_variants,
    m009_campaigns,
    m010_results,
    m011_variant_findings,
    m012_posts_title_index,
    m013_ambassador_counts,
    m014_variant_inputs,
)
from ghostdesk.storage.migrations.registry import MIGRATIONS, known_names

__all__ = ["MIGRATIONS", "known_names"]
