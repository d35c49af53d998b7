"""Reports rendered the same way on the laptop and on the central server (reportlab only: no Qt,
no store, no services, no server; import-linter holds it to that)."""
