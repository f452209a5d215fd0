"""UI: models."""
