"""Pure rules and values. Imports nothing of Qt, SQLAlchemy or crypto (checked by a contract test)."""
