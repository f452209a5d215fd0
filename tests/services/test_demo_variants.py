"""The demo's variants: three posts in all five markets, some whose master changed, some with findings."""

from ghostdesk.services import demo, variants


def test_demo_has_variants_in_five_markets_some_stale_some_with_findings(tmp_path):
    with demo.build(tmp_path / "demo") as ws:
        result = variants.matrix(ws.db)
        assert set(result.markets) >= {"US", "FR", "DE", "JP", "CN"}
        cells = [c for row in result.rows for c in row.cells.values() if c is not None]
        assert len(cells) == 15
        assert sum(c.stale for c in cells) == 5
        assert any(c.blocking for c in cells) and any(c.warnings for c in cells)
        assert any(c.approved for c in cells)
        for row in result.rows:
            for market, cell in row.cells.items():
                if cell is not None:
                    variant = variants.get(ws.db, cell.variant_id)
                    assert variant.adapted and variant.market == market
                    assert variant.language == {"US": "en", "FR": "fr", "DE": "de", "JP": "ja", "CN": "zh"}[market]
