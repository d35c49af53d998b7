"""The central records server (docs/admin.md, docs/sync-protocol.md)."""
