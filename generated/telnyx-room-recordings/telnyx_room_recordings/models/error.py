# Generated from specs/telnyx/openapi.yaml by `make generate`. Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime import ModelParseError, Shape, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """One error of a Telnyx v2 error body.

    Example:
        {'code': '10005', 'title': 'Resource not found', 'detail': 'The requested resource or URL could not be found.',
            'source': {'pointer': '/'}, 'meta': {'url': 'https://developers.telnyx.com/docs/overview/errors/10005'}}

    Attributes:
        code (int | str): Telnyx error code, e.g. "10005" (see the Telnyx API error code table). Normally a string of
            digits; an integer is accepted too. Example: 10005.
        title (str): Short, stable error title. Example: Resource not found.
        detail (str | Unset): Human-readable explanation of this occurrence. Example: The requested resource or URL
            could not be found..
        source (ErrorSource | Unset): Which part of the request caused the error. Example: {'parameter':
            'filter[room_id]'}.
        meta (ErrorMeta | Unset): Free-form extra information about the error (any keys); Telnyx puts a link to the
            error's docs in `url`. Example: {'url': 'https://developers.telnyx.com/docs/overview/errors/10005'}.
    """

    __shape__: ClassVar[Shape]  # what from_dict expects, set at the end of the module (names in ModelParseError)
    code: int | str
    title: str
    detail: str | Unset = UNSET
    source: ErrorSource | Unset = UNSET
    meta: ErrorMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: int | str
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
        field_dict.update(
            {
                "code": code,
                "title": title,
            }
        )
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
            code = d.pop("code")

            title = d.pop("title")

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
                (code.__class__ is str or code.__class__ is int)
                and title.__class__ is str
                and (detail.__class__ is str or detail is UNSET)
            ):
                raise ModelParseError(cls, src_dict)
            error = cls(
                code,
                title,
                detail,
                source,
                meta,
            )

            error.additional_properties = d
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelParseError(cls, src_dict, exc) from exc
        return error

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
from ..models.error_meta import ErrorMeta  # noqa: E402
from ..models.error_source import ErrorSource  # noqa: E402

Error.__shape__ = (
    ("code", True, ("union", "str", "int"), False),
    ("title", True, "str", False),
    ("detail", False, "str", False),
    ("source", False, ErrorSource, False),
    ("meta", False, ErrorMeta, False),
)
