"""PySide6 front end. Talks to services only, never to the store (checked by a contract test)."""
