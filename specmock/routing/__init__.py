"""Routing: which operation of the spec a request is for.

``paths``: path templates (``/rooms/{room_id}``) compiled to patterns; ``router``: the most specific template wins,
a method the path does not document is a 405. (The split of ``/_mock/...`` from API requests is in ``app.py``.)
"""
