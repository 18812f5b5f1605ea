"""Package data: the bundled seed documents and lookup tables."""
