"""The one spec-reading core: errors, repository paths, strict YAML, JSON pointers, operations, vendors, x-webhooks.

Used by the generator, the tools, the mock and the tests, so that each of these facts is read one way only.
"""
