"""The coach's side of the window: the readiness page, coach mode (notes, changes, sessions) and
the one-on-one summary export."""
