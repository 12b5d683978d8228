# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""Contains endpoint functions for accessing the API"""
