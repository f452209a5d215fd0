"""Package data: icons."""
