"""The laptop's half of sync (docs/sync-protocol.md): transport, enrolment and the sync engine.

No Qt here: the engine runs headless (``sopiva-desk sync``) and on the GUI's own sync lane.
"""
