# Generated from specs/superviz/openapi.yaml by `make generate`. Do not edit.
"""Contains methods for accessing the API"""
