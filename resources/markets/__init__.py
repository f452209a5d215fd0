"""Package data: market profiles, one JSON file per market."""
