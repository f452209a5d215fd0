"""UI: dialogs."""
