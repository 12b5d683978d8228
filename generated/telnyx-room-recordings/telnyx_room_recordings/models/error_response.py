# Generated from specs/telnyx/openapi.yaml by `make generate`. Do not edit.
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
    """Error body. Telnyx v2 answers `{errors: [{code, title, detail, source, meta}]}`. The official spec also
    declares two other shapes for these endpoints, which this schema accepts too: `{success, message}` (list
    4XX) and a bare error object `{code, title, detail, source, meta}` (404).

        Example:
            {'errors': [{'code': '10005', 'title': 'Resource not found', 'detail': 'The requested resource or URL could not
                be found.', 'source': {'pointer': '/'}, 'meta': {'url':
                'https://developers.telnyx.com/docs/overview/errors/10005'}}]}

        Attributes:
            errors (list[Error] | Unset):
            success (bool | Unset): Always false; only in the `{success, message}` shape. Example: False.
            message (str | Unset): Error message; only in the `{success, message}` shape. Example: Error.
            code (int | str | Unset): Telnyx error code, e.g. "10005" (see the Telnyx API error code table). Normally a
                string of digits; an integer is accepted too. Example: 10005.
            title (str | Unset): Short error title; only in the bare-object shape the official spec declares for 404.
                Example: Resource not found.
            detail (str | Unset): Error detail; only in the bare-object shape the official spec declares for 404. Example:
                The requested resource or URL could not be found..
            source (ErrorSource | Unset): Which part of the request caused the error. Example: {'parameter':
                'filter[room_id]'}.
            meta (ErrorMeta | Unset): Free-form extra information about the error (any keys); Telnyx puts a link to the
                error's docs in `url`. Example: {'url': 'https://developers.telnyx.com/docs/overview/errors/10005'}.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    errors: list[Error] | Unset = UNSET
    success: bool | Unset = UNSET
    message: str | Unset = UNSET
    code: int | str | Unset = UNSET
    title: str | Unset = UNSET
    detail: str | Unset = UNSET
    source: ErrorSource | Unset = UNSET
    meta: ErrorMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        success = self.success

        message = self.message

        code: int | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        title = self.title

        detail = self.detail

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if errors is not UNSET:
            field_dict["errors"] = errors
        if success is not UNSET:
            field_dict["success"] = success
        if message is not UNSET:
            field_dict["message"] = message
        if code is not UNSET:
            field_dict["code"] = code
        if title is not UNSET:
            field_dict["title"] = title
        if detail is not UNSET:
            field_dict["detail"] = detail
        if source is not UNSET:
            field_dict["source"] = source
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = dict(src_dict)
            _errors = d.pop("errors", UNSET)
            errors: list[Error] | Unset = UNSET
            if _errors is not UNSET:
                errors = []
                for errors_item_data in _errors:
                    errors_item = Error.from_dict(errors_item_data)

                    errors.append(errors_item)

            success = d.pop("success", UNSET)

            message = d.pop("message", UNSET)

            code = d.pop("code", UNSET)

            title = d.pop("title", UNSET)

            detail = d.pop("detail", UNSET)

            _source = d.pop("source", UNSET)
            source: ErrorSource | Unset
            if isinstance(_source, Unset):
                source = UNSET
            else:
                source = ErrorSource.from_dict(_source)

            _meta = d.pop("meta", UNSET)
            meta: ErrorMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = ErrorMeta.from_dict(_meta)

            if not (
                (success.__class__ is bool or success is UNSET)
                and (message.__class__ is str or message is UNSET)
                and ((code.__class__ is str or code.__class__ is int) or code is UNSET)
                and (title.__class__ is str or title is UNSET)
                and (detail.__class__ is str or detail is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            error_response = cls(
                errors,
                success,
                message,
                code,
                title,
                detail,
                source,
                meta,
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
        return redacted_repr(self, [a.name for a in self.__attrs_attrs__], (), ())


# Imported after the class so that models referring to each other (in either direction) import cleanly;
# at module level, not inside from_dict/to_dict, so that parsing a page does not run an import per item.
from ..models.error import Error  # noqa: E402
from ..models.error_meta import ErrorMeta  # noqa: E402
from ..models.error_source import ErrorSource  # noqa: E402

ErrorResponse.__shape__ = (
    ("errors", False, ("list", Error), False),
    ("success", False, "bool", False),
    ("message", False, "str", False),
    ("code", False, ("union", "str", "int"), False),
    ("title", False, "str", False),
    ("detail", False, "str", False),
    ("source", False, ErrorSource, False),
    ("meta", False, ErrorMeta, False),
)
