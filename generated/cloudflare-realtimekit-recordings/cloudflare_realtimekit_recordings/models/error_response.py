# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
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
    """An error body in either of Cloudflare's two envelopes: RealtimeKit's own (`realtimekit_GenericErrorResponse`:
    `{success: false, error: {code, message}}`), or the v4 API envelope the API gateway answers with before a
    request reaches RealtimeKit (authentication, permissions, routing: `{success: false, errors: [{code,
    message}], messages: [], result: null}`). Read `error.message` or `errors[0].message`, whichever is set.

        Example:
            {'success': False, 'error': {'code': 404, 'message': 'Error: resource not found'}}

        Attributes:
            success (bool): Success status of the request (always false here). Default: False.
            error (ErrorDetail | Unset): What went wrong. Example: {'code': 404, 'message': 'No active session found for
                meeting_id 6bf2b8be-04dd-4191-b602-1128921a306b'}.
            errors (list[V4Message] | Unset): The v4 envelope's errors (set when the API gateway answered).
            messages (list[V4Message] | Unset): The v4 envelope's informational messages (usually empty).
            result (ErrorResponseResultType0 | None | Unset): Always null in a v4 error envelope.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    success: bool = False
    error: ErrorDetail | Unset = UNSET
    errors: list[V4Message] | Unset = UNSET
    messages: list[V4Message] | Unset = UNSET
    result: ErrorResponseResultType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        result: dict[str, Any] | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        elif isinstance(self.result, ErrorResponseResultType0):
            result = self.result.to_dict()
        else:
            result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if errors is not UNSET:
            field_dict["errors"] = errors
        if messages is not UNSET:
            field_dict["messages"] = messages
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            success = d.pop("success")

            _error = d.pop("error", UNSET)
            error: ErrorDetail | Unset
            if isinstance(_error, Unset):
                error = UNSET
            else:
                error = ErrorDetail.from_dict(_error)

            _errors = d.pop("errors", UNSET)
            errors: list[V4Message] | Unset = UNSET
            if _errors is not UNSET:
                errors = []
                for errors_item_data in _errors:
                    errors_item = V4Message.from_dict(errors_item_data)

                    errors.append(errors_item)

            _messages = d.pop("messages", UNSET)
            messages: list[V4Message] | Unset = UNSET
            if _messages is not UNSET:
                messages = []
                for messages_item_data in _messages:
                    messages_item = V4Message.from_dict(messages_item_data)

                    messages.append(messages_item)

            _result = d.pop("result", UNSET)
            result: ErrorResponseResultType0 | None | Unset
            if _result is None or _result is UNSET:
                result = _result
            else:
                result_type_0 = ErrorResponseResultType0.from_dict(_result)

                result = result_type_0

            if not (success.__class__ is bool):
                raise ModelParseError(cls, src_dict)
            error_response = cls(
                success,
                error,
                errors,
                messages,
                result,
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
                "access_key",
                "password",
                "private_key",
                "secret",
            ),
        )


# Imported after the class so that models referring to each other (in either direction) import cleanly;
# at module level, not inside from_dict/to_dict, so that parsing a page does not run an import per item.
from ..models.error_detail import ErrorDetail  # noqa: E402
from ..models.error_response_result_type_0 import ErrorResponseResultType0  # noqa: E402
from ..models.v4_message import V4Message  # noqa: E402

ErrorResponse.__shape__ = (
    ("success", True, "bool", False),
    ("error", False, ErrorDetail, False),
    ("errors", False, ("list", V4Message), False),
    ("messages", False, ("list", V4Message), False),
    ("result", False, ("union", ErrorResponseResultType0, "null"), False),
)
