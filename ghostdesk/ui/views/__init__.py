"""UI: views."""
