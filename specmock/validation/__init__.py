"""Validation against the spec: ``request`` (parameters and body of a request, read by ``params``), ``schemas``
(the OpenAPI 3.0 JSON Schema dialect), ``conformance`` (is a response the mock is about to send documented and
valid)."""
