# Generated from specs/telnyx/openapi.yaml by `make generate`. Do not edit.
"""Contains endpoint functions for accessing the API"""
