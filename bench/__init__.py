"""The benchmark: dehusk and its peers on the shared development sets."""
