"""Services: the use cases. They return domain objects and raise GhostDeskError subclasses."""
