"""The sync protocol shared by the laptop and the central records server (docs/sync-protocol.md).

Pure of Qt, of the desktop store and GUI and of the server: both ends import it, it imports
neither. ``entities`` says what syncs and how fields group, ``merge`` is the three-way group
merge, ``signing`` signs and verifies requests (RFC 9421 + RFC 9530), ``wire`` encodes values
and compresses bodies.
"""

SCHEMA_VERSION = 1
