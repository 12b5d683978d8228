# Generated from specs/superviz/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """Error body in NestJS's default shape: `statusCode`, `message` and, for most exceptions, `error` (the HTTP
    reason phrase). Validation errors (400) carry a list of messages.

        Example:
            {'statusCode': 404, 'message': 'Not found.', 'error': 'Not Found'}

        Attributes:
            status_code (int | Unset): HTTP status repeated in the body. Example: 404.
            message (list[str] | str | Unset): Human-readable message, or a list of messages for validation errors. Example:
                Not found..
            error (str | Unset): HTTP reason phrase (e.g. `Not Found`, `Bad Request`). Example: Not Found.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    status_code: int | Unset = UNSET
    message: list[str] | str | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        message: list[str] | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        elif isinstance(self.message, list):
            message = self.message

        else:
            message = self.message

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if message is not UNSET:
            field_dict["message"] = message
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            status_code = d.pop("statusCode", UNSET)

            _message = d.pop("message", UNSET)
            message: list[str] | str | Unset
            if isinstance(_message, list):
                try:
                    message_type_1 = cast(list[str], _message)

                    message = message_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    message = cast(list[str] | str | Unset, _message)
            else:
                message = _message

            error = d.pop("error", UNSET)

            if not (
                (status_code.__class__ is int or status_code is UNSET)
                and (
                    (
                        message.__class__ is str
                        or (message.__class__ is list and all(_item.__class__ is str for _item in message))
                    )
                    or message is UNSET
                )
                and (error.__class__ is str or error is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            error_response = cls(
                status_code,
                message,
                error,
            )

            error_response.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
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

    def __repr__(self) -> str:
        """Like the attrs repr, but credentials never print: presigned-URL signatures."""
        return redacted_repr(self, [a.name for a in self.__attrs_attrs__], (), ("apiKey",))


ErrorResponse.__shape__ = (
    ("statusCode", False, "int", False),
    ("message", False, ("union", "str", ("list", "str")), False),
    ("error", False, "str", False),
)
