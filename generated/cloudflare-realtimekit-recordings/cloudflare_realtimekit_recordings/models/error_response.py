# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """RealtimeKit's error envelope (realtimekit_GenericErrorResponse).

    Example:
        {'success': False, 'error': {'code': 404, 'message': 'Error: resource not found'}}

    Attributes:
        success (bool): Success status of the request (always false here). Default: False.
        error (ErrorDetail): What went wrong. Example: {'code': 404, 'message': 'No active session found for meeting_id
            6bf2b8be-04dd-4191-b602-1128921a306b'}.
    """

    error: ErrorDetail
    success: bool = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        error = ErrorDetail.from_dict(d.pop("error"))

        error_response = cls(
            error,
            success,
        )

        error_response.additional_properties = d
        return error_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class so that models referring to each other (in either direction) import cleanly;
# at module level, not inside from_dict/to_dict, so that parsing a page does not run an import per item.
from ..models.error_detail import ErrorDetail  # noqa: E402
