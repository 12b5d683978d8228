"""State: ``store`` (seeded collections and their lifecycles), ``actions`` (what an operation does to them:
create, list, get, update, delete), ``criteria`` (``when``/``match`` and list filters), ``cache`` (list answers kept
while nothing changed), ``files`` (the downloadable bytes of an item)."""
