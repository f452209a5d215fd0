"""Domain: dataclasses, enums and pure rules. Standard library only."""
