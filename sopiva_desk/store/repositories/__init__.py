"""Query and write functions; each takes the session of the caller's transaction."""
