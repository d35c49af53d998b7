"""Which schema revision this version of the app writes, known without loading Alembic.

Every unlock checks the store's revision; loading Alembic and parsing every migration script
to learn the head costs ~0.13 s on a first unlock and ~15 ms on every later one, so the head is
a constant here and ``tests/store/test_schema_head.py`` keeps it equal to Alembic's.
"""

HEAD_REVISION = "0021"
