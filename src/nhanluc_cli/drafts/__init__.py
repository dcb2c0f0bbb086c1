"""YAML and repository files written for people: new, carry, init, forms."""
