"""How the classifier's tuned values are chosen and validated (not shipped)."""
