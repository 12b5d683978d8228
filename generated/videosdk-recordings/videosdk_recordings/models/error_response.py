# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """Error body. VideoSDK does not document it; the official server SDK reads the message from `message`,
    `error`, `msg` or `statusMessage` and a code from `code` or `errorCode`. Constants such as
    `invalid_params` or `resource_not_found` come from VideoSDK's 2022 error table.

        Example:
            {'message': 'Room Recording not found.'}

        Attributes:
            message (str | Unset): Human-readable message. Example: Room Recording not found..
            error (str | Unset): Error text or constant (alternative key). Example: resource_not_found.
            msg (str | Unset): Human-readable message (alternative key). Example: Room Recording not found..
            status_message (str | Unset): Human-readable message (alternative key). Example: Room Recording not found..
            status_code (int | Unset): HTTP status repeated in the body. Example: 404.
            code (str | Unset): Machine-readable error code. Example: resource_not_found.
            error_code (str | Unset): Machine-readable error code (alternative key). Example: resource_not_found.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    message: str | Unset = UNSET
    error: str | Unset = UNSET
    msg: str | Unset = UNSET
    status_message: str | Unset = UNSET
    status_code: int | Unset = UNSET
    code: str | Unset = UNSET
    error_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        error = self.error

        msg = self.msg

        status_message = self.status_message

        status_code = self.status_code

        code = self.code

        error_code = self.error_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if error is not UNSET:
            field_dict["error"] = error
        if msg is not UNSET:
            field_dict["msg"] = msg
        if status_message is not UNSET:
            field_dict["statusMessage"] = status_message
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if code is not UNSET:
            field_dict["code"] = code
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            message = d.pop("message", UNSET)

            error = d.pop("error", UNSET)

            msg = d.pop("msg", UNSET)

            status_message = d.pop("statusMessage", UNSET)

            status_code = d.pop("statusCode", UNSET)

            code = d.pop("code", UNSET)

            error_code = d.pop("errorCode", UNSET)

            if not (
                (message.__class__ is str or message is UNSET)
                and (error.__class__ is str or error is UNSET)
                and (msg.__class__ is str or msg is UNSET)
                and (status_message.__class__ is str or status_message is UNSET)
                and (status_code.__class__ is int or status_code is UNSET)
                and (code.__class__ is str or code is UNSET)
                and (error_code.__class__ is str or error_code is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            error_response = cls(
                message,
                error,
                msg,
                status_message,
                status_code,
                code,
                error_code,
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
        return redacted_repr(
            self,
            [a.name for a in self.__attrs_attrs__],
            (),
            (
                "preSignedURL",
                "preSignedUrl",
            ),
        )


ErrorResponse.__shape__ = (
    ("message", False, "str", False),
    ("error", False, "str", False),
    ("msg", False, "str", False),
    ("statusMessage", False, "str", False),
    ("statusCode", False, "int", False),
    ("code", False, "str", False),
    ("errorCode", False, "str", False),
)
