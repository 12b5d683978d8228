# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""Contains methods for accessing the API"""
