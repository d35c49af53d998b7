"""Use cases: one transaction per user action; return plain dataclasses, never ORM objects."""
