"""Encrypted local storage: SQLCipher engine, key hierarchy, typed models, migrations, repositories."""
