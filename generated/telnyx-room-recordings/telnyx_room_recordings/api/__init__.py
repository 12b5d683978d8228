# Generated from specs/telnyx/openapi.yaml by `make generate`. Do not edit.
"""Contains methods for accessing the API"""
