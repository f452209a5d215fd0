"""Markets: market profiles as data, and the pure functions that read them."""
