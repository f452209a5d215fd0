"""Package data: demo."""
