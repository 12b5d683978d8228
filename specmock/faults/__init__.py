"""Fault injection: ``injection`` decides which faults a request gets (``X-Mock-Fault`` header, queued, server-wide
rate); ``bodies`` applies the ones that corrupt a response body (drop, truncate, invalid JSON, unknown enum value)."""
